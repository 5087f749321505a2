import type { ClientSession, Connection } from 'mongoose';
import type { Cart } from '../domain/cart';
import { storedCollection, fromDocument, isDuplicateKey, toDocument } from './documents';
import type { StoredCollection } from './documents';

type CartDocument = { _id: string } & Omit<Cart, 'id'>;

/** Active carts, one per customer and store (the id is derived from the pair). */
export class CartRepository {
  private readonly stored: StoredCollection<CartDocument>;

  constructor(db: Connection) {
    this.stored = storedCollection<CartDocument>(db, 'Cart', 'carts', [
      [
        { customerId: 1, storeId: 1 },
        { unique: true, name: 'one_cart_per_store' },
      ],
      [{ expiresAt: 1 }, { name: 'expiry' }],
    ]);
  }

  syncIndexes = (): Promise<void> => this.stored.sync();

  /** The cart, expired or not: callers decide with the domain's isExpired. */
  async findById(id: string, session?: ClientSession): Promise<Cart | null> {
    const doc = await this.stored.collection.findOne({ _id: id }, { session });
    return doc ? fromDocument<Cart>(doc) : null;
  }

  /**
   * Saves `cart` if it is still at `expectedVersion` (0: not stored yet). False when another
   * change won the race: the caller reads again and retries.
   */
  async save(cart: Cart, expectedVersion: number, session?: ClientSession): Promise<boolean> {
    const doc = toDocument(cart);
    if (expectedVersion === 0) {
      try {
        await this.stored.collection.insertOne(doc, { session });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    }
    const result = await this.stored.collection.replaceOne(
      { _id: cart.id, version: expectedVersion },
      doc,
      { session },
    );
    return result.matchedCount === 1;
  }

  async delete(id: string, session?: ClientSession): Promise<void> {
    await this.stored.collection.deleteOne({ _id: id }, { session });
  }

  /** Removes carts whose lifetime is over; returns how many. */
  async deleteExpired(now: Date): Promise<number> {
    const result = await this.stored.collection.deleteMany({ expiresAt: { $lte: now } });
    return result.deletedCount;
  }
}
