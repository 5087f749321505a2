import { hashRefreshToken, isWellFormedRefreshToken } from '../domain/session';
import type { RefreshTokenRepository } from '../persistence/refresh-token-repository';
import type { TokenRevocationRepository } from '../persistence/token-revocation-repository';
import { endSession } from './passwords-and-sessions';

/**
 * Revokes the session of the refresh token, and its access tokens at the gateway; an unknown or
 * ended one is already logged out.
 */
export type LogOut = (refreshToken: string) => Promise<void>;

export function makeLogOut(
  refreshTokens: RefreshTokenRepository,
  tokenRevocations: TokenRevocationRepository,
): LogOut {
  return async (refreshToken) => {
    if (!isWellFormedRefreshToken(refreshToken)) return;
    const record = await refreshTokens.findByHash(hashRefreshToken(refreshToken));
    if (!record) return;
    await endSession({ refreshTokens, tokenRevocations }, record.familyId, new Date());
  };
}
