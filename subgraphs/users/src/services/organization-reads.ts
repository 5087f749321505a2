import type { Page } from '@dabba/subgraph-kit';
import { LRUCache } from 'lru-cache';
import type { ApiKey } from '../domain/api-key';
import type { Invitation } from '../domain/invitation';
import type { Membership } from '../domain/membership';
import type { Organization } from '../domain/organization';
import type { UsersPersistence } from '../persistence';
import { readTimePage, type PageArgs } from './paging';

/** How many organisations getOrganizationsByIds keeps in memory, the least recently read going first. */
export const KEPT_ORGANIZATIONS = 10_000;

/**
 * The read side of organisations: lookups behind the per-request DataLoaders and the
 * organisation's lists. Batch lookups return what they found, in any order. Lists are pages of 1
 * to 100 (members in joining order, invitations and API keys newest first); a bad size or cursor
 * is a BAD_USER_INPUT.
 *
 * An organisation never changes once created and is never deleted, so getOrganizationsByIds keeps
 * the ones it found (up to KEPT_ORGANIZATIONS) and reads the database only for the others: the
 * gateway asks for organisations by id on most requests that show a store (`_entities`).
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
  const kept = new LRUCache<string, Organization>({ max: KEPT_ORGANIZATIONS });
  const getOrganizationsByIds = async (ids: readonly string[]): Promise<Organization[]> => {
    const found: Organization[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const organization = kept.get(id);
      // A copy: what reads it may mark it (e.g. @apollo/subgraph defines its __typename).
      if (organization) found.push({ ...organization });
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    for (const organization of await organizations.findByIds(missing)) {
      kept.set(organization.id, organization);
      found.push({ ...organization });
    }
    return found;
  };
  return {
    getOrganizationsByIds,
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
