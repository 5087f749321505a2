import { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
import type { EntryKind, JournalEntry, Posting } from '../domain/ledger';

interface LedgerEntryDocument {
  _id: string;
  paymentId: string;
  orderId: string;
  kind: EntryKind;
  currency: string;
  postings: Posting[];
  createdAt: Date;
}

const ledgerSchema = new Schema<LedgerEntryDocument>(
  {
    _id: { type: String, required: true },
    paymentId: { type: String, required: true },
    orderId: { type: String, required: true },
    kind: { type: String, required: true },
    currency: { type: String, required: true },
    postings: {
      type: [new Schema({ account: String, amount: Number }, { _id: false })],
      required: true,
    },
    createdAt: { type: Date, required: true },
  },
  { collection: 'ledger_entries', versionKey: false },
);
ledgerSchema.index({ paymentId: 1, createdAt: 1 }, { name: 'by_payment' });
ledgerSchema.index({ currency: 1 }, { name: 'by_currency' });

// Append-only: the model refuses every operation that would change or remove an entry.
const REWRITES = [
  'updateOne',
  'updateMany',
  'replaceOne',
  'findOneAndUpdate',
  'findOneAndReplace',
  'findOneAndDelete',
  'deleteOne',
  'deleteMany',
] as const;
for (const operation of REWRITES) {
  ledgerSchema.pre(operation, () => {
    throw new Error(`ledger_entries is append-only: ${operation} is not allowed`);
  });
}

function toDomain(doc: LedgerEntryDocument): JournalEntry {
  const { _id, postings, ...fields } = doc;
  return {
    ...fields,
    id: _id,
    postings: postings.map(({ account, amount }) => ({ account, amount })),
  };
}

/** An account's balance in one currency. */
export interface AccountBalance {
  account: string;
  balance: number;
}

/** The journal: entries are inserted once (their ids are derived) and never changed. */
export class LedgerRepository {
  private readonly model: Model<LedgerEntryDocument>;

  constructor(db: Connection) {
    this.model =
      db.models.LedgerEntry ?? db.model<LedgerEntryDocument>('LedgerEntry', ledgerSchema);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  /** Appends the entries in `session`; an entry already written (same id) is a duplicate-key error. */
  async append(entries: readonly JournalEntry[], session: ClientSession): Promise<void> {
    if (entries.length === 0) return;
    await this.model.insertMany(
      entries.map(({ id, ...fields }) => ({ _id: id, ...fields })),
      { session, lean: true },
    );
  }

  async findByPaymentIds(paymentIds: readonly string[]): Promise<JournalEntry[]> {
    const docs = await this.model
      .find({ paymentId: { $in: paymentIds } })
      .sort({ createdAt: 1, _id: 1 })
      .lean<LedgerEntryDocument[]>();
    return docs.map(toDomain);
  }

  /** Every account's balance in `currency`, summed by the database, and how many entries it read. */
  async balances(currency: string): Promise<{ balances: AccountBalance[]; entryCount: number }> {
    const [rows, entryCount] = await Promise.all([
      this.model.aggregate<{ _id: string; balance: number }>([
        { $match: { currency } },
        { $unwind: '$postings' },
        { $group: { _id: '$postings.account', balance: { $sum: '$postings.amount' } } },
        { $sort: { _id: 1 } },
      ]),
      this.model.countDocuments({ currency }),
    ]);
    return {
      balances: rows.map((row) => ({ account: row._id, balance: row.balance })),
      entryCount,
    };
  }
}
