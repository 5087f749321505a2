import type { EventCatalog, EventEnvelope } from '@dabba/schema/events';
import { Schema, mongo, type ClientSession, type Connection, type Model } from 'mongoose';
import type { Transaction, UnitOfWork } from './unit-of-work';

const DUPLICATE_KEY = 11000;

interface InboxDocument {
  /** `<consumer>/<event id>`: unique, so an event is recorded once per consumer. */
  _id: string;
  consumer: string;
  eventId: string;
  type: string;
  handledAt: Date;
}

/** The TTL comes from configuration, so each Inbox compiles the schema with its own. */
function inboxModel(db: Connection, retentionSeconds: number): Model<InboxDocument> {
  const schema = new Schema<InboxDocument>(
    {
      _id: { type: String, required: true },
      consumer: { type: String, required: true },
      eventId: { type: String, required: true },
      type: { type: String, required: true },
      handledAt: { type: Date, required: true },
    },
    { collection: 'inbox', versionKey: false },
  );
  schema.index({ handledAt: 1 }, { name: 'handled_ttl', expireAfterSeconds: retentionSeconds });
  return db.model<InboxDocument>('InboxRecord', schema, 'inbox');
}

/**
 * The events each consumer of the subgraph has handled (collection `inbox`), recorded in the
 * transaction of their effect. Records stay `retentionSeconds`: a delivery later than that
 * would be applied again, so keep it at least as long as the outbox keeps events for replays.
 */
export class Inbox {
  private readonly model: Model<InboxDocument>;

  constructor(db: Connection, options: { retentionSeconds: number }) {
    this.model = inboxModel(db, options.retentionSeconds);
  }

  /** Creates the collection and its indexes; at startup, as they cannot be created in a transaction. */
  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  /** Whether `consumer` has handled the event (outside a transaction: a hint, not a guard). */
  async has(consumer: string, eventId: string): Promise<boolean> {
    return (await this.model.exists({ _id: `${consumer}/${eventId}` })) !== null;
  }

  /** Records that `consumer` handled `event`, in `session`; false when it already had. */
  async record(consumer: string, event: EventEnvelope, session: ClientSession): Promise<boolean> {
    const doc: InboxDocument = {
      _id: `${consumer}/${event.id}`,
      consumer,
      eventId: event.id,
      type: event.type,
      handledAt: new Date(),
    };
    try {
      await this.model.insertMany([doc], { session, lean: true });
      return true;
    } catch (error) {
      if (error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY) return false;
      throw error;
    }
  }
}

/** Aborts the unit of work of an event the consumer has already handled. */
class AlreadyHandled extends Error {}

/**
 * Applies `event` once for `consumer`, however often it is delivered: the inbox record, the
 * handler's writes and the events it publishes commit in one transaction. A concurrent delivery
 * of the same event conflicts on the record, retries, and then finds it: 'duplicate'.
 */
export async function handleOnce<C extends EventCatalog>(options: {
  unitOfWork: UnitOfWork<C>;
  inbox: Inbox;
  consumer: string;
  event: EventEnvelope;
  /** Runs first, outside the transaction, unless the event was already handled. */
  prepare?: (event: EventEnvelope) => Promise<unknown>;
  handler: (event: EventEnvelope, tx: Transaction<C>, prepared: unknown) => Promise<void>;
}): Promise<'handled' | 'duplicate'> {
  const { unitOfWork, inbox, consumer, event, prepare, handler } = options;
  let prepared: unknown;
  if (prepare) {
    if (await inbox.has(consumer, event.id)) return 'duplicate';
    prepared = await prepare(event);
  }
  try {
    await unitOfWork.run(async (tx) => {
      if (!(await inbox.record(consumer, event, tx.session))) throw new AlreadyHandled();
      await handler(event, tx, prepared);
    });
    return 'handled';
  } catch (error) {
    if (error instanceof AlreadyHandled) return 'duplicate';
    throw error;
  }
}
