import { ConflictError } from '@dabba/subgraph-kit';
import type { PasswordHasher } from '../auth/password-hasher';
import type {
  AccountExists,
  AuthSession,
  InvalidInput,
  WeakPassword,
} from '../domain/auth-results';
import { validateSignUp, type SignUpInput } from '../domain/credentials';
import { DEFAULT_ROLES } from '../domain/user';
import { newSessionId, newUserId } from './ids';
import type { IssueSession } from './issue-session';
import { hashNewPassword } from './passwords-and-sessions';
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
    const hashed = await hashNewPassword(deps.hasher, profile, password);
    if ('kind' in hashed) return hashed;
    const now = new Date();
    try {
      const user = await deps.saveUser(
        { id: newUserId(), ...profile, roles: DEFAULT_ROLES, createdAt: now },
        { passwordHash: hashed.hash },
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
