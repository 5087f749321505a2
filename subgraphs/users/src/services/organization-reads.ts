import type { Page } from '@dabba/subgraph-kit';
import type { ApiKey } from '../domain/api-key';
import type { Invitation } from '../domain/invitation';
import type { Membership } from '../domain/membership';
import type { Organization } from '../domain/organization';
import type { UsersPersistence } from '../persistence';
import { readTimePage, type PageArgs } from './paging';

/**
 * The read side of organisations: lookups behind the per-request DataLoaders and the
 * organisation's lists. Batch lookups return what they found, in any order. Lists are pages of 1
 * to 100 (members in joining order, invitations and API keys newest first); a bad size or cursor
 * is a BAD_USER_INPUT.
 */
export interface OrganizationReads {
  getOrganizationsByIds(ids: readonly string[]): Promise<Organization[]>;
  getMembershipsByUsers(userIds: readonly string[]): Promise<Membership[]>;
  getInvitationsByIds(ids: readonly string[]): Promise<Invitation[]>;
  getApiKeysByIds(ids: readonly string[]): Promise<ApiKey[]>;
  listMembers(organizationId: string, args: PageArgs): Promise<Page<Membership>>;
  listPendingInvitations(organizationId: string, args: PageArgs): Promise<Page<Invitation>>;
  listApiKeys(organizationId: string, args: PageArgs): Promise<Page<ApiKey>>;
}

export function makeOrganizationReads({
  organizations,
  memberships,
  invitations,
  apiKeys,
}: Pick<
  UsersPersistence,
  'organizations' | 'memberships' | 'invitations' | 'apiKeys'
>): OrganizationReads {
  const batch =
    <T>(find: (ids: readonly string[]) => Promise<T[]>) =>
    (ids: readonly string[]) =>
      ids.length === 0 ? Promise.resolve([]) : find(ids);
  return {
    getOrganizationsByIds: batch((ids) => organizations.findByIds(ids)),
    getMembershipsByUsers: batch((ids) => memberships.findByUsers(ids)),
    getInvitationsByIds: batch((ids) => invitations.findByIds(ids)),
    getApiKeysByIds: batch((ids) => apiKeys.findByIds(ids)),
    listMembers: (organizationId, args) =>
      readTimePage(
        args,
        (membership) => membership.joinedAt,
        (after, limit) => memberships.listAfter(organizationId, after, limit),
      ),
    listPendingInvitations: (organizationId, args) =>
      readTimePage(
        args,
        (invitation) => invitation.createdAt,
        (after, limit) => invitations.listPendingAfter(organizationId, new Date(), after, limit),
      ),
    listApiKeys: (organizationId, args) =>
      readTimePage(
        args,
        (apiKey) => apiKey.createdAt,
        (after, limit) => apiKeys.listAfter(organizationId, after, limit),
      ),
  };
}
