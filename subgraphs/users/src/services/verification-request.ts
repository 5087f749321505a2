import { UnauthenticatedError } from '@dabba/subgraph-kit';
import { invalidInput, type InvalidInput, type TooManyAttempts } from '../domain/auth-results';
import { CODE_RESEND_INTERVAL_MS } from '../domain/one-time-code';
import { isVerified } from '../domain/profile';
import type { VerificationCodeSent } from '../domain/profile-results';
import type { ProfileRepository } from '../persistence/profile-repository';
import type { UserRepository } from '../persistence/user-repository';
import type { SendCode } from './one-time-code-send';

export type Contact = 'email' | 'phone';

export const CONTACT_CODES = {
  email: { purpose: 'EMAIL_VERIFICATION', channel: 'EMAIL', template: 'email_verification' },
  phone: { purpose: 'PHONE_VERIFICATION', channel: 'SMS', template: 'phone_verification' },
} as const;

/**
 * Sends a code to the signed-in user's own email address or phone number, to prove they hold
 * it. One may be sent a minute after the last; each replaces the one before.
 */
export type RequestContactVerification = (
  userId: string,
  contact: Contact,
) => Promise<VerificationCodeSent | InvalidInput | TooManyAttempts>;

export function makeRequestContactVerification(deps: {
  users: UserRepository;
  profiles: ProfileRepository;
  sendCode: SendCode;
}): RequestContactVerification {
  return async (userId, contact) => {
    const [user] = await deps.users.findByIds([userId]);
    if (!user) throw new UnauthenticatedError('Unknown user');
    const target = user[contact];
    if (!target) return invalidInput(contact, `the account has no ${contact}`);
    const profile = await deps.profiles.get(userId);
    const verified = contact === 'email' ? profile.verifiedEmail : profile.verifiedPhone;
    if (isVerified(verified, target))
      return invalidInput(contact, `${contact} is already verified`);

    const { purpose, channel, template } = CONTACT_CODES[contact];
    const outcome = await deps.sendCode(
      { userId, purpose, target },
      { channel, template, locale: user.locale },
    );
    if (outcome.kind === 'throttled') {
      return { kind: 'TooManyAttempts', retryAfterSeconds: outcome.retryAfterSeconds };
    }
    return {
      kind: 'VerificationCodeSent',
      expiresAt: outcome.expiresAt,
      resendAfterSeconds: CODE_RESEND_INTERVAL_MS / 1000,
    };
  };
}
