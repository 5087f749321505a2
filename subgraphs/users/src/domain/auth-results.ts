import type { User } from './user';

/** Outcomes of the account use cases that a client can act on; GraphQL returns them as data. */
export interface InvalidInput {
  kind: 'InvalidInput';
  field: string;
  message: string;
}

export interface WeakPassword {
  kind: 'WeakPassword';
  message: string;
  suggestions: string[];
}

export interface AccountExists {
  kind: 'AccountExists';
  field: 'email' | 'phone';
}

export interface InvalidCredentials {
  kind: 'InvalidCredentials';
}

export interface TooManyAttempts {
  kind: 'TooManyAttempts';
  retryAfterSeconds: number;
}

export interface InvalidRefreshToken {
  kind: 'InvalidRefreshToken';
}

export interface AuthSession {
  kind: 'AuthSession';
  sessionId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

export function invalidInput(field: string, message: string): InvalidInput {
  return { kind: 'InvalidInput', field, message };
}
