import { ConflictError, type UnitOfWork } from '@dabba/subgraph-kit';
import { takesAwayOwner } from '../domain/membership';
import type { LastOwner, MemberNotFound } from '../domain/organization-results';
import { userRevocation } from '../domain/token-revocation';
import type { UsersPersistence } from '../persistence';

export interface MemberRemoved {
  kind: 'MemberRemoved';
  organizationId: string;
  userId: string;
}

/**
 * Removes a member; the last OWNER cannot be removed. Announced with
 * users.organization.member_removed.v1. The member's access tokens issued before are revoked at
 * the gateway (token_revocations); a refreshed one no longer carries the membership.
 */
export type RemoveMember = (input: {
  organizationId: string;
  userId: string;
}) => Promise<MemberRemoved | MemberNotFound | LastOwner>;

export function makeRemoveMember(
  {
    organizations,
    memberships,
    tokenRevocations,
  }: Pick<UsersPersistence, 'organizations' | 'memberships' | 'tokenRevocations'>,
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
      await tokenRevocations.add([userRevocation(userId, new Date())], tx.session);
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
