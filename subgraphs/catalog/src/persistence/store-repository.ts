import { ConflictError } from '@dabba/subgraph-kit';
import type { ClientSession, Connection, Model, QueryFilter } from 'mongoose';
import type { H3Cells, StoreH3Resolution } from '../domain/geo';
import type { Store } from '../domain/store';
import type { StorePosition } from '../domain/store-order';
import type { DeliveryArea } from '../domain/zone';
import { storeModel, type StoreDocument } from './store-model';

const LISTING_ORDER = { createdAt: 1, _id: 1 } as const;
const DUPLICATE_KEY = 11000;

function toDomain(doc: StoreDocument): Store {
  const area: DeliveryArea =
    doc.deliveryArea.kind === 'RADIUS'
      ? { kind: 'RADIUS', radiusMeters: doc.deliveryArea.radiusMeters }
      : {
          kind: 'ZONE',
          rings: doc.deliveryArea.rings.map((ring) => ring.map(({ lat, lng }) => ({ lat, lng }))),
        };
  return {
    id: doc._id,
    name: doc.name,
    kind: doc.kind,
    currency: doc.currency,
    organizationId: doc.organizationId,
    address: {
      lines: doc.address.lines,
      district: doc.address.district ?? null,
      city: doc.address.city,
      countryCode: doc.address.countryCode,
    },
    location: { lat: doc.location.lat, lng: doc.location.lng },
    h3: { r7: doc.h3.r7, r8: doc.h3.r8, r9: doc.h3.r9 },
    deliveryArea: area,
    openingHours: {
      timeZone: doc.openingHours.timeZone,
      weekly: doc.openingHours.weekly.map(({ day, open, close }) => ({ day, open, close })),
      exceptions: doc.openingHours.exceptions.map(({ date, intervals }) => ({
        date,
        intervals: intervals.map(({ open, close }) => ({ open, close })),
      })),
    },
    cuisines: doc.cuisines,
    tags: doc.tags,
    prepTimeMinutes: doc.prepTimeMinutes,
    temporarilyClosed: doc.temporarilyClosed,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

function toDocument(store: Store): Omit<StoreDocument, '_id' | 'idempotencyKey'> {
  const { id: _id, ...fields } = store;
  return fields;
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

  async findByIds(ids: readonly string[], session?: ClientSession): Promise<Store[]> {
    const docs = await this.model
      .find({ _id: { $in: ids } }, null, { session })
      .lean<StoreDocument[]>();
    return docs.map(toDomain);
  }

  /** The store an organisation created with this idempotency key, if any. */
  async findByIdempotencyKey(organizationId: string, key: string): Promise<Store | null> {
    const doc = await this.model
      .findOne({ organizationId, idempotencyKey: key })
      .lean<StoreDocument>();
    return doc ? toDomain(doc) : null;
  }

  /** The stores located in any of `cells` at that H3 resolution: candidates for a nearby search. */
  async findInCells(resolution: StoreH3Resolution, cells: readonly string[]): Promise<Store[]> {
    const field: `h3.${keyof H3Cells}` = `h3.r${resolution}`;
    const docs = await this.model
      .find({ [field]: { $in: cells } })
      .sort(LISTING_ORDER)
      .lean<StoreDocument[]>();
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

  /**
   * Inserts a new store under the organisation's idempotency key. A ConflictError when the key
   * (or the id) is taken: the caller then returns the store the key created first.
   */
  async insert(store: Store, idempotencyKey: string, session?: ClientSession): Promise<void> {
    try {
      await this.model.create([{ _id: store.id, ...toDocument(store), idempotencyKey }], {
        session,
      });
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) {
        throw new ConflictError('This idempotency key already created a store');
      }
      throw error;
    }
  }

  /** Inserts the store, or replaces every field of the one with the same id but its key. */
  async save(store: Store, session?: ClientSession): Promise<void> {
    await this.model.updateOne(
      { _id: store.id },
      { $set: toDocument(store), $setOnInsert: { idempotencyKey: null } },
      { upsert: true, session },
    );
  }
}
