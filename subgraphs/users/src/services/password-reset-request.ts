import type { Logger } from '@dabba/subgraph-kit';
import type { LoginThrottle } from '../auth/login-throttle';
import type { InvalidInput, TooManyAttempts } from '../domain/auth-results';
import { identifierKey } from '../domain/credentials';
import { resetDelivery, resetIdentifier } from '../domain/password-reset';
import type { PasswordResetRequested } from '../domain/profile-results';
import type { UserRepository } from '../persistence/user-repository';
import type { SendCode } from './one-time-code-send';

/**
 * Sends a password reset code to the email address or phone number, when an account has it.
 * The answer is the same whether or not one does, and whether or not a code went out (a code
 * is sent at most once a minute per account). Requests are limited per identifier and per
 * client address, counted whether or not the account exists, so the limit reveals nothing.
 */
export type RequestPasswordReset = (
  input: { email?: string | null; phone?: string | null },
  clientIp: string,
) => Promise<PasswordResetRequested | InvalidInput | TooManyAttempts>;

export function makeRequestPasswordReset(deps: {
  users: UserRepository;
  sendCode: SendCode;
  /** Counts requests (as "failures") per identifier and per address. */
  requestThrottle: LoginThrottle;
  logger: Logger;
}): RequestPasswordReset {
  return async (input, clientIp) => {
    const identifier = resetIdentifier(input);
    if ('kind' in identifier) return identifier;
    const key = identifierKey(identifier);
    const wait = await deps.requestThrottle.retryAfterSeconds(key, clientIp);
    if (wait > 0) return { kind: 'TooManyAttempts', retryAfterSeconds: wait };
    await deps.requestThrottle.recordFailure(key, clientIp);

    const account = await deps.users.findCredentials(identifier);
    if (account) {
      const { target, channel } = resetDelivery(identifier);
      try {
        await deps.sendCode(
          { userId: account.user.id, purpose: 'PASSWORD_RESET', target },
          { channel, template: 'password_reset', locale: account.user.locale },
        );
      } catch (error) {
        // Failing the request would tell the caller that the account exists.
        deps.logger.error({ err: error, userId: account.user.id }, 'password reset code not sent');
      }
    }
    return { kind: 'PasswordResetRequested' };
  };
}
