import type { ClientSession, Connection, Model, UpdateQuery } from 'mongoose';
import type { Address } from '../domain/address';
import type { NotificationChange } from '../domain/preferences';
import { emptyProfile, type LocalizedName, type Profile } from '../domain/profile';
import type { DietaryPreference } from '../domain/preferences';
import { profileModel, type ProfileDocument } from './profile-model';

function toDomain(doc: ProfileDocument): Profile {
  const empty = emptyProfile(doc._id);
  return {
    userId: doc._id,
    name: doc.name ? { en: doc.name.en, vi: doc.name.vi ?? null } : null,
    addresses: (doc.addresses ?? []).map((address) => ({
      id: address.id,
      label: address.label,
      lines: [...address.lines],
      notes: address.notes ?? null,
      location: { lat: address.location.lat, lng: address.location.lng },
    })),
    defaultAddressId: doc.defaultAddressId ?? null,
    dietaryPreferences: (doc.dietaryPreferences ?? []) as DietaryPreference[],
    favouriteStoreIds: doc.favouriteStoreIds ?? empty.favouriteStoreIds,
    favouriteProductIds: doc.favouriteProductIds ?? empty.favouriteProductIds,
    notifications: doc.notifications ?? {},
    verifiedEmail: doc.verifiedEmail ?? null,
    verifiedPhone: doc.verifiedPhone ?? null,
  };
}

function toDocument(profile: Profile, now: Date): ProfileDocument {
  const { userId, ...fields } = profile;
  return { _id: userId, ...fields, updatedAt: now };
}

export type FavouriteList = 'favouriteStoreIds' | 'favouriteProductIds';

/** How a conditional add ended: added now, already there (a retry), or refused by the limit. */
export type AddOutcome = 'added' | 'present' | 'full';

/**
 * Profiles, one document per user. Lists grow only through conditional updates that check the
 * limit and the absence of the item in the same write, so concurrent adds never pass a limit or
 * add an item twice.
 */
export class ProfileRepository {
  private readonly model: Model<ProfileDocument>;

