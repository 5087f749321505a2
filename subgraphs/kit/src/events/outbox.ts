import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@dabba/schema/events';
import {
  Schema,
  type ClientSession,
  type Connection,
  type Model,
  type QueryFilter,
} from 'mongoose';
import type { OutboxStats } from './metrics';
import type { Route } from './transport';

export interface OutboxEntry {
  id: string;
  event: EventEnvelope;
  route: Route;
  createdAt: Date;
}

export interface OutboxClaim {
  /** Proves the claim: markSent and release only touch entries still holding it. */
  token: string;
  /** Oldest first. */
  entries: OutboxEntry[];
}

interface OutboxDocument {
  _id: string;
  event: EventEnvelope;
  route: Route;
  /** Where a replay sends the entry once; the entry's own route is kept for later replays. */
  replayRoute?: Route;
  /** parked: refused by the broker `maxAttempts` times while others went through; kept for a retry. */
  status: 'pending' | 'sent' | 'parked';
  createdAt: Date;
  claimToken?: string;
  /** The end of a claim, or of the wait after a refusal: the entry is claimable after it. */
  leaseUntil?: Date;
  sentAt?: Date;
  /** Refusals of this entry alone (its batch had others confirmed). */
  refusals?: number;
  lastError?: string;
}

/** The TTL comes from configuration, so each Outbox compiles the schema with its own. */
function outboxModel(db: Connection, retentionSeconds: number): Model<OutboxDocument> {
  const schema = new Schema<OutboxDocument>(
    {
      _id: { type: String, required: true },
      event: { type: Schema.Types.Mixed, required: true },
      route: { type: Schema.Types.Mixed, required: true },
      replayRoute: { type: Schema.Types.Mixed },
      status: { type: String, required: true, enum: ['pending', 'sent', 'parked'] },
      createdAt: { type: Date, required: true },
      claimToken: { type: String },
      leaseUntil: { type: Date },
      sentAt: { type: Date },
      refusals: { type: Number },
      lastError: { type: String },
    },
    { collection: 'outbox', versionKey: false },
  );
  schema.index({ status: 1, _id: 1 }, { name: 'claim' });
  schema.index({ status: 1, createdAt: 1 }, { name: 'replay' });
  schema.index({ sentAt: 1 }, { name: 'sent_ttl', expireAfterSeconds: retentionSeconds });
  return db.model<OutboxDocument>('OutboxEntry', schema, 'outbox');
}

function toDocument({ id, event, route, createdAt }: OutboxEntry): OutboxDocument {
  return { _id: id, event, route, status: 'pending', createdAt };
}

function toEntry(doc: OutboxDocument): OutboxEntry {
  return {
    id: doc._id,
    event: doc.event,
    route: doc.replayRoute ?? doc.route,
    createdAt: doc.createdAt,
  };
}

/**
 * The subgraph's transactional outbox (collection `outbox`): events are written in the same
 * transaction as the state change they announce, and relays claim them with a lease, publish
 * them and mark them sent. Sent entries stay `retentionSeconds` (for replays), then MongoDB's
 * TTL monitor deletes them.
 */
export class Outbox {
  private readonly model: Model<OutboxDocument>;

  constructor(db: Connection, options: { retentionSeconds: number }) {
    this.model = outboxModel(db, options.retentionSeconds);
  }

  /** Creates the collection and its indexes; at startup, as they cannot be created in a transaction. */
  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  /** Writes the events of a unit of work in its transaction (entry id: the event id). */
  async add(entries: readonly OutboxEntry[], session: ClientSession): Promise<void> {
    await this.model.insertMany(entries.map(toDocument), { session, lean: true });
  }

  /**
   * Queues entries outside a unit of work (tooling: another delivery of an event already
   * published, under a fresh entry id so the same event can be redelivered more than once).
   */
  async enqueue(entries: readonly OutboxEntry[]): Promise<void> {
    await this.model.insertMany(entries.map(toDocument), { lean: true });
  }

  /**
   * Claims up to `limit` pending entries, oldest first, for `leaseMs`. Each entry is taken by a
   * conditional update, so two relays never hold the same entry at once; a relay that dies
   * loses its claim when the lease expires.
   */
  async claim(options: { limit: number; leaseMs: number }): Promise<OutboxClaim> {
    const token = randomUUID();
    const now = new Date();
    const claimable: QueryFilter<OutboxDocument> = {
      status: 'pending',
      $or: [{ leaseUntil: null }, { leaseUntil: { $lte: now } }],
    };
    const candidates = await this.model
      .find(claimable, { _id: 1 })
      .sort({ _id: 1 })
      .limit(options.limit)
      .lean<Pick<OutboxDocument, '_id'>[]>();
    if (candidates.length === 0) return { token, entries: [] };
    const ids = candidates.map((doc) => doc._id);
    const leaseUntil = new Date(now.getTime() + options.leaseMs);
    const claimed = await this.model.updateMany(
      { _id: { $in: ids }, ...claimable },
      { $set: { claimToken: token, leaseUntil } },
    );
    if (claimed.modifiedCount === 0) return { token, entries: [] };
    const docs = await this.model
      .find({ _id: { $in: ids }, claimToken: token })
      .sort({ _id: 1 })
      .lean<OutboxDocument[]>();
    return { token, entries: docs.map(toEntry) };
  }

