import { TOKEN_REVOCATION_KEEP_SECONDS, closeMongo, connectMongo } from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';
import { sessionRevocation, userRevocation } from '../domain/token-revocation';
import { TokenRevocationRepository } from './token-revocation-repository';

let db: Connection;
let revocations: TokenRevocationRepository;
const T = new Date('2026-11-21T10:00:00.000Z');
const later = (ms: number) => new Date(T.getTime() + ms);

beforeAll(async () => {
  db = await connectMongo({ dbName: 'users_token_revocations_test' });
  revocations = new TokenRevocationRepository(db);
  await revocations.syncIndexes();
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('TokenRevocationRepository', () => {
  it('lists from a time in order, pages on (at, id), and expires each once no token outlives it', async () => {
    await revocations.add([
      userRevocation('usr_late', later(2_000)),
      sessionRevocation('ses_a', later(1_000)),
      sessionRevocation('ses_b', later(1_000)),
      userRevocation('usr_old', later(-60_000)),
    ]);

    const first = await revocations.listSince(T, 2);
    expect(first.map((revocation) => revocation.at)).toEqual([later(1_000), later(1_000)]);
    expect(new Set(first.map((revocation) => revocation.subject))).toEqual(
      new Set(['ses_a', 'ses_b']),
    );
    const rest = await revocations.listSince(T, 2, first.at(-1)!);
    expect(rest.map(({ scope, subject }) => ({ scope, subject }))).toEqual([
      { scope: 'user', subject: 'usr_late' },
    ]);

    const stored = await db.collection('token_revocations').findOne({ subject: 'usr_late' });
    expect(stored?.expiresAt).toEqual(later(2_000 + TOKEN_REVOCATION_KEEP_SECONDS * 1000));
    expect(await db.collection('token_revocations').indexes()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: { expiresAt: 1 }, expireAfterSeconds: 0 }),
      ]),
    );
  });
});
