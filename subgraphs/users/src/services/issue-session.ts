import { randomBytes } from 'node:crypto';
import type { Transaction } from '@dabba/subgraph-kit';
import type { AccessTokenSigner } from '../auth/access-token-signer';
import type { AuthSession } from '../domain/auth-results';
import {
  accessTokenClaims,
  hashRefreshToken,
  refreshTokenExpiry,
  type RefreshTokenRecord,
} from '../domain/session';
import { toClaims } from '../domain/membership';
import type { User } from '../domain/user';
import type { MembershipRepository } from '../persistence/membership-repository';
import type { RefreshTokenRepository } from '../persistence/refresh-token-repository';

/**
 * Starts a session (a new family) or continues one: a fresh refresh token and access token. The
 * access token carries the user's organisation memberships as they are now (one query), so a
 * refresh picks up role changes.
 */
export type IssueSession = (
  user: User,
  familyId: string,
  now: Date,
  session?: Transaction['session'],
) => Promise<AuthSession>;

export function makeIssueSession(
  refreshTokens: RefreshTokenRepository,
  signer: AccessTokenSigner,
  memberships: MembershipRepository,
): IssueSession {
  return async (user, familyId, now, session) => {
    const refreshToken = randomBytes(32).toString('base64url');
    const record: RefreshTokenRecord = {
      tokenHash: hashRefreshToken(refreshToken),
      userId: user.id,
      familyId,
      createdAt: now,
      expiresAt: refreshTokenExpiry(now),
      usedAt: null,
      revokedAt: null,
    };
    await refreshTokens.insert(record, session);
    const orgs = toClaims(await memberships.findByUsers([user.id], session));
    const access = await signer.sign({ ...accessTokenClaims(user, familyId), orgs }, now);
    return {
      kind: 'AuthSession',
      sessionId: familyId,
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt: record.expiresAt,
      user,
    };
  };
}
