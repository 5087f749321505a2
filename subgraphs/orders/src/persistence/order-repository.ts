import type { ClientSession, Connection } from 'mongoose';
import { OPEN_STATUSES, type Order, type OrderStatus } from '../domain/order';
import { storedCollection, fromDocument, isDuplicateKey, toDocument } from './documents';
import type { StoredCollection } from './documents';

/**
 * An order as stored: the projection of its timeline plus `substitutionDeadline`, the earliest
 * `respondBy` of its proposed substitutes while it is PREPARING (only then can they be
 * answered), so the sweeper finds them with one index and never picks an order that ended.
 */
type OrderDocument = { _id: string; substitutionDeadline: Date | null } & Omit<Order, 'id'>;

/** Where a page of orders sorted newest first ends. */
export interface OrderPosition {
  placedAt: Date;
  id: string;
}

export interface OrderFilter {
  status?: OrderStatus[];
  storeId?: string;
  customerId?: string;
  placedFrom?: Date;
  placedTo?: Date;
}

/** The most open orders a store's queue lists. */
const QUEUE_LIMIT = 500;

function stored(order: Order): OrderDocument {
  const waiting = order.status === 'PREPARING' ? order.lines : [];
  const proposed = waiting
    .filter((line) => line.state === 'SUBSTITUTION_PROPOSED' && line.proposedSubstitute)
    .map((line) => line.proposedSubstitute!.respondBy.getTime());
  return {
    ...toDocument(order),
    substitutionDeadline: proposed.length > 0 ? new Date(Math.min(...proposed)) : null,
  };
}

function domain(doc: unknown): Order {
  const { substitutionDeadline: _derived, ...order } = fromDocument<
    Order & {
      substitutionDeadline?: Date | null;
    }
  >(doc);
  return order;
}

const newestFirst = { placedAt: -1, _id: -1 } as const;

const after = (position: OrderPosition | null) =>
  position
    ? {
        $or: [
          { placedAt: { $lt: position.placedAt } },
          { placedAt: position.placedAt, _id: { $lt: position.id } },
        ],
      }
    : {};

export class OrderRepository {
  private readonly stored: StoredCollection<OrderDocument>;

  constructor(db: Connection) {
    this.stored = storedCollection<OrderDocument>(db, 'Order', 'orders', [
      [{ customerId: 1, placedAt: -1, _id: -1 }, { name: 'customer_orders' }],
      [{ storeId: 1, status: 1, placedAt: 1 }, { name: 'store_queue' }],
      [{ status: 1, storeResponseDeadline: 1 }, { name: 'store_response_due' }],
      [{ status: 1, placedAt: 1 }, { name: 'status_placed' }],
      [{ substitutionDeadline: 1 }, { name: 'substitution_due' }],
      [{ placedAt: -1, _id: -1 }, { name: 'placed' }],
    ]);
  }

  syncIndexes = (): Promise<void> => this.stored.sync();

  /** False when an order with this id exists already (a concurrent or earlier checkout). */
  async insert(order: Order, session?: ClientSession): Promise<boolean> {
    try {
      await this.stored.collection.insertOne(stored(order), { session });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async findById(id: string, session?: ClientSession): Promise<Order | null> {
    const doc = await this.stored.collection.findOne({ _id: id }, { session });
    return doc ? domain(doc) : null;
  }

  async findByIds(ids: readonly string[]): Promise<Order[]> {
    const docs = await this.stored.collection.find({ _id: { $in: [...ids] } }).toArray();
    return docs.map(domain);
  }

  /** Replaces the order if it is still at `expectedVersion`; false when another change won. */
  async save(order: Order, expectedVersion: number, session?: ClientSession): Promise<boolean> {
    const result = await this.stored.collection.replaceOne(
      { _id: order.id, version: expectedVersion },
      stored(order),
      { session },
    );
    return result.matchedCount === 1;
  }

  async search(
    filter: OrderFilter,
    position: OrderPosition | null,
    limit: number,
  ): Promise<Order[]> {
    const placed =
      filter.placedFrom || filter.placedTo
        ? {
            placedAt: {
              ...(filter.placedFrom ? { $gte: filter.placedFrom } : {}),
              ...(filter.placedTo ? { $lt: filter.placedTo } : {}),
            },
          }
        : {};
    const query = {
      ...(filter.status?.length ? { status: { $in: filter.status } } : {}),
      ...(filter.storeId ? { storeId: filter.storeId } : {}),
      ...(filter.customerId ? { customerId: filter.customerId } : {}),
      ...placed,
    };
    const docs = await this.stored.collection
      .find(position ? { $and: [query, after(position)] } : query)
      .sort(newestFirst)
      .limit(limit)
      .toArray();
    return docs.map(domain);
  }

  /** The store's open orders, oldest first. */
  async openOfStore(storeId: string): Promise<Order[]> {
    const docs = await this.stored.collection
      .find({ storeId, status: { $in: [...OPEN_STATUSES] } })
      .sort({ placedAt: 1, _id: 1 })
      .limit(QUEUE_LIMIT)
      .toArray();
    return docs.map(domain);
  }

  /** Ids of PLACED orders whose store did not answer by `now`. */
  async storeResponseDue(now: Date, limit: number): Promise<string[]> {
    return this.ids({ status: 'PLACED', storeResponseDeadline: { $lte: now } }, limit);
  }

  /** Ids of orders still waiting for their payment since before `placedBefore`. */
  async paymentDue(placedBefore: Date, limit: number): Promise<string[]> {
    return this.ids({ status: 'PENDING_PAYMENT', placedAt: { $lte: placedBefore } }, limit);
  }

  /** Ids of orders with a proposed substitute the customer did not answer by `now`. */
  async substitutionDue(now: Date, limit: number): Promise<string[]> {
    return this.ids({ substitutionDeadline: { $lte: now } }, limit);
  }

  private async ids(query: Record<string, unknown>, limit: number): Promise<string[]> {
    const docs = await this.stored.collection
      .find(query, { projection: { _id: 1 } })
      .limit(limit)
      .toArray();
    return docs.map((doc) => doc._id);
  }
}
