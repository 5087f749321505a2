import { alignByKey, groupByKey } from '@dabba/subgraph-kit';
import DataLoader from 'dataloader';
import type { ApiKey } from '../domain/api-key';
import type { Invitation } from '../domain/invitation';
import type { Membership } from '../domain/membership';
import type { Organization } from '../domain/organization';
import type { OrganizationReads } from '../services/organization-reads';

/** Per-request batching for organisations and what the access rules look up by id. */
export interface OrganizationLoaders {
  organizationById: DataLoader<string, Organization | null>;
  /** Every membership of a user, in the order they joined. */
  membershipsByUser: DataLoader<string, Membership[]>;
  invitationById: DataLoader<string, Invitation | null>;
  apiKeyById: DataLoader<string, ApiKey | null>;
}

export function createOrganizationLoaders(services: OrganizationReads): OrganizationLoaders {
  const byId = <T extends { id: string }>(find: (ids: readonly string[]) => Promise<T[]>) =>
    new DataLoader<string, T | null>(async (ids) =>
      alignByKey(ids, await find(ids), (row) => row.id),
    );
  return {
    organizationById: byId((ids) => services.getOrganizationsByIds(ids)),
    membershipsByUser: new DataLoader(async (userIds) =>
      groupByKey(userIds, await services.getMembershipsByUsers(userIds), (row) => row.userId),
    ),
    invitationById: byId((ids) => services.getInvitationsByIds(ids)),
    apiKeyById: byId((ids) => services.getApiKeysByIds(ids)),
  };
}
