import type { LoginThrottle } from '../auth/login-throttle';
import type { PasswordHasher } from '../auth/password-hasher';
import type {
  AuthSession,
  InvalidCredentials,
  InvalidInput,
  TooManyAttempts,
} from '../domain/auth-results';
import { identifierKey, validateLogIn, type LogInInput } from '../domain/credentials';
import type { UserRepository } from '../persistence/user-repository';
import { newSessionId } from './ids';
import type { IssueSession } from './issue-session';

export type LogInResult = AuthSession | InvalidInput | InvalidCredentials | TooManyAttempts;

/**
 * Checks the password and starts a session. Unknown accounts and wrong passwords look the same
 * and both count as failures, per account and per address.
 */
export type LogIn = (input: LogInInput, clientIp: string) => Promise<LogInResult>;

export function makeLogIn(deps: {
  users: UserRepository;
  hasher: PasswordHasher;
  throttle: LoginThrottle;
  issueSession: IssueSession;
}): LogIn {
  return async (input, clientIp) => {
    const valid = validateLogIn(input);
    if ('kind' in valid) return valid;
    const account = identifierKey(valid.identifier);
    const wait = await deps.throttle.retryAfterSeconds(account, clientIp);
    if (wait > 0) return { kind: 'TooManyAttempts', retryAfterSeconds: wait };

    const credentials = await deps.users.findCredentials(valid.identifier);
    const matches = await deps.hasher.verify(credentials?.passwordHash ?? null, valid.password);
    if (!credentials || !matches) {
      await deps.throttle.recordFailure(account, clientIp);
      return { kind: 'InvalidCredentials' };
    }
    await deps.throttle.recordSuccess(account);
    return deps.issueSession(credentials.user, newSessionId(), new Date());
  };
}
