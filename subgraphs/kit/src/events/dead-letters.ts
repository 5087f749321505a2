import { createHash } from 'node:crypto';
import { eventEnvelopeSchema, type EventEnvelope } from '@dabba/schema/events';
import { Schema, mongo, type ClientSession, type Connection, type Model } from 'mongoose';

const DUPLICATE_KEY = 11000;

export type DeadLetterStatus = 'dead' | 'redelivered';

export interface DeadLetter {
  id: string;
  /** The consumer queue it died in. */
  consumer: string;
  /** The envelope, when the body was a valid one (its data is not checked against the catalog). */
  event?: EventEnvelope;
  eventId?: string;
  type?: string;
  /** The raw message body, as the consumer received it (may be invalid JSON). */
  body: string;
  reason: string;
  /** Deliveries it had before it was dead-lettered. */
  attempts: number;
  deadAt: Date;
  status: DeadLetterStatus;
  redeliveredAt?: Date;
}

export interface NewDeadLetter {
  consumer: string;
  body: string;
  /** The body parsed, when it was a JSON object; not validated. */
  event?: EventEnvelope;
  reason: string;
  attempts: number;
  deadAt: Date;
}

interface DeadLetterDocument extends Omit<DeadLetter, 'id'> {
  _id: string;
}

const deadLetterSchema = new Schema<DeadLetterDocument>(
  {
    _id: { type: String, required: true },
    consumer: { type: String, required: true },
    event: { type: Schema.Types.Mixed },
    eventId: { type: String },
    type: { type: String },
    body: { type: String, required: true },
    reason: { type: String, required: true },
    attempts: { type: Number, required: true },
    deadAt: { type: Date, required: true },
    status: { type: String, required: true, enum: ['dead', 'redelivered'] },
    redeliveredAt: { type: Date },
  },
  { collection: 'dead_letters', versionKey: false },
);
deadLetterSchema.index({ consumer: 1, status: 1, deadAt: -1 }, { name: 'consumer_status' });
deadLetterSchema.index({ status: 1, deadAt: -1 }, { name: 'status' });

function deadLetterModel(db: Connection): Model<DeadLetterDocument> {
  return db.models.DeadLetter ?? db.model<DeadLetterDocument>('DeadLetter', deadLetterSchema);
}

function toDeadLetter({ _id, ...fields }: DeadLetterDocument): DeadLetter {
  return { id: _id, ...fields };
}

/**
 * The archive of dead letters taken off each consumer's DLQ (collection `dead_letters`), where
 * tooling lists them with their reasons and redelivers them.
 */
export class DeadLetterStore {
  private readonly model: Model<DeadLetterDocument>;

  constructor(db: Connection) {
    this.model = deadLetterModel(db);
  }

  /** Creates the collection and its indexes; at startup, as they cannot be created in a transaction. */
  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  /**
   * Archives a dead letter under an id derived from its consumer and message, so archiving the
   * same DLQ message twice (its ack was lost) keeps one. A message that dies again after a
   * redelivery is dead again: the same record goes back to 'dead' with the new reason. Returns
   * the dead letter's id.
   */
  async add(letter: NewDeadLetter): Promise<string> {
    // The message is untrusted: only a valid envelope counts as an event (tooling redelivers it).
    const parsed = eventEnvelopeSchema.safeParse(letter.event);
    const event = parsed.success ? (parsed.data as EventEnvelope) : undefined;
    const message = event?.id ?? `sha256:${createHash('sha256').update(letter.body).digest('hex')}`;
    const fields = {
      consumer: letter.consumer,
      ...(event ? { event, eventId: event.id, type: event.type } : {}),
      body: letter.body,
      reason: letter.reason,
      attempts: letter.attempts,
      deadAt: letter.deadAt,
      status: 'dead' as const,
    };
    const _id = `${letter.consumer}/${message}`;
    try {
      await this.model.updateOne(
        { _id, status: 'redelivered' },
        { $set: fields, $unset: { redeliveredAt: '' } },
        { upsert: true },
      );
    } catch (error) {
      // Already archived and still dead: the first record stands.
      if (!(error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY)) throw error;
    }
    return _id;
  }

  /** The dead letters with these ids; unknown ids are left out. */
  async get(ids: readonly string[]): Promise<DeadLetter[]> {
    const docs = await this.model.find({ _id: { $in: ids } }).lean<DeadLetterDocument[]>();
    return docs.map(toDeadLetter);
  }

  /** Newest first. */
  async list(options: {
    consumer?: string;
    status?: DeadLetterStatus;
    limit: number;
  }): Promise<DeadLetter[]> {
    const { consumer, status, limit } = options;
    const docs = await this.model
      .find({
        ...(consumer === undefined ? {} : { consumer }),
        ...(status === undefined ? {} : { status }),
      })
      .sort({ deadAt: -1, _id: 1 })
      .limit(limit)
      .lean<DeadLetterDocument[]>();
    return docs.map(toDeadLetter);
  }

  /** Marks dead letters as redelivered (in `session` when given); returns how many were still dead. */
  async markRedelivered(ids: readonly string[], session?: ClientSession): Promise<number> {
    const result = await this.model.updateMany(
      { _id: { $in: ids }, status: 'dead' },
      { $set: { status: 'redelivered', redeliveredAt: new Date() } },
      { session },
    );
    return result.modifiedCount;
  }
}
