import { Schema, mongo, type ClientSession, type Connection, type Model } from 'mongoose';
import type { ProviderEvent, ProviderName } from '../providers/port';

const DUPLICATE_KEY = 11000;

interface WebhookDocument {
  /** `<provider>:<PSP event id>`: unique, so a replayed webhook is stored once. */
  _id: string;
  provider: ProviderName;
  event: ProviderEvent;
  receivedAt: Date;
}

const webhookSchema = new Schema<WebhookDocument>(
  {
    _id: { type: String, required: true },
    provider: { type: String, required: true },
    event: { type: Schema.Types.Mixed, required: true },
    receivedAt: { type: Date, required: true },
  },
  { collection: 'webhook_events', versionKey: false },
);

export interface StoredWebhook {
  id: string;
  provider: ProviderName;
  event: ProviderEvent;
  receivedAt: Date;
}

/** Verified webhooks as received, one per provider event id. */
export class WebhookRepository {
  private readonly model: Model<WebhookDocument>;

  constructor(db: Connection) {
    this.model = db.models.Webhook ?? db.model<WebhookDocument>('Webhook', webhookSchema);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  /** Stores the webhook; false when one with the same event id was stored before (a replay). */
  async insert(webhook: StoredWebhook, session: ClientSession): Promise<boolean> {
    const { id, ...fields } = webhook;
    try {
      await this.model.insertMany([{ _id: id, ...fields }], { session, lean: true });
      return true;
    } catch (error) {
      if (error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY) return false;
      throw error;
    }
  }

  async findById(id: string, session?: ClientSession): Promise<StoredWebhook | null> {
    const doc = await this.model.findById(id, null, { session }).lean<WebhookDocument>();
    if (!doc) return null;
    return {
      id: doc._id,
      provider: doc.provider,
      event: { ...doc.event, occurredAt: new Date(doc.event.occurredAt) },
      receivedAt: doc.receivedAt,
    };
  }

  async count(): Promise<number> {
    return this.model.countDocuments();
  }
}
