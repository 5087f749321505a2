import { Schema, type Connection, type Model } from 'mongoose';
import type { ProviderName } from '../providers/port';

interface CustomerDocument {
  /** `<provider>:<userId>` */
  _id: string;
  customerRef: string;
  createdAt: Date;
}

const customerSchema = new Schema<CustomerDocument>(
  {
    _id: { type: String, required: true },
    customerRef: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'provider_customers', versionKey: false },
);

/** Which provider customer (e.g. Stripe's cus_…) stands for each user, to save cards on. */
export class CustomerRepository {
  private readonly model: Model<CustomerDocument>;

  constructor(db: Connection) {
    this.model =
      db.models.ProviderCustomer ?? db.model<CustomerDocument>('ProviderCustomer', customerSchema);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  async find(provider: ProviderName, userId: string): Promise<string | null> {
    const doc = await this.model.findById(`${provider}:${userId}`).lean<CustomerDocument>();
    return doc?.customerRef ?? null;
  }

  /** Keeps the first customer recorded for the user; returns the one that is kept. */
  async remember(provider: ProviderName, userId: string, customerRef: string): Promise<string> {
    const doc = await this.model
      .findOneAndUpdate(
        { _id: `${provider}:${userId}` },
        { $setOnInsert: { customerRef, createdAt: new Date() } },
        { upsert: true, new: true },
      )
      .lean<CustomerDocument>();
    return doc!.customerRef;
  }
}
