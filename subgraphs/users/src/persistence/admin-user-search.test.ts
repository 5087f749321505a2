import { closeMongo, connectMongo } from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';
import { parseUserSearch, type PlatformRole, type UserPosition } from '../domain/admin';
import { createUser, type User } from '../domain/user';
import { userSearchQuery, type UserSearchQuery } from './admin-user-filter';
import { openUsersPersistence, type UserRepository } from './index';
import { userModel } from './user-model';

interface Explained {
  queryPlanner: { winningPlan: unknown };
  executionStats: { totalDocsExamined: number };
}

let db: Connection;
let users: UserRepository;

/** Twelve users a minute apart; every third signed up by phone only, two share a timestamp. */
const everyone: User[] = Array.from({ length: 12 }, (_, n) =>
  createUser({
    id: `usr_${String(n).padStart(2, '0')}`,
    displayName: `User ${n}`,
    email: n % 3 === 0 ? null : `${n % 2 === 0 ? 'lan' : 'minh'}.${n}@example.vn`,
    phone: n % 3 === 0 ? `090123450${n % 10}` : null,
    roles: n % 4 === 0 ? ['CUSTOMER', 'DRIVER'] : ['CUSTOMER'],
    locale: 'VI',
    createdAt: new Date(Date.UTC(2026, 1, 1, 0, n === 11 ? 10 : n)),
  }),
);

const newestFirst = (list: User[]) =>
  [...list].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));

async function allPages(query: Omit<UserSearchQuery, 'after'>, size: number): Promise<User[]> {
  const found: User[] = [];
  let after: UserPosition | null = null;
  for (;;) {
    const page = await users.search({ ...query, after }, size);
    found.push(...page);
    if (page.length < size) return found;
    const last = page.at(-1)!;
    after =
      query.search.by === 'email'
        ? { by: 'email', email: last.email! }
        : { by: 'created', at: last.createdAt, id: last.id };
  }
}

async function plan(query: UserSearchQuery) {
  const { filter, sort } = userSearchQuery(query);
  const explained = (await userModel(db)
    .find(filter)
    .sort(sort)
    .explain('executionStats')) as unknown as Explained;
  return {
    stages: JSON.stringify(explained.queryPlanner.winningPlan),
    docsExamined: explained.executionStats.totalDocsExamined,
  };
}

beforeAll(async () => {
  db = await connectMongo({ dbName: 'users_admin_search_test' });
  ({ users } = await openUsersPersistence(db));
  for (const user of everyone) await users.save(user);
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('UserRepository.search', () => {
  it('lists every user newest first, the id breaking ties, in pages that neither skip nor repeat', async () => {
    const list = await allPages({ search: { by: 'all' }, role: null }, 5);
    expect(list.map((user) => user.id)).toEqual(newestFirst(everyone).map((user) => user.id));
  });

  it('finds the users whose email begins with a prefix, in address order', async () => {
    const found = await allPages({ search: parseUserSearch('LAN.'), role: null }, 2);
    const expected = everyone
      .filter((user) => user.email?.startsWith('lan.'))
      .map((user) => user.email)
      .sort();
    expect(found.map((user) => user.email)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(2);
  });

  it('finds a user by phone number written in national form', async () => {
    const found = await users.search(
      { search: parseUserSearch('0901 234 503'), role: null, after: null },
      10,
    );
    expect(found.map((user) => user.id)).toEqual(['usr_03']);
  });

  it('filters by role, alone and with a search', async () => {
    const role: PlatformRole = 'DRIVER';
    const drivers = await allPages({ search: { by: 'all' }, role }, 2);
    expect(drivers.map((user) => user.id)).toEqual(
      newestFirst(everyone.filter((user) => user.roles.includes(role))).map((user) => user.id),
    );
    const lanDrivers = await allPages({ search: parseUserSearch('lan'), role }, 10);
    expect(lanDrivers.map((user) => user.id)).toEqual(['usr_04', 'usr_08']);
  });

  it('answers email and phone searches from their indexes, reading only the matches', async () => {
    const byEmail = await plan({ search: parseUserSearch('minh.1'), role: null, after: null });
    expect(byEmail.stages).toContain('IXSCAN');
    expect(byEmail.stages).toContain('email_unique');
    // minh.1@ and minh.11@ (not minh.5@, minh.7@).
    expect(byEmail.docsExamined).toBe(2);

    const byPhone = await plan({ search: parseUserSearch('0901234506'), role: null, after: null });
    expect(byPhone.stages).toContain('phone_unique');
    expect(byPhone.docsExamined).toBe(1);

    const byRole = await plan({ search: { by: 'all' }, role: 'DRIVER', after: null });
    expect(byRole.stages).toContain('role_created_newest');
    expect(byRole.docsExamined).toBe(3);
  });
});
