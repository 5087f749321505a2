import type { Money } from '@dabba/subgraph-kit';
import { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
import type { OrderProjection } from '../domain/order';

interface OrderDocument {
  _id: string;
  customerId: string;
  storeId: string;
  total: Money;
  placedAt: Date;
  closed: boolean;
}

const moneySchema = {
  amount: { type: Number, required: true },
  currency: { type: String, required: true },
};

const orderSchema = new Schema<OrderDocument>(
  {
    _id: { type: String, required: true },
    customerId: { type: String, required: true },
    storeId: { type: String, required: true },
    total: { type: new Schema(moneySchema, { _id: false }), required: true },
    placedAt: { type: Date, required: true },
    closed: { type: Boolean, default: false },
  },
  { collection: 'orders', versionKey: false },
);

function toDomain(doc: OrderDocument): OrderProjection {
  return {
    id: doc._id,
    customerId: doc.customerId,
    storeId: doc.storeId,
    total: { amount: doc.total.amount, currency: doc.total.currency },
    placedAt: doc.placedAt,
    closed: doc.closed ?? false,
  };
}

/** Orders whose placed event has arrived, as opposed to stubs closed before it. */
const PLACED = { placedAt: { $exists: true } };

/** The orders projection: payments' own copy of what it needs of each placed order. */
export class OrderRepository {
  private readonly model: Model<OrderDocument>;

  constructor(db: Connection) {
    this.model = db.models.Order ?? db.model<OrderDocument>('Order', orderSchema);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  /** Inserts or refreshes the order's fields; never reopens a closed order. */
  async upsert(order: Omit<OrderProjection, 'closed'>, session?: ClientSession): Promise<void> {
    const { id, ...fields } = order;
    await this.model.updateOne(
      { _id: id },
      { $set: fields, $setOnInsert: { closed: false } },
      { upsert: true, session },
    );
  }

  /**
   * Closes the order. An order whose end arrives before its placement (events of different
   * queues are not ordered) is kept as a closed stub, which the placed event fills in without
   * reopening; reads ignore a stub until then.
   */
  async close(orderId: string, session?: ClientSession): Promise<void> {
    await this.model.updateOne(
      { _id: orderId },
      { $set: { closed: true } },
      { upsert: true, session },
    );
  }

  async findById(id: string, session?: ClientSession): Promise<OrderProjection | null> {
    const doc = await this.model
      .findOne({ _id: id, ...PLACED }, null, { session })
      .lean<OrderDocument>();
    return doc ? toDomain(doc) : null;
  }

  async findByIds(ids: readonly string[]): Promise<OrderProjection[]> {
    const docs = await this.model.find({ _id: { $in: ids }, ...PLACED }).lean<OrderDocument[]>();
    return docs.map(toDomain);
  }
}
