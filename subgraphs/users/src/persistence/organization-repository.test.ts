import { closeMongo, connectMongo } from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';
import { hashApiKeySecret, type ApiKey } from '../domain/api-key';
import { invitationExpiry, type Invitation } from '../domain/invitation';
import type { Membership } from '../domain/membership';
import type { TimePosition } from '../domain/position';
import { invitationModel, type InvitationDocument } from './invitation-model';
import { isDuplicateKeyError, openUsersPersistence, type UsersPersistence } from './index';
import { timeOrderQuery } from './time-order';

let db: Connection;
let repos: UsersPersistence;
const now = new Date('2026-04-01T12:00:00.000Z');

const organization = {
  id: 'org_1',
  name: 'Minh Kitchens',
  createdBy: 'usr_minh',
  createdAt: now,
};
const member = (userId: string, role: Membership['role'], at = now): Membership => ({
  id: `mem_${userId}`,
  organizationId: 'org_1',
  userId,
  role,
  joinedAt: at,
});

const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

/** Every row of a list, read in pages of `size` from each page's last position (20 at most). */
async function allPages<Row extends { id: string }>(
  list: (after: TimePosition | null, limit: number) => Promise<Row[]>,
  timeOf: (row: Row) => Date,
  size: number,
): Promise<string[]> {
  const ids: string[] = [];
  let after: TimePosition | null = null;
  for (let pages = 0; pages < 20; pages += 1) {
    const page = await list(after, size);
    ids.push(...page.map((row) => row.id));
    if (page.length < size) return ids;
    const last = page.at(-1)!;
    after = { at: timeOf(last), id: last.id };
  }
  throw new Error(`the list did not end: ${ids.join(', ')}`);
}

const invitationTo = (id: string, createdAt: Date, fields: Partial<Invitation> = {}) => ({
  id,
  organizationId: 'org_2',
  email: `${id}@example.vn`,
  phone: null,
  role: 'STAFF' as const,
  tokenHash: `hash-${id}`,
  invitedBy: 'usr_a',
  createdAt,
  expiresAt: invitationExpiry(createdAt),
  acceptedAt: null,
  acceptedBy: null,
  revokedAt: null,
  ...fields,
});