  /** Marks the entries the broker confirmed as sent, if this claim still holds them; returns how many. */
  async markSent(token: string, ids: readonly string[]): Promise<number> {
    const result = await this.model.updateMany(
      { _id: { $in: ids }, claimToken: token, status: 'pending' },
      {
        $set: { status: 'sent', sentAt: new Date() },
        $unset: { claimToken: '', leaseUntil: '', replayRoute: '' },
      },
    );
    return result.modifiedCount;
  }

  /** Hands entries this claim could not publish back to any relay at once. */
  /**
   * Gives claimed entries back, claimable again after `delayMs`. With `refused`, the broker took
   * other entries of the batch but not these: each counts a refusal, and one refused
   * `refused.maxRefusals` times is parked (kept, no longer claimed) so that it cannot hold up the
   * outbox. Returns how many were given back, and how many of those were parked.
   */
  async release(
    token: string,
    ids: readonly string[],
    options: { delayMs?: number; refused?: { error: string; maxRefusals: number } } = {},
  ): Promise<{ released: number; parked: number }> {
    const { delayMs = 0, refused } = options;
    const now = Date.now();
    const result = await this.model.updateMany(
      { _id: { $in: ids }, claimToken: token, status: 'pending' },
      {
        $unset: { claimToken: '' },
        $set: {
          leaseUntil: new Date(now + delayMs),
          ...(refused ? { lastError: refused.error.slice(0, 1_000) } : {}),
        },
        ...(refused ? { $inc: { refusals: 1 } } : {}),
      },
    );
    const parked = refused
      ? await this.model.updateMany(
          { _id: { $in: ids }, status: 'pending', refusals: { $gte: refused.maxRefusals } },
          { $set: { status: 'parked' }, $unset: { leaseUntil: '' } },
        )
      : undefined;
    return { released: result.modifiedCount, parked: parked?.modifiedCount ?? 0 };
  }

  /** Parked entries, oldest first, with the broker's last refusal. */
  async parked(limit: number): Promise<(OutboxEntry & { refusals: number; lastError: string })[]> {
    const docs = await this.model
      .find({ status: 'parked' })
      .sort({ _id: 1 })
      .limit(limit)
      .lean<OutboxDocument[]>();
    return docs.map((doc) => ({
      ...toEntry(doc),
      refusals: doc.refusals ?? 0,
      lastError: doc.lastError ?? '',
    }));
  }

  /** Makes parked entries pending again (all of them, or these ids), their refusals reset. */
  async unpark(ids?: readonly string[]): Promise<number> {
    const result = await this.model.updateMany(
      { status: 'parked', ...(ids ? { _id: { $in: ids } } : {}) },
      { $set: { status: 'pending', refusals: 0 } },
    );
    return result.modifiedCount;
  }

  async stats(): Promise<OutboxStats> {
    const [backlog, parked, oldest] = await Promise.all([
      this.model.countDocuments({ status: 'pending' }),
      this.model.countDocuments({ status: 'parked' }),
      this.model
        .findOne({ status: 'pending' }, { createdAt: 1 })
        .sort({ _id: 1 })
        .lean<Pick<OutboxDocument, 'createdAt'>>(),
    ]);
    const oldestPendingAgeSeconds = oldest
      ? Math.max(0, (Date.now() - oldest.createdAt.getTime()) / 1000)
      : 0;
    return { backlog, parked, oldestPendingAgeSeconds };
  }

  /**
   * Replay: sets the sent entries created in [since, until) back to pending, optionally of some
   * types only and to another route for this one delivery (e.g. `{ queue }`: one consumer only).
   * Consumers' inboxes still drop events they have already handled. Returns how many.
   */
  async requeueSent(options: {
    since: Date;
    until?: Date;
    types?: readonly string[];
    route?: Route;
  }): Promise<number> {
    const { since, until, types, route } = options;
    const result = await this.model.updateMany(
      {
        status: 'sent',
        createdAt: until ? { $gte: since, $lt: until } : { $gte: since },
        ...(types ? { 'event.type': { $in: types } } : {}),
      },
      {
        $set: { status: 'pending', ...(route ? { replayRoute: route } : {}) },
        $unset: { sentAt: '' },
      },
    );
    return result.modifiedCount;
  }
}
