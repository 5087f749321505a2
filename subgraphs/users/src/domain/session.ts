import { createHash } from 'node:crypto';
import type { User } from './user';

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** 32 random bytes in base64url. */
const REFRESH_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * One refresh token of a session. A session is a family of tokens, each traded once for the
 * next; only the hash is stored, so a leaked database cannot be replayed.
 */
export interface RefreshTokenRecord {
  tokenHash: string;
  userId: string;
  /** The session id: shared by every token rotated from the same login. */
  familyId: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export type RefreshDecision = 'rotate' | 'reuse' | 'expired' | 'revoked' | 'unknown';

/**
 * What presenting this token means. A used token presented again was copied: the session is
 * compromised, so the caller must revoke the family ('reuse').
 */
export function decideRefresh(record: RefreshTokenRecord | null, now: Date): RefreshDecision {
  if (!record) return 'unknown';
  if (record.revokedAt) return 'revoked';
  if (record.usedAt) return 'reuse';
  if (record.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'rotate';
}

export function isWellFormedRefreshToken(token: string): boolean {
  return REFRESH_TOKEN.test(token);
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function refreshTokenExpiry(now: Date): Date {
  return new Date(now.getTime() + REFRESH_TOKEN_TTL_MS);
}

/** The private claims of an access token; the gateway builds the caller's identity from them. */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
  roles: string[];
  orgs: { organizationId: string; role: string }[];
}

export function accessTokenClaims(
  user: Pick<User, 'id' | 'roles'>,
  sessionId: string,
): AccessTokenClaims {
  return { sub: user.id, sid: sessionId, roles: [...user.roles], orgs: [] };
}
