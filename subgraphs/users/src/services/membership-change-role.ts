import { ConflictError, type OrganizationRole, type UnitOfWork } from '@dabba/subgraph-kit';
import { addsOwner, takesAwayOwner, type Membership } from '../domain/membership';
import type { LastOwner, MemberNotFound } from '../domain/organization-results';
import { userRevocation } from '../domain/token-revocation';
import type { UsersPersistence } from '../persistence';

/**
 * Gives a member another role. Demoting the last OWNER is refused (the owner count is one
 * conditional update in the same transaction, so concurrent demotions cannot both pass). The
 * change is announced with users.organization.member_role_changed.v1. The member's access tokens
 * issued before are revoked at the gateway, so the next refresh, which carries the new role,
 * comes at once.
 */
export type ChangeMemberRole = (input: {
  organizationId: string;
  userId: string;
  role: OrganizationRole;
}) => Promise<Membership | MemberNotFound | LastOwner>;

export function makeChangeMemberRole(
  {
    organizations,
    memberships,
    tokenRevocations,
  }: Pick<UsersPersistence, 'organizations' | 'memberships' | 'tokenRevocations'>,
  unitOfWork: UnitOfWork,
): ChangeMemberRole {
  return async ({ organizationId, userId, role }) => {
    const member = await memberships.find(organizationId, userId);
    if (!member) return { kind: 'MemberNotFound' };
    if (member.role === role) return member;
    return unitOfWork.run(async (tx): Promise<Membership | LastOwner> => {
      if (
        takesAwayOwner(member, role) &&
        !(await organizations.removeOwnerUnlessLast(organizationId, tx.session))
      ) {
        return { kind: 'LastOwner' };
      }
      if (addsOwner(member, role)) await organizations.addOwner(organizationId, tx.session);
      if (!(await memberships.changeRole(member, role, tx.session))) {
        throw new ConflictError('The member was changed meanwhile; try again');
      }
      await tokenRevocations.add([userRevocation(userId, new Date())], tx.session);
      tx.publish({
        type: 'users.organization.member_role_changed.v1',
        subject: organizationId,
        tenant: organizationId,
        data: { organizationId, userId, role },
      });
      return { ...member, role };
    });
  };
}
