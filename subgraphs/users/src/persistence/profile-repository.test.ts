import { closeMongo, connectMongo } from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';
import type { Address } from '../domain/address';
import { emptyProfile } from '../domain/profile';
import { openProfilePersistence, type ProfileRepository } from './profile-persistence';

let db: Connection;
let profiles: ProfileRepository;
const now = new Date('2026-03-01T10:00:00.000Z');

const address = (id: string): Address => ({
  id,
  label: 'Home',
  lines: ['12 Nguyễn Huệ', 'Quận 1'],
  notes: null,
  location: { lat: 10.7769, lng: 106.7009 },
});

beforeAll(async () => {
  db = await connectMongo({ dbName: 'users_profiles_test' });
  ({ profiles } = await openProfilePersistence(db));
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('ProfileRepository', () => {
  it('answers an empty profile for a user who has none', async () => {
    expect(await profiles.get('usr_nobody')).toEqual(emptyProfile('usr_nobody'));
    expect(await profiles.findByUserIds(['usr_nobody'])).toEqual([]);
  });

  it('adds concurrent addresses up to the limit, each once', async () => {
    const ids = Array.from({ length: 8 }, (_, index) => `adr_${index}`);
    const outcomes = await Promise.all(
      [...ids, ...ids].map((id) => profiles.addAddress('usr_addr', address(id), 5, now)),
    );
    const added = outcomes.filter((result) => result.outcome === 'added');
    expect(added).toHaveLength(5);
    const stored = await profiles.get('usr_addr');
    expect(stored.addresses).toHaveLength(5);
    expect(new Set(stored.addresses.map((a) => a.id)).size).toBe(5);
    const retried = await profiles.addAddress('usr_addr', stored.addresses[0]!, 5, now);
    expect(retried.outcome).toBe('present');
    expect((await profiles.addAddress('usr_addr', address('adr_new'), 5, now)).outcome).toBe(
      'full',
    );
  });

  it('replaces, defaults and removes an address by id', async () => {
    await profiles.addAddress('usr_edit', address('adr_a'), 20, now);
    await profiles.addAddress('usr_edit', address('adr_b'), 20, now);
    const replaced = await profiles.replaceAddress(
      'usr_edit',
      { ...address('adr_b'), label: 'Work', notes: 'Gate 3' },
      now,
    );
    expect(replaced?.addresses[1]).toMatchObject({ id: 'adr_b', label: 'Work', notes: 'Gate 3' });
    expect(await profiles.replaceAddress('usr_edit', address('adr_x'), now)).toBeNull();

    expect((await profiles.setDefaultAddress('usr_edit', 'adr_b', now))?.defaultAddressId).toBe(
      'adr_b',
    );
    expect(await profiles.setDefaultAddress('usr_edit', 'adr_x', now)).toBeNull();

    const removed = await profiles.removeAddress('usr_edit', 'adr_b', now);
    expect(removed.addresses.map((a) => a.id)).toEqual(['adr_a']);
    expect(removed.defaultAddressId).toBeNull();
    expect((await profiles.removeAddress('usr_edit', 'adr_b', now)).addresses).toHaveLength(1);
  });

  it('adds favourites idempotently and up to the limit under concurrency', async () => {
    const outcomes = await Promise.all(
      ['s1', 's1', 's2', 's3', 's4', 's2'].map((id) =>
        profiles.addFavourite('usr_fav', 'favouriteStoreIds', id, 3, now),
      ),
    );
    expect(outcomes.filter((o) => o.outcome === 'added')).toHaveLength(3);
    const stored = await profiles.get('usr_fav');
    expect(stored.favouriteStoreIds).toHaveLength(3);
    expect(new Set(stored.favouriteStoreIds).size).toBe(3);
    const again = await profiles.addFavourite('usr_fav', 'favouriteStoreIds', 's1', 3, now);
    expect(again.outcome).toBe('present');
    const removed = await profiles.removeFavourite('usr_fav', 'favouriteStoreIds', 's1', now);
    expect(removed.favouriteStoreIds).not.toContain('s1');
    expect(removed.favouriteProductIds).toEqual([]);
  });

  it('changes one notification setting without touching the others', async () => {
    await profiles.setNotifications(
      'usr_notify',
      [{ channel: 'EMAIL', topic: 'PROMOTIONS', enabled: true }],
      now,
    );
    const profile = await profiles.setNotifications(
      'usr_notify',
      [{ channel: 'SMS', topic: 'ORDER_UPDATES', enabled: true }],
      now,
    );
    expect(profile.notifications).toEqual({
      EMAIL: { PROMOTIONS: true },
      SMS: { ORDER_UPDATES: true },
    });
  });

  it('keeps names, dietary preferences and verified contacts', async () => {
    await profiles.setName(
      'usr_name',
      { en: { givenName: 'Lan', familyName: 'Nguyen' }, vi: null },
      now,
    );
    await profiles.setDietaryPreferences('usr_name', ['VEGAN', 'NUT_FREE'], now);
    await profiles.setVerifiedContact('usr_name', 'verifiedEmail', 'lan@example.com', now);
    expect(await profiles.get('usr_name')).toMatchObject({
      name: { en: { givenName: 'Lan', familyName: 'Nguyen' }, vi: null },
      dietaryPreferences: ['VEGAN', 'NUT_FREE'],
      verifiedEmail: 'lan@example.com',
      verifiedPhone: null,
    });
  });
});
