/**
 * Snapshot transactions. A transaction reads the state committed when it began plus its own
 * buffered writes; its first write to a document locks that document until it ends. Conflicts
 * (another transaction's lock, a newer committed version, another transaction's uncommitted
 * unique key) fail fast with WriteConflict, which drivers retry as a TransientTransactionError.
 */
import { MongoServerFailure } from '../errors';
import type { Collection } from './collection';
import { ID_INDEX } from './collection';
import { keyOf } from './order';
import { pendingKey, type DocChange, type OpenTransaction, type Store } from './store';
import type { Document, Transaction } from './types';

export interface BufferedWrite {
  doc: Document | null;
  /** Natural-order position the transaction's own reads use until commit assigns the real one. */
  order: number;
}

function writeConflict(): MongoServerFailure {
  return new MongoServerFailure(
    'WriteConflict',
    'Write conflict during plan execution and yielding is disabled. :: Please retry your operation or multi-document transaction.',
    { errorLabels: ['TransientTransactionError'] },
  );
}

/**
 * Throws E11000 when two of a transaction's writes share a unique key. `write` checks each against
 * the indexes that existed then; a unique index built later has only seen committed documents.
 */
function checkOwnDuplicates(coll: Collection, writes: Map<string, BufferedWrite>): void {
  for (const index of coll.indexes.values()) {
    if (!index.unique || index.name === ID_INDEX) continue;
    const holders = new Map<string, string>();
    for (const [key, { doc }] of writes) {
      if (!doc) continue;
      for (const tuple of index.tuplesOf(doc)) {
        const held = keyOf(tuple);
        const holder = holders.get(held);
        if (holder !== undefined && holder !== key) throw index.duplicateKeyError(coll.ns, tuple);
        holders.set(held, key);
      }
    }
  }
}

export class TransactionImpl implements Transaction, OpenTransaction {
  state: Transaction['state'] = 'active';
  readonly startedAt = Date.now();
  readonly snapshot: number;
  readonly settled: Promise<void>;
  readonly writes = new Map<Collection, Map<string, BufferedWrite>>();
  private settle!: () => void;
  private readonly heldKeys: string[] = [];

  constructor(
    private readonly store: Store,
    readonly id: number,
  ) {
    this.snapshot = store.commitSeq;
    this.settled = new Promise((resolve) => {
      this.settle = resolve;
    });
    store.open.add(this);
  }

  ensureActive(): void {
    if (this.state !== 'active') {
      throw new MongoServerFailure(
        'NoSuchTransaction',
        `Transaction ${this.id} has been ${this.state === 'committed' ? 'committed' : 'aborted'}.`,
        { errorLabels: ['TransientTransactionError'] },
      );
    }
  }

  /** What this transaction sees for a document: its own write, else its snapshot's version. */
  read(coll: Collection, key: string): BufferedWrite | undefined {
    const own = this.writes.get(coll)?.get(key);
    if (own) return own;
    return coll.versionAt(key, this.snapshot);
  }

  /** Buffers a write after checking locks, snapshot conflicts and unique keys. */
  write(coll: Collection, key: string, doc: Document | null): void {
    this.ensureActive();
    const lockKey = this.store.lockKey(coll, key);
    const holder = this.store.locks.get(lockKey);
    if (holder && holder !== this) throw writeConflict();
    const newest = coll.latestVersion(key);
    if (newest && newest.seq > this.snapshot) throw writeConflict();
    if (doc) this.checkUnique(coll, key, doc);
    this.store.locks.set(lockKey, this);
    let writes = this.writes.get(coll);
    if (writes === undefined) {
      writes = new Map();
      this.writes.set(coll, writes);
    }
    const order = this.read(coll, key)?.order ?? this.store.nextOrder();
    this.releasePending(coll, key);
    writes.set(key, { doc, order });
    if (doc) this.holdPending(coll, key, doc);
  }

  private checkUnique(coll: Collection, key: string, doc: Document): void {
    const pending = this.store.pendingHolder(coll, key, doc, this);
    if (pending) {
      if (pending.holder !== this) throw writeConflict();
      const index = coll.indexes.get(pending.index);
      if (index) throw index.duplicateKeyError(coll.ns, pending.tuple);
    }
    const own = this.writes.get(coll);
    for (const index of coll.indexes.values()) {
      if (index.name === ID_INDEX) continue;
      const duplicate = index.duplicateOf(key, doc, (other) => own?.has(other) === true);
      if (duplicate === undefined) continue;
      const other = coll.latestVersion(duplicate.otherId);
      if (other && other.seq > this.snapshot) throw writeConflict();
      throw index.duplicateKeyError(coll.ns, duplicate.tuple);
    }
  }

  private holdPending(coll: Collection, key: string, doc: Document): void {
    for (const index of coll.indexes.values()) {
      if (!index.unique) continue;
      for (const tuple of index.tuplesOf(doc)) {
        const held = pendingKey(coll, index.name, tuple);
        this.store.pendingKeys.set(held, { txn: this, key });
        this.heldKeys.push(held);
      }
    }
  }

  private releasePending(coll: Collection, key: string): void {
    const doc = this.writes.get(coll)?.get(key)?.doc;
    if (!doc) return;
    for (const index of coll.indexes.values()) {
      if (!index.unique) continue;
      for (const tuple of index.tuplesOf(doc))
        this.store.pendingKeys.delete(pendingKey(coll, index.name, tuple));
    }
  }

  commit(): void {
    this.ensureActive();
    const changes: DocChange[] = [];
    try {
      for (const [coll, writes] of this.writes) {
        // MongoDB's drop waits for the transaction, so the writes land and are dropped with it.
        // Committing them into the detached collection would lose them now but journal them
        // under its name, and recovery would bring them back.
        if (!this.store.holds(coll)) continue;
        checkOwnDuplicates(coll, writes);
        for (const [key, { doc }] of writes) {
          if (doc) coll.checkUnique(key, doc, (other) => writes.has(other));
          changes.push({ coll, key, doc });
        }
      }
    } catch (error) {
      this.end('aborted');
      throw error;
    }
    if (changes.length > 0) this.store.commit(changes);
    this.end('committed');
  }

  abort(): void {
    this.ensureActive();
    this.end('aborted');
  }

  private end(state: 'committed' | 'aborted'): void {
    this.state = state;
    for (const [coll, writes] of this.writes) {
      for (const key of writes.keys()) this.store.locks.delete(this.store.lockKey(coll, key));
    }
    for (const held of this.heldKeys) {
      if (this.store.pendingKeys.get(held)?.txn === this) this.store.pendingKeys.delete(held);
    }
    this.store.open.delete(this);
    this.store.collectVersions();
    this.settle();
  }
}
