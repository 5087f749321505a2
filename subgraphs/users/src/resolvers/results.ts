import type {
  AccountExists,
  AuthSession,
  InvalidCredentials,
  InvalidInput,
  InvalidRefreshToken,
  TooManyAttempts,
  WeakPassword,
} from '../domain/auth-results';
import type { PasswordChanged } from '../services/change-password';

type Outcome =
  | AuthSession
  | InvalidInput
  | WeakPassword
  | AccountExists
  | InvalidCredentials
  | TooManyAttempts
  | InvalidRefreshToken
  | PasswordChanged;

/** The error results' `code` and default `message`, part of the API contract. */
const ERRORS = {
  InvalidInput: { code: 'INVALID_INPUT', message: 'Invalid input' },
  WeakPassword: { code: 'WEAK_PASSWORD', message: 'This password is too weak' },
  AccountExists: {
    code: 'ACCOUNT_EXISTS',
    message: 'An account already uses this email or phone number',
  },
  InvalidCredentials: { code: 'INVALID_CREDENTIALS', message: 'Wrong login or password' },
  TooManyAttempts: {
    code: 'TOO_MANY_ATTEMPTS',
    message: 'Too many failed attempts; try again later',
  },
  InvalidRefreshToken: {
    code: 'INVALID_REFRESH_TOKEN',
    message: 'This session has ended; log in again',
  },
} as const;

/** A use case's outcome as the GraphQL object of the same name (unions resolve by __typename). */
export function toGraphQL<T extends Outcome>(outcome: T) {
  const { kind, ...fields } = outcome;
  const error = kind in ERRORS ? ERRORS[kind as keyof typeof ERRORS] : {};
  return { __typename: kind, ...error, ...fields } as T extends { kind: infer K }
    ? Omit<T, 'kind'> & { __typename: K; code: string; message: string }
    : never;
}
