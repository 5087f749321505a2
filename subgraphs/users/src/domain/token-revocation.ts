/** `session`: the tokens of one session (its id, the token's `sid`); `user`: all of a user's. */
export type TokenRevocationScope = 'session' | 'user';

/** Access tokens of `subject` issued before `at` are refused. */
export interface TokenRevocation {
  id: string;
  scope: TokenRevocationScope;
  subject: string;
  at: Date;
}

/** Ends the access tokens of one session (a logout, a stolen refresh token). */
export function sessionRevocation(sessionId: string, at: Date): Omit<TokenRevocation, 'id'> {
  return { scope: 'session', subject: sessionId, at };
}

/** Ends the access tokens a user holds: their roles, memberships or password changed. */
export function userRevocation(userId: string, at: Date): Omit<TokenRevocation, 'id'> {
  return { scope: 'user', subject: userId, at };
}
