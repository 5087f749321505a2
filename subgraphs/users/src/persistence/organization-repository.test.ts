import { closeMongo, connectMongo } from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';
import { hashApiKeySecret, type ApiKey } from '../domain/api-key';
import { invitationExpiry, type Invitation } from '../domain/invitation';
import type { Membership } from '../domain/membership';
import { isDuplicateKeyError, openUsersPersistence, type UsersPersistence } from './index';

let db: Connection;
let repos: UsersPersistence;
const now = new Date('2026-04-01T12:00:00.000Z');

const organization = {
  id: 'org_1',
  name: 'Minh Kitchens',
  createdBy: 'usr_minh',
  createdAt: now,
  ownerCount: 2,
};
const member = (userId: string, role: Membership['role'], at = now): Membership => ({
  id: `mem_${userId}`,
  organizationId: 'org_1',
  userId,
  role,
  joinedAt: at,
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
    const results = await Promise.all(
      Array.from({ length: 6 }, () => repos.organizations.removeOwnerUnlessLast('org_1')),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await repos.organizations.findByIds(['org_1']))[0]?.ownerCount).toBe(1);
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
    expect(await repos.invitations.listPending('org_1', now, 10)).toEqual([]);
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
});
