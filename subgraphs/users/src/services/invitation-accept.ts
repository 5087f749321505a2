import { UnauthenticatedError, type UnitOfWork } from '@dabba/subgraph-kit';
import {
  decideAcceptance,
  hashInvitationToken,
  isWellFormedInvitationToken,
} from '../domain/invitation';
import type { Membership } from '../domain/membership';
import { PARTNER_ROLE } from '../domain/organization';
import type {
  AlreadyMember,
  InvalidInvitation,
  InvitationNotForYou,
} from '../domain/organization-results';
import { isDuplicateKeyError, type UsersPersistence } from '../persistence';
import { newMembershipId } from './organization-ids';

export type AcceptInvitationResult =
  Membership | InvalidInvitation | InvitationNotForYou | AlreadyMember;

/**
 * Makes the signed-in user a member with the invitation's role, if it was sent to their email
 * or phone and is still pending. The invitation is marked used, the membership written and
 * users.organization.member_added.v1 staged in one transaction; of two acceptances at once only
 * one adds the member. Members also hold the platform role PARTNER.
 */
export type AcceptInvitation = (userId: string, token: string) => Promise<AcceptInvitationResult>;

export function makeAcceptInvitation(
  { organizations, memberships, invitations, users }: UsersPersistence,
  unitOfWork: UnitOfWork,
): AcceptInvitation {
  return async (userId, token) => {
    if (!isWellFormedInvitationToken(token))
      return { kind: 'InvalidInvitation', reason: 'UNKNOWN' };
    const [invitation, [user]] = await Promise.all([
      invitations.findByTokenHash(hashInvitationToken(token)),
      users.findByIds([userId]),
    ]);
    if (!user) throw new UnauthenticatedError('Unknown user');
    const now = new Date();
    const decision = decideAcceptance(invitation, user, now);
    if (!decision.accept) {
      return 'notForYou' in decision
        ? { kind: 'InvitationNotForYou' }
        : { kind: 'InvalidInvitation', reason: decision.problem };
    }
    const { organizationId, role } = invitation!;
    const alreadyMember: AlreadyMember = { kind: 'AlreadyMember', organizationId };
    if (await memberships.find(organizationId, userId)) return alreadyMember;

    const membership: Membership = {
      id: newMembershipId(),
      organizationId,
      userId,
      role,
      joinedAt: now,
    };
    try {
      const accepted = await unitOfWork.run(async (tx) => {
        if (!(await invitations.markAccepted(invitation!.id, userId, now, tx.session))) {
          return false;
        }
        await memberships.insert(membership, tx.session);
        if (role === 'OWNER') await organizations.addOwner(organizationId, tx.session);
        await users.addRole(userId, PARTNER_ROLE, tx.session);
        tx.publish({
          type: 'users.organization.member_added.v1',
          subject: organizationId,
          tenant: organizationId,
          data: { organizationId, userId, role },
        });
        return true;
      });
      // Another acceptance of the same invitation committed first.
      return accepted ? membership : { kind: 'InvalidInvitation', reason: 'USED' };
    } catch (error) {
      if (isDuplicateKeyError(error)) return alreadyMember;
      throw error;
    }
  };
}
