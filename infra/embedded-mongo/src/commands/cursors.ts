import { calculateObjectSize, Long, type Document } from 'bson';
import { MongoServerFailure } from '../errors';
import {
  batchSizeArg,
  collectionArg,
  cursorOwner,
  type CommandContext,
  type CursorOwner,
} from './context';

const DEFAULT_FIRST_BATCH = 101;
/** MongoDB stops filling a batch at 16 MiB of documents. */
const MAX_BATCH_BYTES = 16 * 1024 * 1024;
const IDLE_TIMEOUT_MS = 10 * 60 * 1000;

interface OpenCursor extends CursorOwner {
  id: Long;
  ns: string;
  docs: Document[];
  position: number;
  lastUsed: number;
}

export interface OpenOptions extends CursorOwner {
  batchSize?: number;
  singleBatch?: boolean;
}

/** Cursor ids arrive as a number (promoted int64) or a Long; both map to one key. */
function cursorKey(id: unknown): string {
  if (typeof id === 'number' || typeof id === 'bigint') return String(id);
  if (Long.isLong(id)) return id.toString();
  throw new MongoServerFailure(
    'TypeMismatch',
    "BSON field 'getMore' is the wrong type, expected type 'long'",
  );
}

/**
 * Server-side cursors over materialized results. Each belongs to the session that opened it (and
 * to its transaction, dying when that ends) and dies after ten idle minutes, as in MongoDB.
 */
export class CursorRegistry {
  private readonly cursors = new Map<string, OpenCursor>();
  private nextId = Math.floor(Math.random() * 2 ** 40) + 1;
  private readonly sweeper: NodeJS.Timeout;

  constructor() {
    this.sweeper = setInterval(() => this.sweep(Date.now()), 60_000);
    this.sweeper.unref();
  }

  /** Answers a cursor-returning command: the first batch, and a cursor for the rest if any. */
  open(ns: string, docs: Document[], options: OpenOptions): Document {
    const batch = takeBatch(docs, 0, options.batchSize ?? DEFAULT_FIRST_BATCH);
    let id = Long.ZERO;
    if (!options.singleBatch && batch.length < docs.length) {
      id = Long.fromNumber(this.nextId++);
      this.cursors.set(id.toString(), {
        id,
        ns,
        docs,
        position: batch.length,
        sessionKey: options.sessionKey,
        txnNumber: options.txnNumber,
        lastUsed: Date.now(),
      });
    }
    return { cursor: { firstBatch: batch, id, ns }, ok: 1 };
  }

  getMore(ctx: CommandContext): Document {
    const key = cursorKey(ctx.command.getMore);
    const ns = `${ctx.db}.${collectionArg(ctx, 'collection')}`;
    const cursor = this.cursors.get(key);
    if (!cursor) throw new MongoServerFailure('CursorNotFound', `cursor id ${key} not found`);
    if (cursor.ns !== ns) {
      throw new MongoServerFailure(
        'Unauthorized',
        `Requested getMore on namespace '${ns}', but cursor belongs to a different namespace ${cursor.ns}`,
      );
    }
    const caller = cursorOwner(ctx);
    checkOwner(key, 'session', cursor.sessionKey, caller.sessionKey);
    checkOwner(key, 'transaction', cursor.txnNumber, caller.txnNumber);
    const batchSize = batchSizeArg(ctx);
    const batch = takeBatch(cursor.docs, cursor.position, batchSize || Infinity);
    cursor.position += batch.length;
    cursor.lastUsed = Date.now();
    const exhausted = cursor.position >= cursor.docs.length;
    if (exhausted) this.cursors.delete(key);
    return { cursor: { nextBatch: batch, id: exhausted ? Long.ZERO : cursor.id, ns }, ok: 1 };
  }

  killCursors(ctx: CommandContext): Document {
    const ns = `${ctx.db}.${collectionArg(ctx, 'killCursors')}`;
    const ids = ctx.command.cursors;
    if (!Array.isArray(ids)) {
      throw new MongoServerFailure(
        'TypeMismatch',
        "BSON field 'killCursors.cursors' is missing or not an array",
      );
    }
    const cursorsKilled: Long[] = [];
    const cursorsNotFound: Long[] = [];
    for (const id of ids) {
      const key = cursorKey(id);
      const cursor = this.cursors.get(key);
      if (cursor && cursor.ns === ns) {
        this.cursors.delete(key);
        cursorsKilled.push(cursor.id);
      } else {
        cursorsNotFound.push(Long.fromString(key));
      }
    }
    return { cursorsKilled, cursorsNotFound, cursorsAlive: [], cursorsUnknown: [], ok: 1 };
  }

  killSession(sessionKey: string): void {
    for (const [key, cursor] of this.cursors) {
      if (cursor.sessionKey === sessionKey) this.cursors.delete(key);
    }
  }

  /** Kills the cursors a transaction opened, when it commits or aborts. */
  killTransaction(sessionKey: string, txnNumber: number): void {
    for (const [key, cursor] of this.cursors) {
      if (cursor.sessionKey === sessionKey && cursor.txnNumber === txnNumber) {
        this.cursors.delete(key);
      }
    }
  }

  /** Drops cursors idle since before `now` minus the timeout. */
  sweep(now: number): void {
    for (const [key, cursor] of this.cursors) {
      if (now - cursor.lastUsed >= IDLE_TIMEOUT_MS) this.cursors.delete(key);
    }
  }

  get size(): number {
    return this.cursors.size;
  }

  close(): void {
    clearInterval(this.sweeper);
    this.cursors.clear();
  }
}

const OWNERS = {
  session: { missing: 'an lsid', codes: ['Location50736', 'Location50737', 'Location50738'] },
  transaction: {
    missing: 'a txnNumber',
    codes: ['Location50739', 'Location50740', 'Location50741'],
  },
} as const;

/**
 * A cursor opened in a session (a transaction) is read in that session (transaction) only; one
 * opened outside, outside only. A transaction's cursors die when it ends, so another transaction
 * of the session never meets them.
 */
function checkOwner(
  id: string,
  kind: keyof typeof OWNERS,
  owner: string | number | undefined,
  caller: string | number | undefined,
): void {
  if (owner === caller) return;
  const { missing, codes } = OWNERS[kind];
  const [notCreated, without, elsewhere] = codes;
  const prefix = `Cannot run getMore on cursor ${id}, which was`;
  if (owner === undefined) {
    throw new MongoServerFailure(
      notCreated,
      `${prefix} not created in a ${kind}, in ${kind} ${caller}`,
    );
  }
  if (caller === undefined) {
    throw new MongoServerFailure(
      without,
      `${prefix} created in ${kind} ${owner}, without ${missing}`,
    );
  }
  throw new MongoServerFailure(
    elsewhere,
    `${prefix} created in ${kind} ${owner}, in ${kind} ${caller}`,
  );
}

/** Up to `count` documents from `start`, stopping at 16 MiB (the first document always fits). */
function takeBatch(docs: Document[], start: number, count: number): Document[] {
  const end = Math.min(docs.length, start + count);
  if (end - start <= 1) return docs.slice(start, end);
  let bytes = 0;
  let stop = start;
  while (stop < end) {
    bytes += calculateObjectSize(docs[stop] as Document);
    if (bytes > MAX_BATCH_BYTES && stop > start) break;
    stop += 1;
  }
  return docs.slice(start, stop);
}
