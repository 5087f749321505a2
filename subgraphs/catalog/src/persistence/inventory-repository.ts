import type { ClientSession, Connection, Model, mongo } from 'mongoose';
import type { Inventory } from '../domain/inventory';
import type { StockTake } from '../domain/reservation';
import { inventoryId, inventoryModel, type InventoryDocument } from './inventory-model';

function toDomain(doc: InventoryDocument): Inventory {
  return {
    storeId: doc.storeId,
    sku: doc.sku,
    onHand: doc.onHand,
    reserved: doc.reserved,
    available: doc.available,
    lowStockThreshold: doc.lowStockThreshold,
    updatedAt: doc.updatedAt,
  };
}

/** A stock change as applied: the document after it, and the available stock before it. */
export interface StockChange {
  after: Inventory;
  availableBefore: number;
}

/**
 * Stock per (store, SKU). Every change is one conditional single-document update whose filter
 * states what must hold for it (enough available, enough reserved), so concurrent callers can
 * never take more than there is: a caller whose condition fails changes nothing and gets null.
 * Pass a session to make several changes all-or-nothing.
 */
export class InventoryRepository {
  private readonly model: Model<InventoryDocument>;

  constructor(db: Connection) {
    this.model = inventoryModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  async find(
    storeId: string,
    skus: readonly string[],
    session?: ClientSession,
  ): Promise<Inventory[]> {
    const ids = skus.map((sku) => inventoryId(storeId, sku));
    const docs = await this.model
      .find({ _id: { $in: ids } }, null, { session })
      .lean<InventoryDocument[]>();
    return docs.map(toDomain);
  }

  async findByIds(
    ids: readonly { storeId: string; sku: string }[],
    session?: ClientSession,
  ): Promise<Inventory[]> {
    const docs = await this.model
      .find({ _id: { $in: ids.map(({ storeId, sku }) => inventoryId(storeId, sku)) } }, null, {
        session,
      })
      .lean<InventoryDocument[]>();
    return docs.map(toDomain);
  }

  /** Creates the SKU's stock record at zero if it has none. */
  async ensure(
    storeId: string,
    sku: string,
    lowStockThreshold: number,
    session?: ClientSession,
  ): Promise<void> {
    await this.model.updateOne(
      { _id: inventoryId(storeId, sku) },
      {
        $setOnInsert: {
          storeId,
          sku,
          onHand: 0,
          reserved: 0,
          available: 0,
          lowStockThreshold,
          updatedAt: new Date(),
        },
      },
      { upsert: true, session },
    );
  }

  /** Writes stock records by id, inserting or replacing each (for the demo seed). */
  async upsertMany(records: readonly Inventory[]): Promise<void> {
    if (records.length === 0) return;
    await this.model.bulkWrite(
      records.map((record) => ({
        updateOne: {
          filter: { _id: inventoryId(record.storeId, record.sku) },
          update: { $set: record },
          upsert: true,
        },
      })),
      { ordered: false },
    );
  }

  private async change(
    storeId: string,
    sku: string,
    condition: Record<string, unknown>,
    inc: Partial<Record<'onHand' | 'reserved' | 'available', number>>,
    session?: ClientSession,
  ): Promise<StockChange | null> {
    const doc = await this.model
      .findOneAndUpdate(
        { _id: inventoryId(storeId, sku), ...condition },
        { $inc: inc, $set: { updatedAt: new Date() } },
        { returnDocument: 'after', session },
      )
      .lean<InventoryDocument>();
    if (!doc) return null;
    return { after: toDomain(doc), availableBefore: doc.available - (inc.available ?? 0) };
  }

  /**
   * Moves each take's units from available to reserved, in one round trip: true if every record
   * still had them available, false if any had not (the session's transaction must then abort).
   * The ids and numbers are already of their stored types, so it goes to the driver uncast.
   */
  async reserveAll(
    takes: readonly StockTake[],
    now: Date,
    session: ClientSession,
  ): Promise<boolean> {
    // The driver's collection, typed with our document: mongoose types it with ObjectId ids.
    const collection = this.model.collection as unknown as mongo.Collection<InventoryDocument>;
    const result = await collection.bulkWrite(
      takes.map(({ before, quantity }) => ({
        updateOne: {
          filter: { _id: inventoryId(before.storeId, before.sku), available: { $gte: quantity } },
          update: { $inc: { available: -quantity, reserved: quantity }, $set: { updatedAt: now } },
        },
      })),
      { session, ordered: true },
    );
    return result.matchedCount === takes.length;
  }

  /** Gives reserved units back to available (a released or expired reservation). */
  unreserve(storeId: string, sku: string, quantity: number, session?: ClientSession) {
    return this.change(
      storeId,
      sku,
      { reserved: { $gte: quantity } },
      { reserved: -quantity, available: quantity },
      session,
    );
  }

  /** Reserved units leave the shelf (a paid reservation): on-hand and reserved both drop. */
  consume(storeId: string, sku: string, quantity: number, session?: ClientSession) {
    return this.change(
      storeId,
      sku,
      { reserved: { $gte: quantity }, onHand: { $gte: quantity } },
      { reserved: -quantity, onHand: -quantity },
      session,
    );
  }

  /** Units come back on the shelf (a received delivery, a cancelled paid order). */
  restock(storeId: string, sku: string, quantity: number, session?: ClientSession) {
    return this.change(storeId, sku, {}, { onHand: quantity, available: quantity }, session);
  }

  /** Units leave the shelf unsold (damaged, counted short), if that many are available. */
  writeOff(storeId: string, sku: string, quantity: number, session?: ClientSession) {
    return this.change(
      storeId,
      sku,
      { available: { $gte: quantity } },
      { onHand: -quantity, available: -quantity },
      session,
    );
  }

  /**
   * Sets on-hand stock to `onHand` (and the threshold, when given) provided it still covers
   * what is reserved; available follows. Null when the SKU has no record or onHand < reserved.
   */
  async setOnHand(
    storeId: string,
    sku: string,
    onHand: number,
    lowStockThreshold: number | null,
    session?: ClientSession,
  ): Promise<StockChange | null> {
    const before = await this.model
      .findOneAndUpdate(
        { _id: inventoryId(storeId, sku), reserved: { $lte: onHand } },
        [
          {
            $set: {
              onHand,
              available: { $subtract: [onHand, '$reserved'] },
              updatedAt: new Date(),
              ...(lowStockThreshold === null ? {} : { lowStockThreshold }),
            },
          },
        ],
        { returnDocument: 'before', session, updatePipeline: true },
      )
      .lean<InventoryDocument>();
    if (!before) return null;
    const after = toDomain({
      ...before,
      onHand,
      available: onHand - before.reserved,
      lowStockThreshold: lowStockThreshold ?? before.lowStockThreshold,
    });
    return { after, availableBefore: before.available };
  }
}
