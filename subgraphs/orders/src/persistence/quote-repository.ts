import type { Connection } from 'mongoose';
import type { Quote } from '../domain/quote';
import { storedCollection, fromDocument, toDocument } from './documents';
import type { StoredCollection } from './documents';

type QuoteDocument = { _id: string } & Omit<Quote, 'id'>;

/** Price quotes, kept until they expire. */
export class QuoteRepository {
  private readonly stored: StoredCollection<QuoteDocument>;

  constructor(db: Connection) {
    this.stored = storedCollection<QuoteDocument>(db, 'Quote', 'quotes', [
      [{ expiresAt: 1 }, { name: 'expiry' }],
    ]);
  }

  syncIndexes = (): Promise<void> => this.stored.sync();

  async insert(quote: Quote): Promise<void> {
    await this.stored.collection.insertOne(toDocument(quote));
  }

  async findById(id: string): Promise<Quote | null> {
    const doc = await this.stored.collection.findOne({ _id: id });
    return doc ? fromDocument<Quote>(doc) : null;
  }

  async deleteExpired(before: Date): Promise<number> {
    return (await this.stored.collection.deleteMany({ expiresAt: { $lte: before } })).deletedCount;
  }
}
