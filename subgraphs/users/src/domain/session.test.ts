import {
  accessTokenClaims,
  decideRefresh,
  hashRefreshToken,
  isWellFormedRefreshToken,
  refreshTokenExpiry,
  type RefreshTokenRecord,
} from './session';

const now = new Date('2026-03-01T10:00:00.000Z');
const live: RefreshTokenRecord = {
  tokenHash: 'h',
  userId: 'usr_1',
  familyId: 'ses_1',
  createdAt: new Date('2026-02-28T10:00:00.000Z'),
  expiresAt: new Date('2026-03-30T10:00:00.000Z'),
  usedAt: null,
  revokedAt: null,
};

describe('decideRefresh', () => {
  it('rotates a live token', () => {
    expect(decideRefresh(live, now)).toBe('rotate');
  });

  it('treats a used token as reuse, which revokes its session', () => {
    expect(decideRefresh({ ...live, usedAt: now }, now)).toBe('reuse');
  });

  it('refuses revoked tokens, even used ones (the session is already over)', () => {
    expect(decideRefresh({ ...live, usedAt: now, revokedAt: now }, now)).toBe('revoked');
  });

  it('refuses expired and unknown tokens', () => {
    expect(decideRefresh({ ...live, expiresAt: now }, now)).toBe('expired');
    expect(decideRefresh(null, now)).toBe('unknown');
  });
});

describe('refresh tokens', () => {
  it('expire 30 days after issue', () => {
    expect(refreshTokenExpiry(now).toISOString()).toBe('2026-03-31T10:00:00.000Z');
  });

  it('are 43 base64url characters, hashed deterministically', () => {
    const token = 'A'.repeat(43);
    expect(isWellFormedRefreshToken(token)).toBe(true);
    expect(isWellFormedRefreshToken(`${token}=`)).toBe(false);
    expect(hashRefreshToken(token)).toBe(hashRefreshToken(token));
    expect(hashRefreshToken(token)).not.toContain(token);
  });
});

describe('accessTokenClaims', () => {
  it('carries the user, the session and the roles; no organisations yet', () => {
    expect(accessTokenClaims({ id: 'usr_1', roles: ['CUSTOMER'] }, 'ses_1')).toEqual({
      sub: 'usr_1',
      sid: 'ses_1',
      roles: ['CUSTOMER'],
      orgs: [],
    });
  });
});
