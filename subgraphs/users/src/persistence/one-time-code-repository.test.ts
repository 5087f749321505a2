import { closeMongo, connectMongo } from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';
import {
  CODE_RESEND_INTERVAL_MS,
  MAX_CODE_ATTEMPTS,
  newOneTimeCode,
  type CodeOwner,
} from '../domain/one-time-code';
import { openProfilePersistence, type OneTimeCodeRepository } from './profile-persistence';

let db: Connection;
let codes: OneTimeCodeRepository;
const now = new Date();
const later = (ms: number) => new Date(now.getTime() + ms);
const owner = (userId: string): CodeOwner => ({
  userId,
  purpose: 'PASSWORD_RESET',
  target: 'a@b.co',
});

beforeAll(async () => {
  db = await connectMongo({ dbName: 'users_one_time_codes_test' });
  ({ oneTimeCodes: codes } = await openProfilePersistence(db));
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('OneTimeCodeRepository', () => {
  it('replaces a code only after the resend interval', async () => {
    const first = newOneTimeCode(owner('usr_1'), '111111', now);
    expect(await codes.replace(first)).toBe(true);
    expect(await codes.replace(newOneTimeCode(owner('usr_1'), '222222', later(1000)))).toBe(false);
    expect((await codes.find('usr_1', 'PASSWORD_RESET'))?.codeHash).toBe(first.codeHash);
    const second = newOneTimeCode(owner('usr_1'), '333333', later(CODE_RESEND_INTERVAL_MS));
    expect(await codes.replace(second)).toBe(true);
    expect(await codes.find('usr_1', 'PASSWORD_RESET')).toEqual(second);
    expect(await codes.find('usr_1', 'EMAIL_VERIFICATION')).toBeNull();
  });

  it('lets exactly one of concurrent uses consume a code', async () => {
    const code = newOneTimeCode(owner('usr_race'), '123456', now);
    await codes.replace(code);
    const results = await Promise.all(Array.from({ length: 8 }, () => codes.consume(code, now)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await codes.consume(code, now)).toBe(false);
  });

  it('stops counting and consuming once the attempts are spent', async () => {
    const code = newOneTimeCode(owner('usr_guess'), '123456', now);
    await codes.replace(code);
    await Promise.all(
      Array.from({ length: MAX_CODE_ATTEMPTS + 3 }, () => codes.recordWrongAttempt(code, now)),
    );
    expect((await codes.find('usr_guess', 'PASSWORD_RESET'))?.attempts).toBe(MAX_CODE_ATTEMPTS);
    expect(await codes.consume(code, now)).toBe(false);
  });

  it('does not consume an expired code, and discards only the code it is given', async () => {
    const code = newOneTimeCode(owner('usr_old'), '123456', now);
    await codes.replace(code);
    expect(await codes.consume(code, code.expiresAt)).toBe(false);
    await codes.discard(newOneTimeCode(owner('usr_old'), '999999', now));
    expect(await codes.find('usr_old', 'PASSWORD_RESET')).not.toBeNull();
    await codes.discard(code);
    expect(await codes.find('usr_old', 'PASSWORD_RESET')).toBeNull();
  });
});
