import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * One-time codes: six random digits sent to an email address or a phone number, to prove the
 * person holds it (verification) or to let them set a new password (reset).
 */
export const CODE_PURPOSES = [
  'EMAIL_VERIFICATION',
  'PHONE_VERIFICATION',
  'PASSWORD_RESET',
] as const;
export type CodePurpose = (typeof CODE_PURPOSES)[number];

export const CODE_LENGTH = 6;
/** A code works for this long after it was sent. */
export const CODE_TTL_MS = 10 * 60_000;
/** Wrong codes allowed before the code is dead and a new one must be requested. */
export const MAX_CODE_ATTEMPTS = 5;
/** A new code for the same user and purpose can be requested this long after the last one. */
export const CODE_RESEND_INTERVAL_MS = 60_000;

/** The stored form: the code itself is never kept, only its hash. One per (user, purpose). */
export interface OneTimeCode {
  userId: string;
  purpose: CodePurpose;
  /** The email address or E.164 number the code was sent to. */
  target: string;
  codeHash: string;
  createdAt: Date;
  expiresAt: Date;
  /** Wrong codes entered so far. */
  attempts: number;
  consumedAt: Date | null;
}

export interface CodeOwner {
  userId: string;
  purpose: CodePurpose;
  target: string;
}

/** Six digits from the operating system's CSPRNG, leading zeros kept. */
export function generateCode(): string {
  return randomInt(0, 10 ** CODE_LENGTH)
    .toString()
    .padStart(CODE_LENGTH, '0');
}

export function isWellFormedCode(code: string): boolean {
  return new RegExp(`^\\d{${CODE_LENGTH}}$`).test(code);
}

/**
 * SHA-256 over the owner, purpose, target and code: a code sent for one purpose or to one address
 * does not match anywhere else, and equal codes of two users hash differently.
 */
export function hashCode(owner: CodeOwner, code: string): string {
  return createHash('sha256')
    .update([owner.userId, owner.purpose, owner.target, code].join('\u0000'))
    .digest('hex');
}

/** A fresh code record, replacing any earlier one for the same user and purpose. */
export function newOneTimeCode(owner: CodeOwner, code: string, now: Date): OneTimeCode {
  return {
    ...owner,
    codeHash: hashCode(owner, code),
    createdAt: now,
    expiresAt: new Date(now.getTime() + CODE_TTL_MS),
    attempts: 0,
    consumedAt: null,
  };
}

/** Seconds before another code may be requested; 0 when one may be requested now. */
export function resendWaitSeconds(existing: Pick<OneTimeCode, 'createdAt'> | null, now: Date) {
  if (!existing) return 0;
  const wait = existing.createdAt.getTime() + CODE_RESEND_INTERVAL_MS - now.getTime();
  return wait > 0 ? Math.ceil(wait / 1000) : 0;
}

export type CodeCheck =
  /** The right code, live: consume it. */
  | { kind: 'MATCH' }
  /** Not the code (or no live code): count a wrong attempt when there is a live code. */
  | { kind: 'MISMATCH'; countAttempt: boolean }
  | { kind: 'EXPIRED' }
  | { kind: 'EXHAUSTED' };

/**
 * Judges a presented code against the stored one. Whether a code exists, expired, was used or is
 * dead is only revealed to someone who presents the right code: anyone else learns "mismatch",
 * so a password reset cannot be used to find out whether an account exists.
 */
export function checkCode(
  stored: OneTimeCode | null,
  owner: CodeOwner,
  code: string,
  now: Date,
): CodeCheck {
  if (!stored || !isWellFormedCode(code)) return { kind: 'MISMATCH', countAttempt: false };
  const live =
    stored.consumedAt === null &&
    stored.attempts < MAX_CODE_ATTEMPTS &&
    stored.expiresAt.getTime() > now.getTime();
  if (!sameHash(stored.codeHash, hashCode(owner, code))) {
    return { kind: 'MISMATCH', countAttempt: live };
  }
  if (stored.consumedAt !== null) return { kind: 'MISMATCH', countAttempt: false };
  if (stored.attempts >= MAX_CODE_ATTEMPTS) return { kind: 'EXHAUSTED' };
  if (stored.expiresAt.getTime() <= now.getTime()) return { kind: 'EXPIRED' };
  return { kind: 'MATCH' };
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** What a failed check tells the person, as the result codes of the API. */
export type CodeFailure = 'INVALID_CODE' | 'CODE_EXPIRED' | 'TOO_MANY_ATTEMPTS';

export function codeFailureOf(check: Exclude<CodeCheck, { kind: 'MATCH' }>): CodeFailure {
  if (check.kind === 'EXPIRED') return 'CODE_EXPIRED';
  if (check.kind === 'EXHAUSTED') return 'TOO_MANY_ATTEMPTS';
  return 'INVALID_CODE';
}
