import type { Logger } from '@dabba/subgraph-kit';
import type { AuthSession, InvalidRefreshToken } from '../domain/auth-results';
import { decideRefresh, hashRefreshToken, isWellFormedRefreshToken } from '../domain/session';
import type { RefreshTokenRepository } from '../persistence/refresh-token-repository';
import type { TokenRevocationRepository } from '../persistence/token-revocation-repository';
import type { UserRepository } from '../persistence/user-repository';
import type { IssueSession } from './issue-session';
import { endSession } from './passwords-and-sessions';

const INVALID: InvalidRefreshToken = { kind: 'InvalidRefreshToken' };

/**
 * Trades a refresh token for the next one of its session. A token presented twice was copied,
 * so the whole session is revoked: the thief and the owner both have to log in again.
 */
export type RefreshSession = (refreshToken: string) => Promise<AuthSession | InvalidRefreshToken>;

export function makeRefreshSession(deps: {
  users: UserRepository;
  refreshTokens: RefreshTokenRepository;
  tokenRevocations: TokenRevocationRepository;
  issueSession: IssueSession;
  logger: Logger;
}): RefreshSession {
  const { refreshTokens } = deps;

  async function revoke(familyId: string, userId: string, now: Date): Promise<InvalidRefreshToken> {
    await endSession(deps, familyId, now);
    deps.logger.warn({ sessionId: familyId, userId }, 'refresh token reused: session revoked');
    return INVALID;
  }

  return async (refreshToken) => {
    if (!isWellFormedRefreshToken(refreshToken)) return INVALID;
    const now = new Date();
    const tokenHash = hashRefreshToken(refreshToken);
    const record = await refreshTokens.findByHash(tokenHash);
    const decision = decideRefresh(record, now);
    if (!record || decision !== 'rotate') {
      return record && decision === 'reuse' ? revoke(record.familyId, record.userId, now) : INVALID;
    }
    // Losing this race to a concurrent request (a client retrying, two tabs) is refused, not
    // treated as theft: the token was live when read. Presenting it again later is a reuse.
    if (!(await refreshTokens.markUsed(tokenHash, now))) return INVALID;
    const [user] = await deps.users.findByIds([record.userId]);
    if (!user) return INVALID;
    const next = await deps.issueSession(user, record.familyId, now);
    // A reuse revoking the family between markUsed and the insert would miss the new token.
    const presented = await refreshTokens.findByHash(tokenHash);
    if (presented?.revokedAt) {
      await endSession(deps, record.familyId, now);
      return INVALID;
    }
    return next;
  };
}
