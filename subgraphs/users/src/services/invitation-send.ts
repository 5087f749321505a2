import { NotFoundError, type OrganizationRole, type UnitOfWork } from '@dabba/subgraph-kit';
import type { InvalidInput } from '../domain/auth-results';
import {
  hashInvitationToken,
  invitationContact,
  invitationExpiry,
  type Invitation,
} from '../domain/invitation';
import { mayGrant } from '../domain/membership';
import type { RoleNotAllowed } from '../domain/organization-results';
import type { Notifier } from '../notifications/notifier';
import type { UsersPersistence } from '../persistence';
import { newInvitationId, newInvitationToken } from './organization-ids';

export interface InviteMemberInput {
  organizationId: string;
  email?: string | null;
  phone?: string | null;
  role: OrganizationRole;
}

/**
 * Invites a person by email or phone to join with a role, if the inviter's role may grant it
 * (read from the database, not from their token, which may be up to 15 minutes old). A pending
 * invitation of the organisation to the same person is revoked: the newest one counts. The token
 * goes out through the notifier only; if sending fails the invitation is revoked and the error
 * rethrown, so nobody is left with an invitation no one received.
 */
export type InviteMember = (
  inviterId: string,
  input: InviteMemberInput,
) => Promise<Invitation | InvalidInput | RoleNotAllowed>;

export function makeInviteMember(
  { organizations, memberships, invitations, users }: UsersPersistence,
  { unitOfWork, notifier }: { unitOfWork: UnitOfWork; notifier: Notifier },
): InviteMember {
  return async (inviterId, input) => {
    const contact = invitationContact(input);
    if ('kind' in contact) return contact;
    const inviter = await memberships.find(input.organizationId, inviterId);
    if (!inviter || !mayGrant(inviter.role, input.role)) {
      return { kind: 'RoleNotAllowed', role: input.role };
    }
    const [[organization], [inviterUser]] = await Promise.all([
      organizations.findByIds([input.organizationId]),
      users.findByIds([inviterId]),
    ]);
    if (!organization) throw new NotFoundError('No such organisation');

    const now = new Date();
    const token = newInvitationToken();
    const invitation: Invitation = {
      id: newInvitationId(),
      organizationId: organization.id,
      ...contact,
      role: input.role,
      tokenHash: hashInvitationToken(token),
      invitedBy: inviterId,
      createdAt: now,
      expiresAt: invitationExpiry(now),
      acceptedAt: null,
      acceptedBy: null,
      revokedAt: null,
    };
    await unitOfWork.run(async (tx) => {
      await invitations.revokePendingTo(organization.id, contact, now, tx.session);
      await invitations.insert(invitation, tx.session);
    });
    try {
      await notifier.send({
        channel: contact.email ? 'EMAIL' : 'SMS',
        to: contact.email ?? contact.phone!,
        template: 'organization_invitation',
        // The invitee may have no account yet: the inviter's language is the best guess.
        locale: inviterUser?.locale ?? 'EN',
        params: {
          token,
          organizationName: organization.name,
          role: invitation.role,
          invitedBy: inviterUser?.displayName ?? '',
          expiresAt: invitation.expiresAt.toISOString(),
        },
      });
    } catch (error) {
      await invitations.revoke(invitation.id, new Date());
      throw error;
    }
    return invitation;
  };
}
