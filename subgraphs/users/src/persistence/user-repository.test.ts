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

  it('syncs the unique email index', async () => {
    const indexes = await db.collection('users').indexes();
    expect(indexes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'email_unique', key: { email: 1 }, unique: true }),
      ]),
    );
  });
});
