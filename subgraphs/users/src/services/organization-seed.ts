import type { OrganizationRole } from '@dabba/subgraph-kit';
import { PARTNER_ROLE } from '../domain/organization';
import type { UsersPersistence } from '../persistence';

export interface DemoOrganization {
  id: string;
  name: string;
  createdAt: Date;
  members: { userId: string; role: OrganizationRole }[];
}

/**
 * Stores a demo organisation and its members by fixed ids, replacing what an earlier seed left:
 * seeding twice leaves the same data. Publishes nothing, as other subgraphs seed their own.
 */
export type SeedOrganization = (organization: DemoOrganization) => Promise<void>;

export function makeSeedOrganization({
  organizations,
  memberships,
  users,
}: Pick<UsersPersistence, 'organizations' | 'memberships' | 'users'>): SeedOrganization {
  return async ({ id, name, createdAt, members }) => {
    const owners = members.filter((member) => member.role === 'OWNER');
    await organizations.upsert(
      { id, name, createdBy: owners[0]!.userId, createdAt },
      owners.length,
    );
    for (const { userId, role } of members) {
      await memberships.upsert({
        id: `mem_${id}_${userId}`,
        organizationId: id,
        userId,
        role,
        joinedAt: createdAt,
      });
      await users.addRole(userId, PARTNER_ROLE);
    }
  };
}
