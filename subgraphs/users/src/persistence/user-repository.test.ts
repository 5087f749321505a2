import { ConflictError, closeMongo, connectMongo } from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';
import { createUser } from '../domain/user';
import { openUsersPersistence, type UserRepository } from './index';

let db: Connection;
let users: UserRepository;

const lan = createUser({
  id: 'usr_lan',
  displayName: 'Lan',
  email: 'lan@example.vn',
  locale: 'VI',
  createdAt: new Date('2026-02-01T00:00:00.000Z'),
});

beforeAll(async () => {
  db = await connectMongo({ dbName: 'users_repository_test' });
  ({ users } = await openUsersPersistence(db));
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('UserRepository', () => {
  it('saves and finds users as domain objects', async () => {
    await users.save(lan);
    expect(await users.findByIds([lan.id, 'usr_missing'])).toEqual([lan]);
  });

  it('replaces a user saved again under the same id', async () => {
    await users.save({ ...lan, displayName: 'Lan N.' });
    expect(await users.findByIds([lan.id])).toEqual([{ ...lan, displayName: 'Lan N.' }]);
  });

  it('keeps emails unique', async () => {
    const other = { ...lan, id: 'usr_other', displayName: 'Other' };
    await expect(users.save(other)).rejects.toThrow(ConflictError);
    expect(await users.findByIds([other.id])).toEqual([]);
  });

  it('keeps phones unique, and lets many users have no email or no phone', async () => {
    const byPhone = createUser({ ...lan, id: 'usr_phone', email: null, phone: '0901234567' });
    const noPhone = createUser({ ...lan, id: 'usr_no_phone', email: 'other@example.vn' });
    await users.save(byPhone);
    await users.save(noPhone);
    await users.save(createUser({ ...lan, id: 'usr_phone_2', email: null, phone: '0907654321' }));
    const taken = createUser({ ...lan, id: 'usr_dup', email: null, phone: '+84901234567' });
    await expect(users.save(taken)).rejects.toMatchObject({ details: { field: 'phone' } });
    expect((await users.findCredentials({ phone: '+84901234567' }))?.user.id).toBe('usr_phone');
  });

  it('stores a password hash beside the user, never in the domain object', async () => {
    await users.save(lan, undefined, '$argon2id$hash');
    expect(await users.findCredentials({ email: lan.email! })).toEqual({
      user: lan,
      passwordHash: '$argon2id$hash',
    });
    expect(await users.setPasswordHash(lan.id, '$argon2id$new')).toBe(true);
    expect((await users.findCredentialsById(lan.id))?.passwordHash).toBe('$argon2id$new');
  });

  it('syncs the unique email index', async () => {
    const indexes = await db.collection('users').indexes();
    expect(indexes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'email_unique', key: { email: 1 }, unique: true }),
        expect.objectContaining({ name: 'phone_unique', key: { phone: 1 }, unique: true }),
      ]),
    );
  });
});
