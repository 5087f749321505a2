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
import { PASSWORD_MAX_LENGTH } from '../domain/password';
import type { RefreshTokenRepository } from '../persistence/refresh-token-repository';
import type { TokenRevocationRepository } from '../persistence/token-revocation-repository';
import type { UserRepository } from '../persistence/user-repository';
import { newSessionId } from './ids';
import type { IssueSession } from './issue-session';
import { hashNewPassword, replacePassword } from './passwords-and-sessions';

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
    const password = await hashNewPassword(deps.hasher, user, newPassword);
    if ('kind' in password) return password;
    const now = new Date();
    return deps.unitOfWork.run(async (tx) => {
      // The new session's access token, issued in this second, is not refused with the others.
      const revokedSessions = await replacePassword(deps, userId, password.hash, now, tx.session);
      const session = await deps.issueSession(user, newSessionId(), now, tx.session);
      return { kind: 'PasswordChanged', revokedSessions, session };
    });
  };
}