  constructor(db: Connection) {
    this.model = profileModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  async findByUserIds(userIds: readonly string[]): Promise<Profile[]> {
    const docs = await this.model.find({ _id: { $in: userIds } }).lean<ProfileDocument[]>();
    return docs.map(toDomain);
  }

  /** The user's profile, empty when they have none yet. */
  async get(userId: string, session?: ClientSession): Promise<Profile> {
    const doc = await this.model
      .findById(userId)
      .session(session ?? null)
      .lean<ProfileDocument>();
    return doc ? toDomain(doc) : emptyProfile(userId);
  }

  /** Inserts or replaces the whole profile (demo seeding). */
  async replace(profile: Profile, now: Date): Promise<void> {
    const { _id, ...fields } = toDocument(profile, now);
    await this.model.replaceOne({ _id }, fields, { upsert: true });
  }

  async setName(userId: string, name: LocalizedName, now: Date): Promise<Profile> {
    return this.upsert(userId, { $set: { name, updatedAt: now } });
  }

  async setDietaryPreferences(
    userId: string,
    preferences: DietaryPreference[],
    now: Date,
  ): Promise<Profile> {
    return this.upsert(userId, { $set: { dietaryPreferences: preferences, updatedAt: now } });
  }

  /** Each change is its own path, so concurrent changes to other settings are kept. */
  async setNotifications(
    userId: string,
    changes: readonly NotificationChange[],
    now: Date,
  ): Promise<Profile> {
    const set: Record<string, unknown> = { updatedAt: now };
    for (const { channel, topic, enabled } of changes) {
      set[`notifications.${channel}.${topic}`] = enabled;
    }
    return this.upsert(userId, { $set: set });
  }

  async setVerifiedContact(
    userId: string,
    field: 'verifiedEmail' | 'verifiedPhone',
    value: string,
    now: Date,
    session?: ClientSession,
  ): Promise<void> {
    await this.model.updateOne(
      { _id: userId },
      { $set: { [field]: value, updatedAt: now } },
      { upsert: true, session },
    );
  }

  /** Adds the address unless one with its id is there or the user already has `limit`. */
  async addAddress(
    userId: string,
    address: Address,
    limit: number,
    now: Date,
  ): Promise<{ outcome: AddOutcome; profile: Profile }> {
    await this.ensure(userId, now);
    const doc = await this.model
      .findOneAndUpdate(
        {
          _id: userId,
          'addresses.id': { $ne: address.id },
          [`addresses.${limit - 1}`]: { $exists: false },
        },
        { $push: { addresses: address }, $set: { updatedAt: now } },
        { returnDocument: 'after' },
      )
      .lean<ProfileDocument>();
    if (doc) return { outcome: 'added', profile: toDomain(doc) };
    const profile = await this.get(userId);
    const present = profile.addresses.some((existing) => existing.id === address.id);
    return { outcome: present ? 'present' : 'full', profile };
  }

  /** Replaces the address with the same id; null when the user has none with that id. */
  async replaceAddress(userId: string, address: Address, now: Date): Promise<Profile | null> {
    const doc = await this.model
      .findOneAndUpdate(
        { _id: userId, 'addresses.id': address.id },
        { $set: { 'addresses.$': address, updatedAt: now } },
        { returnDocument: 'after' },
      )
      .lean<ProfileDocument>();
    return doc ? toDomain(doc) : null;
  }

  /** Removing an address that is not there changes nothing. */
  async removeAddress(userId: string, addressId: string, now: Date): Promise<Profile> {
    await this.model.updateOne(
      { _id: userId, defaultAddressId: addressId },
      { $set: { defaultAddressId: null } },
    );
    return this.upsert(userId, {
      $pull: { addresses: { id: addressId } },
      $set: { updatedAt: now },
    });
  }

  /** Null when the user has no address with that id. */
  async setDefaultAddress(userId: string, addressId: string, now: Date): Promise<Profile | null> {
    const doc = await this.model
      .findOneAndUpdate(
        { _id: userId, 'addresses.id': addressId },
        { $set: { defaultAddressId: addressId, updatedAt: now } },
        { returnDocument: 'after' },
      )
      .lean<ProfileDocument>();
    return doc ? toDomain(doc) : null;
  }

  async addFavourite(
    userId: string,
    list: FavouriteList,
    id: string,
    limit: number,
    now: Date,
  ): Promise<{ outcome: AddOutcome; profile: Profile }> {
    await this.ensure(userId, now);
    const doc = await this.model
      .findOneAndUpdate(
        { _id: userId, [list]: { $ne: id }, [`${list}.${limit - 1}`]: { $exists: false } },
        { $push: { [list]: id }, $set: { updatedAt: now } },
        { returnDocument: 'after' },
      )
      .lean<ProfileDocument>();
    if (doc) return { outcome: 'added', profile: toDomain(doc) };
    const profile = await this.get(userId);
    return { outcome: profile[list].includes(id) ? 'present' : 'full', profile };
  }

  async removeFavourite(userId: string, list: FavouriteList, id: string, now: Date) {
    return this.upsert(userId, { $pull: { [list]: id }, $set: { updatedAt: now } });
  }

  private async ensure(userId: string, now: Date): Promise<void> {
    await this.model.updateOne(
      { _id: userId },
      { $setOnInsert: { updatedAt: now } },
      { upsert: true },
    );
  }

  private async upsert(userId: string, update: UpdateQuery<ProfileDocument>): Promise<Profile> {
    const doc = await this.model
      .findOneAndUpdate({ _id: userId }, update, { returnDocument: 'after', upsert: true })
      .lean<ProfileDocument>();
    if (!doc) throw new Error(`profile ${userId} was not upserted`);
    return toDomain(doc);
  }
}
