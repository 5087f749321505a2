import { hashRefreshToken, isWellFormedRefreshToken } from '../domain/session';
import type { RefreshTokenRepository } from '../persistence/refresh-token-repository';

/** Revokes the session of the refresh token; an unknown or ended one is already logged out. */
export type LogOut = (refreshToken: string) => Promise<void>;

export function makeLogOut(refreshTokens: RefreshTokenRepository): LogOut {
  return async (refreshToken) => {
    if (!isWellFormedRefreshToken(refreshToken)) return;
    const record = await refreshTokens.findByHash(hashRefreshToken(refreshToken));
    if (record) await refreshTokens.revokeFamily(record.familyId, new Date());
  };
}
