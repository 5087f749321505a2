import type { Connection } from 'mongoose';
import { storedCollection } from './documents';
import type { StoredCollection } from './documents';

interface StoreDocument {
  _id: string;
  organizationId: string | null;
}

/** Stores this process has already recorded, so checkout writes each store once. */
const REMEMBERED_LIMIT = 10_000;

/** Which organisation runs each store, as the catalog said: its members are the store's staff. */
export class StoreRepository {
  private readonly remembered = new Set<string>();

  private readonly stored: StoredCollection<StoreDocument>;

  constructor(db: Connection) {
    this.stored = storedCollection<StoreDocument>(db, 'StoreOwner', 'store_owners', []);
  }

  syncIndexes = (): Promise<void> => this.stored.sync();

  async organizationsOf(storeIds: readonly string[]): Promise<Map<string, string | null>> {
    const docs = await this.stored.collection.find({ _id: { $in: [...storeIds] } }).toArray();
    return new Map(docs.map((doc) => [doc._id, doc.organizationId]));
  }

  /** Records the store's organisation; a store never changes organisation, so once is enough. */
  async remember(storeId: string, organizationId: string | null): Promise<void> {
    if (this.remembered.has(storeId)) return;
    if (this.remembered.size >= REMEMBERED_LIMIT) this.remembered.clear();
    await this.stored.collection.updateOne(
      { _id: storeId },
      { $set: { organizationId } },
      { upsert: true },
    );
    this.remembered.add(storeId);
  }
}
