import { ConflictError, type UnitOfWork } from '@dabba/subgraph-kit';
import { takesAwayOwner } from '../domain/membership';
import type { LastOwner, MemberNotFound } from '../domain/organization-results';
import type { UsersPersistence } from '../persistence';

export interface MemberRemoved {
  kind: 'MemberRemoved';
  organizationId: string;
  userId: string;
}

/**
 * Removes a member; the last OWNER cannot be removed. Announced with
 * users.organization.member_removed.v1; access tokens already issued keep the membership until
 * they expire (15 minutes at most), refreshed ones drop it.
 */
export type RemoveMember = (input: {
  organizationId: string;
  userId: string;
}) => Promise<MemberRemoved | MemberNotFound | LastOwner>;

export function makeRemoveMember(
  { organizations, memberships }: Pick<UsersPersistence, 'organizations' | 'memberships'>,
  unitOfWork: UnitOfWork,
): RemoveMember {
  return async ({ organizationId, userId }) => {
    const member = await memberships.find(organizationId, userId);
    if (!member) return { kind: 'MemberNotFound' };
    return unitOfWork.run(async (tx): Promise<MemberRemoved | LastOwner> => {
      if (
        takesAwayOwner(member, null) &&
        !(await organizations.removeOwnerUnlessLast(organizationId, tx.session))
      ) {
        return { kind: 'LastOwner' };
      }
      if (!(await memberships.remove(member, tx.session))) {
        throw new ConflictError('The member was changed meanwhile; try again');
      }
      tx.publish({
        type: 'users.organization.member_removed.v1',
        subject: organizationId,
        tenant: organizationId,
        data: { organizationId, userId },
      });
      return { kind: 'MemberRemoved', organizationId, userId };
    });
  };
}
