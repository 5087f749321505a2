import type { TooManyAttempts } from '../domain/auth-results';
import {
  checkCode,
  codeFailureOf,
  resendWaitSeconds,
  type CodeOwner,
  type OneTimeCode,
} from '../domain/one-time-code';
import type { CodeExpired, InvalidCode } from '../domain/profile-results';
import type { OneTimeCodeRepository } from '../persistence/one-time-code-repository';

export type CodeRejected = InvalidCode | CodeExpired | TooManyAttempts;

/**
 * Checks a presented code without using it up: the live stored code when it matches (the caller
 * consumes it in the transaction of its effect), else the result to return. A wrong code counts
 * against the live one. With no owner (no such account) every code is simply invalid.
 */
export type CheckCode = (
  owner: CodeOwner | null,
  code: string,
  now: Date,
) => Promise<{ ok: true; stored: OneTimeCode } | { ok: false; result: CodeRejected }>;

export function makeCheckCode(oneTimeCodes: OneTimeCodeRepository): CheckCode {
  return async (owner, code, now) => {
    const stored = owner ? await oneTimeCodes.find(owner.userId, owner.purpose) : null;
    const check = owner ? checkCode(stored, owner, code, now) : null;
    if (!stored || !check || check.kind === 'MISMATCH') {
      if (stored && check?.kind === 'MISMATCH' && check.countAttempt) {
        await oneTimeCodes.recordWrongAttempt(stored, now);
      }
      return { ok: false, result: { kind: 'InvalidCode' } };
    }
    if (check.kind === 'MATCH') return { ok: true, stored };
    const failure = codeFailureOf(check);
    if (failure === 'CODE_EXPIRED') return { ok: false, result: { kind: 'CodeExpired' } };
    return {
      ok: false,
      result: { kind: 'TooManyAttempts', retryAfterSeconds: resendWaitSeconds(stored, now) },
    };
  };
}
