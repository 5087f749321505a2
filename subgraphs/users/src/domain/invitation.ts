import { createHash } from 'node:crypto';
import type { OrganizationRole } from '@dabba/subgraph-kit';
import type { InvalidInput } from './auth-results';
import { emailError, normalizeEmail, normalizePhone, phoneError } from './contact';
import type { User } from './user';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** 32 random bytes in base64url. */
const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';

/**
 * An offer to join an organisation, sent to an email address or a phone number. Only the
 * SHA-256 of its token is stored: a leaked database cannot be used to join.
 */
export interface Invitation {
  /** `inv_…` */
  id: string;
  organizationId: string;
  /** Normalised; exactly one of email and phone is set. */
  email: string | null;
  /** E.164. */
  phone: string | null;
  role: OrganizationRole;
  tokenHash: string;
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  acceptedBy: string | null;
  revokedAt: Date | null;
}

/** Who an invitation goes to. */
export type InvitationContact = { email: string; phone: null } | { email: null; phone: string };

/** Exactly one of email and phone, normalised; or what is wrong with the input. */
export function invitationContact(input: {
  email?: string | null;
  phone?: string | null;
}): InvitationContact | InvalidInput {
  const { email, phone } = input;
  if ((email == null) === (phone == null)) {
    return { kind: 'InvalidInput', field: 'email', message: 'give exactly one of email and phone' };
  }
  if (email != null) {
    const error = emailError(email);
    if (error) return { kind: 'InvalidInput', field: 'email', message: `email ${error}` };
    return { email: normalizeEmail(email), phone: null };
  }
  const error = phoneError(phone!);
  if (error) return { kind: 'InvalidInput', field: 'phone', message: `phone ${error}` };
  return { email: null, phone: normalizePhone(phone!)! };
}

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_TTL_MS);
}

export function invitationStatus(invitation: Invitation, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'ACCEPTED';
  if (invitation.revokedAt) return 'REVOKED';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'PENDING';
}

export function isWellFormedInvitationToken(token: string): boolean {
  return INVITATION_TOKEN.test(token);
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Why an invitation cannot be accepted (UNKNOWN: no invitation has this token). */
export type InvitationProblem = 'UNKNOWN' | 'EXPIRED' | 'REVOKED' | 'USED';

export type AcceptanceDecision =
  | { accept: true }
  | { accept: false; problem: InvitationProblem }
  | { accept: false; notForYou: true };

/**
 * Whether `user` may accept the invitation now: it must be pending and addressed to their email
 * address or phone number.
 */
export function decideAcceptance(
  invitation: Invitation | null,
  user: Pick<User, 'email' | 'phone'>,
  now: Date,
): AcceptanceDecision {
  if (!invitation) return { accept: false, problem: 'UNKNOWN' };
  const status = invitationStatus(invitation, now);
  if (status === 'ACCEPTED') return { accept: false, problem: 'USED' };
  if (status !== 'PENDING') return { accept: false, problem: status };
  const matches =
    (invitation.email !== null && invitation.email === user.email) ||
    (invitation.phone !== null && invitation.phone === user.phone);
  return matches ? { accept: true } : { accept: false, notForYou: true };
}
