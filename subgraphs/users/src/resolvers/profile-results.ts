import type { InvalidInput, TooManyAttempts, WeakPassword } from '../domain/auth-results';
import type {
  AddressNotFound,
  CodeExpired,
  DriverNotVerified,
  DriverProfileExists,
  InvalidCode,
  LimitReached,
  NotADriver,
} from '../domain/profile-results';

type ErrorOutcome =
  | InvalidInput
  | TooManyAttempts
  | WeakPassword
  | LimitReached
  | AddressNotFound
  | DriverProfileExists
  | NotADriver
  | DriverNotVerified
  | InvalidCode
  | CodeExpired;

/** The error results' `code` and default `message`, part of the API contract. */
const ERRORS: Record<ErrorOutcome['kind'], { code: string; message: string }> = {
  InvalidInput: { code: 'INVALID_INPUT', message: 'Invalid input' },
  TooManyAttempts: { code: 'TOO_MANY_ATTEMPTS', message: 'Too many attempts; try again later' },
  WeakPassword: { code: 'WEAK_PASSWORD', message: 'This password is too weak' },
  LimitReached: { code: 'LIMIT_REACHED', message: 'This list is full; remove something first' },
  AddressNotFound: { code: 'ADDRESS_NOT_FOUND', message: 'You have no address with this id' },
  DriverProfileExists: {
    code: 'DRIVER_PROFILE_EXISTS',
    message: 'You already applied with other details',
  },
  NotADriver: { code: 'NOT_A_DRIVER', message: 'No driver profile: apply to drive first' },
  DriverNotVerified: {
    code: 'DRIVER_NOT_VERIFIED',
    message: 'Only a driver with a verified licence may go online',
  },
  InvalidCode: { code: 'INVALID_CODE', message: 'This code is not valid' },
  CodeExpired: { code: 'CODE_EXPIRED', message: 'This code has expired; request a new one' },
};

function isError(outcome: { kind: string }): outcome is ErrorOutcome {
  return Object.hasOwn(ERRORS, outcome.kind);
}

/** What GraphQL sees of an outcome: errors carry their code and message, all a __typename. */
export type GraphQLResult<T> = T extends { kind: infer K extends string }
  ? K extends ErrorOutcome['kind']
    ? Omit<T, 'kind'> & { __typename: K; code: string; message: string }
    : T & { __typename: K }
  : never;

/**
 * A use case's outcome as the GraphQL object of the same name: errors get their code and message
 * (an outcome's own message wins), successes keep their fields for the type's resolvers.
 */
export function toResult<T extends { kind: string }>(outcome: T): GraphQLResult<T> {
  if (isError(outcome)) {
    const { kind, ...fields } = outcome;
    return { __typename: kind, ...ERRORS[kind], ...fields } as GraphQLResult<T>;
  }
  return { ...outcome, __typename: outcome.kind } as GraphQLResult<T>;
}