beforeAll(async () => {
  db = await connectMongo({ dbName: 'users_organization_repositories_test' });
  repos = await openUsersPersistence(db);
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('organisation repositories', () => {
  it('finds an organisation by its creator’s idempotency key, and refuses the key twice', async () => {
    await repos.organizations.insert(organization, 'key-1');
    expect(await repos.organizations.findByIdempotencyKey('usr_minh', 'key-1')).toEqual(
      organization,
    );
    const again = repos.organizations.insert({ ...organization, id: 'org_2' }, 'key-1');
    expect(isDuplicateKeyError(await again.catch((error: unknown) => error))).toBe(true);
    await repos.organizations.insert({ ...organization, id: 'org_3', createdBy: 'usr_x' }, 'key-1');
  });

  it('never lets concurrent demotions take the last owner away', async () => {
    await repos.organizations.addOwner('org_1');
    const results = await Promise.all(
      Array.from({ length: 6 }, () => repos.organizations.removeOwnerUnlessLast('org_1')),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await repos.organizations.removeOwnerUnlessLast('org_1')).toBe(false);
    await repos.organizations.addOwner('org_1');
    expect(await repos.organizations.removeOwnerUnlessLast('org_1')).toBe(true);
  });

  it('keeps one membership per user and organisation, and pages members in joining order', async () => {
    const later = new Date(now.getTime() + 1000);
    await repos.memberships.insert(member('usr_b', 'STAFF', later));
    await repos.memberships.insert(member('usr_a', 'OWNER'));
    await repos.memberships.insert(member('usr_c', 'MANAGER', later));
    const twice = repos.memberships.insert({ ...member('usr_a', 'STAFF'), id: 'mem_other' });
    expect(isDuplicateKeyError(await twice.catch((error: unknown) => error))).toBe(true);
    const first = await repos.memberships.listAfter('org_1', null, 2);
    expect(first.map((m) => m.userId)).toEqual(['usr_a', 'usr_b']);
    const rest = await repos.memberships.listAfter(
      'org_1',
      { at: first[1]!.joinedAt, id: first[1]!.id },
      2,
    );
    expect(rest.map((m) => m.userId)).toEqual(['usr_c']);
    expect((await repos.memberships.findByUsers(['usr_b'])).map((m) => m.role)).toEqual(['STAFF']);
  });

  it('changes a role only from the role read, so concurrent changes do not both apply', async () => {
    const staff = member('usr_b', 'STAFF');
    const changes = await Promise.all([
      repos.memberships.changeRole(staff, 'MANAGER'),
      repos.memberships.changeRole(staff, 'OWNER'),
    ]);
    expect(changes.filter(Boolean)).toHaveLength(1);
    expect(await repos.memberships.remove(staff)).toBe(false);
  });

  it('accepts an invitation once under concurrency', async () => {
    const invitation: Invitation = {
      id: 'inv_1',
      organizationId: 'org_1',
      email: 'an@example.vn',
      phone: null,
      role: 'STAFF',
      tokenHash: 'hash-1',
      invitedBy: 'usr_a',
      createdAt: now,
      expiresAt: invitationExpiry(now),
      acceptedAt: null,
      acceptedBy: null,
      revokedAt: null,
    };
    await repos.invitations.insert(invitation);
    const accepted = await Promise.all(
      Array.from({ length: 5 }, (_, i) => repos.invitations.markAccepted('inv_1', `usr_${i}`, now)),
    );
    expect(accepted.filter(Boolean)).toHaveLength(1);
    expect((await repos.invitations.revoke('inv_1', now))?.revokedAt).toBeNull();
    expect(await repos.invitations.listPendingAfter('org_1', now, null, 10)).toEqual([]);
  });

  it('records a key’s use at most once a minute and revokes it once', async () => {
    const apiKey: ApiKey = {
      id: 'key_000000000000000000000001',
      organizationId: 'org_1',
      name: 'POS',
      scopes: ['menus:read'],
      secretHash: hashApiKeySecret('s'),
      createdBy: 'usr_a',
      createdAt: now,
      lastUsedAt: null,
      revokedAt: null,
    };
    await repos.apiKeys.insert(apiKey, null);
    await repos.apiKeys.insert({ ...apiKey, id: 'key_000000000000000000000002' }, null);
    expect(await repos.apiKeys.recordUse(apiKey.id, now)).toBe(true);
    expect(await repos.apiKeys.recordUse(apiKey.id, new Date(now.getTime() + 59_000))).toBe(false);
    expect(await repos.apiKeys.recordUse(apiKey.id, new Date(now.getTime() + 60_000))).toBe(true);
    const revoked = await repos.apiKeys.revoke(apiKey.id, now);
    const again = await repos.apiKeys.revoke(apiKey.id, new Date(now.getTime() + 5000));
    expect(again?.revokedAt).toEqual(revoked?.revokedAt);
    expect(revoked?.revokedAt).toEqual(now);
  });

  it('pages pending invitations newest first, the id breaking ties, from their index', async () => {
    for (const invitation of [
      invitationTo('inv_a', minutesAgo(3)),
      invitationTo('inv_b', minutesAgo(1)),
      invitationTo('inv_c', minutesAgo(1)),
      invitationTo('inv_d', minutesAgo(2), { acceptedAt: now, acceptedBy: 'usr_d' }),
      invitationTo('inv_e', minutesAgo(8 * 24 * 60)),
      invitationTo('inv_f', minutesAgo(0), { revokedAt: now }),
      invitationTo('inv_g', minutesAgo(0), { organizationId: 'org_other' }),
    ]) {
      await repos.invitations.insert(invitation);
    }
    const list = (after: TimePosition | null, limit: number) =>
      repos.invitations.listPendingAfter('org_2', now, after, limit);
    for (const size of [1, 2, 3]) {
      expect(await allPages(list, (invitation) => invitation.createdAt, size)).toEqual([
        'inv_c',
        'inv_b',
        'inv_a',
      ]);
    }

    const { filter, sort } = timeOrderQuery<InvitationDocument>(
      { field: 'createdAt', direction: -1 },
      { at: minutesAgo(1), id: 'inv_c' },
    );
    const explained = (await invitationModel(db)
      .find({ organizationId: 'org_2', ...filter })
      .sort(sort)
      .explain('executionStats')) as unknown as {
      queryPlanner: { winningPlan: unknown };
      executionStats: { totalDocsExamined: number };
    };
    expect(JSON.stringify(explained.queryPlanner.winningPlan)).toContain('organization_newest');
    // From the position's own time on (inv_c, inv_b, inv_d, inv_a, inv_e): not the newer inv_f,
    // nor another organisation's.
    expect(explained.executionStats.totalDocsExamined).toBe(5);
  });

  it('pages API keys newest first, revoked ones included, the id breaking ties', async () => {
    const key = (n: number, createdAt: Date, fields: Partial<ApiKey> = {}): ApiKey => ({
      id: `key_${String(n).padStart(24, '0')}`,
      organizationId: 'org_2',
      name: `Till ${n}`,
      scopes: ['orders:read'],
      secretHash: hashApiKeySecret(`secret-${n}`),
      createdBy: 'usr_a',
      createdAt,
      lastUsedAt: null,
      revokedAt: null,
      ...fields,
    });
    for (const apiKey of [
      key(11, minutesAgo(5)),
      key(12, minutesAgo(2), { revokedAt: now }),
      key(13, minutesAgo(2)),
      key(14, minutesAgo(1)),
      key(15, minutesAgo(3), { organizationId: 'org_other' }),
    ]) {
      await repos.apiKeys.insert(apiKey, null);
    }
    const list = (after: TimePosition | null, limit: number) =>
      repos.apiKeys.listAfter('org_2', after, limit);
    for (const size of [1, 2, 4]) {
      expect(await allPages(list, (apiKey) => apiKey.createdAt, size)).toEqual(
        [14, 13, 12, 11].map((n) => `key_${String(n).padStart(24, '0')}`),
      );
    }
  });
});
