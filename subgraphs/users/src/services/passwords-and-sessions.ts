import type { ClientSession } from 'mongoose';
import type { PasswordHasher } from '../auth/password-hasher';
import type { WeakPassword } from '../domain/auth-results';
import { judgePassword } from '../domain/password';
import { sessionRevocation, userRevocation } from '../domain/token-revocation';
import type { User } from '../domain/user';
import type { RefreshTokenRepository } from '../persistence/refresh-token-repository';
import type { TokenRevocationRepository } from '../persistence/token-revocation-repository';
import type { UserRepository } from '../persistence/user-repository';

interface SessionStores {
  refreshTokens: RefreshTokenRepository;
  tokenRevocations: TokenRevocationRepository;
}

/** Ends one session: its refresh tokens, and its access tokens at the gateway. */
export async function endSession(
  { refreshTokens, tokenRevocations }: SessionStores,
  sessionId: string,
  now: Date,
): Promise<void> {
  await refreshTokens.revokeFamily(sessionId, now);
  await tokenRevocations.add([sessionRevocation(sessionId, now)]);
}

/** The hash of a new password, or why it is too weak (it must not echo the user's own details). */
export async function hashNewPassword(
  hasher: PasswordHasher,
  user: Pick<User, 'email' | 'phone' | 'displayName'>,
  password: string,
): Promise<{ hash: string } | WeakPassword> {
  const knownToOthers = [user.email, user.phone, user.displayName].filter(
    (value): value is string => value !== null,
  );
  const verdict = judgePassword(password, knownToOthers);
  if (!verdict.ok) {
    return { kind: 'WeakPassword', message: verdict.message, suggestions: verdict.suggestions };
  }
  return { hash: await hasher.hash(password) };
}

/**
 * Sets the user's new password and ends every session they had, their access tokens included
 * (those issued before this second), in `session`: whoever knew the old password may hold one.
 * Returns how many sessions were still live.
 */
export async function replacePassword(
  deps: SessionStores & { users: UserRepository },
  userId: string,
  passwordHash: string,
  now: Date,
  session: ClientSession,
): Promise<number> {
  await deps.users.setPasswordHash(userId, passwordHash, session);
  const revokedSessions = await deps.refreshTokens.revokeUserFamilies(userId, now, session);
  await deps.tokenRevocations.add([userRevocation(userId, now)], session);
  return revokedSessions;
}
