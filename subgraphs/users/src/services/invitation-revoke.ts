import { NotFoundError } from '@dabba/subgraph-kit';
import type { Invitation } from '../domain/invitation';
import { mayGrant } from '../domain/membership';
import type { RoleNotAllowed } from '../domain/organization-results';
import type { UsersPersistence } from '../persistence';

/**
 * Withdraws a pending invitation, if the member's role may grant the invitation's role (OWNERs
 * any, MANAGERs STAFF). An accepted, revoked or expired one is returned unchanged.
 */
export type RevokeInvitation = (
  memberId: string,
  invitationId: string,
) => Promise<Invitation | RoleNotAllowed>;

export function makeRevokeInvitation({
  memberships,
  invitations,
}: Pick<UsersPersistence, 'memberships' | 'invitations'>): RevokeInvitation {
  return async (memberId, invitationId) => {
    const [invitation] = await invitations.findByIds([invitationId]);
    if (!invitation) throw new NotFoundError('No such invitation');
    const member = await memberships.find(invitation.organizationId, memberId);
    if (!member || !mayGrant(member.role, invitation.role)) {
      return { kind: 'RoleNotAllowed', role: invitation.role };
    }
    const revoked = await invitations.revoke(invitationId, new Date());
    if (!revoked) throw new NotFoundError('No such invitation');
    return revoked;
  };
}
