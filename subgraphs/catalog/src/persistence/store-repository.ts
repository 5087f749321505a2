import type { Connection, Model, QueryFilter } from 'mongoose';
import type { Store } from '../domain/store';
import type { StorePosition } from '../domain/store-order';
import { storeModel, type StoreDocument } from './store-model';

const LISTING_ORDER = { createdAt: 1, _id: 1 } as const;

function toDomain(doc: StoreDocument): Store {
  return {
    id: doc._id,
    name: doc.name,
    kind: doc.kind,
    currency: doc.currency,
    organizationId: doc.organizationId,
    createdAt: doc.createdAt,
  };
}

export class StoreRepository {
  private readonly model: Model<StoreDocument>;

  constructor(db: Connection) {
    this.model = storeModel(db);
  }

  /** Creates the collection and makes its indexes match the schema. */
  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  async findByIds(ids: readonly string[]): Promise<Store[]> {
    const docs = await this.model.find({ _id: { $in: ids } }).lean<StoreDocument[]>();
    return docs.map(toDomain);
  }

  /**
   * Up to `limit` stores after `after` (exclusive) in listing order, of one organisation when
   * `organizationId` is given.
   */
  async listAfter(
    after: StorePosition | null,
    limit: number,
    organizationId?: string,
  ): Promise<Store[]> {
    const filter: QueryFilter<StoreDocument> = {
      ...(organizationId === undefined ? {} : { organizationId }),
      ...(after
        ? {
            $or: [
              { createdAt: { $gt: after.createdAt } },
              { createdAt: after.createdAt, _id: { $gt: after.id } },
            ],
          }
        : {}),
    };
    const docs = await this.model
      .find(filter)
      .sort(LISTING_ORDER)
      .limit(limit)
      .lean<StoreDocument[]>();
    return docs.map(toDomain);
  }

  /** Inserts the store, or replaces the one with the same id. */
  async save(store: Store): Promise<void> {
    const { id, ...fields } = store;
    await this.model.replaceOne({ _id: id }, fields, { upsert: true });
  }
}
