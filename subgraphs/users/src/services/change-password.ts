import { UnauthenticatedError, type UnitOfWork } from '@dabba/subgraph-kit';
import type { LoginThrottle } from '../auth/login-throttle';
import type { PasswordHasher } from '../auth/password-hasher';
import {
  invalidInput,
  type AuthSession,
  type InvalidCredentials,
  type InvalidInput,
  type TooManyAttempts,
  type WeakPassword,
} from '../domain/auth-results';
import { judgePassword, PASSWORD_MAX_LENGTH } from '../domain/password';
import { userRevocation } from '../domain/token-revocation';
import type { RefreshTokenRepository } from '../persistence/refresh-token-repository';
import type { TokenRevocationRepository } from '../persistence/token-revocation-repository';
import type { UserRepository } from '../persistence/user-repository';
import { newSessionId } from './ids';
import type { IssueSession } from './issue-session';

export interface PasswordChanged {
  kind: 'PasswordChanged';
  revokedSessions: number;
  /** Replaces the caller's session, which was revoked with the others. */
  session: AuthSession;
}

export type ChangePasswordResult =
  PasswordChanged | InvalidInput | InvalidCredentials | WeakPassword | TooManyAttempts;

/**
 * Replaces the user's password after checking the current one, and ends every session: whoever
 * knew the old password may hold one. Wrong current passwords are throttled like logins.
 */
export type ChangePassword = (
  userId: string,
  input: { currentPassword: string; newPassword: string },
  clientIp: string,
) => Promise<ChangePasswordResult>;

export function makeChangePassword(deps: {
  users: UserRepository;
  refreshTokens: RefreshTokenRepository;
  tokenRevocations: TokenRevocationRepository;
  hasher: PasswordHasher;
  throttle: LoginThrottle;
  issueSession: IssueSession;
  unitOfWork: UnitOfWork;
}): ChangePassword {
  return async (userId, { currentPassword, newPassword }, clientIp) => {
    if ([...currentPassword].length > PASSWORD_MAX_LENGTH) {
      return invalidInput('currentPassword', 'currentPassword is too long');
    }
    const credentials = await deps.users.findCredentialsById(userId);
    if (!credentials) throw new UnauthenticatedError('Unknown user');
    const account = `user:${userId}`;
    const wait = await deps.throttle.retryAfterSeconds(account, clientIp);
    if (wait > 0) return { kind: 'TooManyAttempts', retryAfterSeconds: wait };
    if (!(await deps.hasher.verify(credentials.passwordHash, currentPassword))) {
      await deps.throttle.recordFailure(account, clientIp);
      return { kind: 'InvalidCredentials' };
    }
    await deps.throttle.recordSuccess(account);

    const { user } = credentials;
    const knownToOthers = [user.email, user.phone, user.displayName].filter(
      (value): value is string => value !== null,
    );
    const verdict = judgePassword(newPassword, knownToOthers);
    if (!verdict.ok) {
      return { kind: 'WeakPassword', message: verdict.message, suggestions: verdict.suggestions };
    }
    const passwordHash = await deps.hasher.hash(newPassword);
    const now = new Date();
    return deps.unitOfWork.run(async (tx) => {
      await deps.users.setPasswordHash(userId, passwordHash, tx.session);
      const revokedSessions = await deps.refreshTokens.revokeUserFamilies(userId, now, tx.session);
      // The tokens of those sessions too; the new session's, issued in this second, stay good.
      await deps.tokenRevocations.add([userRevocation(userId, now)], tx.session);
      const session = await deps.issueSession(user, newSessionId(), now, tx.session);
      return { kind: 'PasswordChanged', revokedSessions, session };
    });
  };
}
