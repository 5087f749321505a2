import {
  CODE_TTL_MS,
  generateCode,
  newOneTimeCode,
  resendWaitSeconds,
  type CodeOwner,
} from '../domain/one-time-code';
import type { Locale } from '../domain/user';
import type { Notification, Notifier } from '../notifications/notifier';
import type { OneTimeCodeRepository } from '../persistence/one-time-code-repository';

export type SendCodeOutcome =
  | { kind: 'sent'; expiresAt: Date }
  /** A code went out for this user and purpose less than the resend interval ago. */
  | { kind: 'throttled'; retryAfterSeconds: number };

/**
 * Makes a new code for the owner, replacing their previous one for the purpose, and sends it
 * through the notifier. A code that could not be sent is forgotten again, so the person can ask
 * for another at once, and the notifier's error is rethrown.
 */
export type SendCode = (
  owner: CodeOwner,
  message: Pick<Notification, 'channel' | 'template'> & { locale: Locale },
) => Promise<SendCodeOutcome>;

export function makeSendCode(deps: {
  oneTimeCodes: OneTimeCodeRepository;
  notifier: Notifier;
}): SendCode {
  return async (owner, message) => {
    const now = new Date();
    const code = generateCode();
    const record = newOneTimeCode(owner, code, now);
    if (!(await deps.oneTimeCodes.replace(record))) {
      const current = await deps.oneTimeCodes.find(owner.userId, owner.purpose);
      return { kind: 'throttled', retryAfterSeconds: Math.max(1, resendWaitSeconds(current, now)) };
    }
    try {
      await deps.notifier.send({
        ...message,
        to: owner.target,
        params: { code, expiresInMinutes: String(CODE_TTL_MS / 60_000) },
      });
    } catch (error) {
      await deps.oneTimeCodes.discard(record);
      throw error;
    }
    return { kind: 'sent', expiresAt: record.expiresAt };
  };
}
