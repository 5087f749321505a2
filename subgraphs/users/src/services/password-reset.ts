import type { UnitOfWork } from '@dabba/subgraph-kit';
import type { LoginThrottle } from '../auth/login-throttle';
import type { PasswordHasher } from '../auth/password-hasher';
import { invalidInput, type InvalidInput, type WeakPassword } from '../domain/auth-results';
import { identifierKey } from '../domain/credentials';
import { PASSWORD_MAX_LENGTH } from '../domain/password';
import { resetDelivery, resetIdentifier } from '../domain/password-reset';
import type { PasswordReset } from '../domain/profile-results';
import type { OneTimeCodeRepository } from '../persistence/one-time-code-repository';
import type { ProfileRepository } from '../persistence/profile-repository';
import type { RefreshTokenRepository } from '../persistence/refresh-token-repository';
import type { TokenRevocationRepository } from '../persistence/token-revocation-repository';
import type { UserRepository } from '../persistence/user-repository';
import type { CheckCode, CodeRejected } from './one-time-code-check';
import { hashNewPassword, replacePassword } from './passwords-and-sessions';

/**
 * Sets a new password with the code sent by requestPasswordReset. An unknown account and a wrong
 * code look the same. The new password obeys the sign-up rules; a weak one is refused without
 * using up the code. On success every session of the user ends, the login lockout of the
 * identifier is lifted, and the contact the code went to counts as verified.
 */
export type ResetPassword = (input: {
  email?: string | null;
  phone?: string | null;
  code: string;
  newPassword: string;
}) => Promise<PasswordReset | InvalidInput | WeakPassword | CodeRejected>;

export function makeResetPassword(deps: {
  users: UserRepository;
  profiles: ProfileRepository;
  refreshTokens: RefreshTokenRepository;
  tokenRevocations: TokenRevocationRepository;
  oneTimeCodes: OneTimeCodeRepository;
  checkCode: CheckCode;
  hasher: PasswordHasher;
  loginThrottle: LoginThrottle;
  unitOfWork: UnitOfWork;
}): ResetPassword {
  return async ({ code, newPassword, ...contact }) => {
    const identifier = resetIdentifier(contact);
    if ('kind' in identifier) return identifier;
    if ([...newPassword].length > PASSWORD_MAX_LENGTH) {
      return invalidInput(
        'newPassword',
        `newPassword must be at most ${PASSWORD_MAX_LENGTH} characters`,
      );
    }
    const account = await deps.users.findCredentials(identifier);
    const { target, verifies } = resetDelivery(identifier);
    const now = new Date();
    const owner = account
      ? { userId: account.user.id, purpose: 'PASSWORD_RESET' as const, target }
      : null;
    const checked = await deps.checkCode(owner, code, now);
    if (!checked.ok || !account) return checked.ok ? { kind: 'InvalidCode' } : checked.result;

    const { user } = account;
    const password = await hashNewPassword(deps.hasher, user, newPassword);
    if ('kind' in password) return password;
    const result = await deps.unitOfWork.run(async (tx) => {
      if (!(await deps.oneTimeCodes.consume(checked.stored, now, tx.session))) {
        return { kind: 'InvalidCode' } as const;
      }
      await deps.profiles.setVerifiedContact(user.id, verifies, target, now, tx.session);
      const revokedSessions = await replacePassword(deps, user.id, password.hash, now, tx.session);
      return { kind: 'PasswordReset', revokedSessions } as const;
    });
    if (result.kind === 'PasswordReset')
      await deps.loginThrottle.recordSuccess(identifierKey(identifier));
    return result;
  };
}
