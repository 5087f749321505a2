import { closeMongo, connectMongo } from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';
import type { RefreshTokenRecord } from '../domain/session';
import { openUsersPersistence, type RefreshTokenRepository } from './index';

let db: Connection;
let tokens: RefreshTokenRepository;
const now = new Date();

function token(tokenHash: string, overrides: Partial<RefreshTokenRecord> = {}): RefreshTokenRecord {
  return {
    tokenHash,
    userId: 'usr_1',
    familyId: 'ses_1',
    createdAt: now,
    expiresAt: new Date(now.getTime() + 60_000),
    usedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

beforeAll(async () => {
  db = await connectMongo({ dbName: 'users_refresh_tokens_test' });
  ({ refreshTokens: tokens } = await openUsersPersistence(db));
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('RefreshTokenRepository', () => {
  it('marks a token used exactly once under concurrency', async () => {
    await tokens.insert(token('race'));
    const results = await Promise.all(
      Array.from({ length: 8 }, () => tokens.markUsed('race', new Date())),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await tokens.findByHash('race'))?.usedAt).toBeInstanceOf(Date);
  });

  it('does not mark expired or revoked tokens used', async () => {
    await tokens.insert(token('expired', { expiresAt: new Date(now.getTime() - 1) }));
    await tokens.insert(token('revoked', { revokedAt: now }));
    expect(await tokens.markUsed('expired', now)).toBe(false);
    expect(await tokens.markUsed('revoked', now)).toBe(false);
  });

  it('revokes a whole family, and counts a user’s live sessions as it revokes them', async () => {
    await tokens.insert(token('f2-old', { familyId: 'ses_2', usedAt: now }));
    await tokens.insert(token('f2-new', { familyId: 'ses_2' }));
    await tokens.revokeFamily('ses_2', now);
    expect((await tokens.findByHash('f2-new'))?.revokedAt).toBeInstanceOf(Date);

    await tokens.insert(token('u2-a', { userId: 'usr_2', familyId: 'ses_a' }));
    await tokens.insert(token('u2-b', { userId: 'usr_2', familyId: 'ses_b' }));
    expect(await tokens.revokeUserFamilies('usr_2', now)).toBe(2);
    expect(await tokens.revokeUserFamilies('usr_2', now)).toBe(0);
  });

  it('purges expired tokens with a TTL index', async () => {
    const indexes = await db.collection('refresh_tokens').indexes();
    expect(indexes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'expires_ttl',
          key: { expiresAt: 1 },
          expireAfterSeconds: 0,
        }),
      ]),
    );
  });
});
