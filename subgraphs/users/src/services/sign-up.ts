import { ConflictError } from '@dabba/subgraph-kit';
import type { PasswordHasher } from '../auth/password-hasher';
import type {
  AccountExists,
  AuthSession,
  InvalidInput,
  WeakPassword,
} from '../domain/auth-results';
import { validateSignUp, type SignUpInput } from '../domain/credentials';
import { judgePassword } from '../domain/password';
import { DEFAULT_ROLES } from '../domain/user';
import { newSessionId, newUserId } from './ids';
import type { IssueSession } from './issue-session';
import type { SaveUser } from './save-user';

export type SignUpResult = AuthSession | InvalidInput | WeakPassword | AccountExists;

/** Creates a customer with a password and signs them in; a taken email or phone is refused. */
export type SignUp = (input: SignUpInput) => Promise<SignUpResult>;

export function makeSignUp(deps: {
  saveUser: SaveUser;
  hasher: PasswordHasher;
  issueSession: IssueSession;
}): SignUp {
  return async (input) => {
    const valid = validateSignUp(input);
    if ('kind' in valid) return valid;
    const { password, ...profile } = valid;
    const knownToOthers = [profile.email, profile.phone, profile.displayName].filter(
      (value): value is string => value !== null,
    );
    const verdict = judgePassword(password, knownToOthers);
    if (!verdict.ok) {
      return { kind: 'WeakPassword', message: verdict.message, suggestions: verdict.suggestions };
    }
    const now = new Date();
    const passwordHash = await deps.hasher.hash(password);
    try {
      const user = await deps.saveUser(
        { id: newUserId(), ...profile, roles: DEFAULT_ROLES, createdAt: now },
        { passwordHash },
      );
      return await deps.issueSession(user, newSessionId(), now);
    } catch (error) {
      if (error instanceof ConflictError) {
        return {
          kind: 'AccountExists',
          field: error.details?.field === 'phone' ? 'phone' : 'email',
        };
      }
      throw error;
    }
  };
}
