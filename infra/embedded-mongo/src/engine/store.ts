/**
 * The engine's shared state: the catalog of databases and collections, commit and natural-order
 * counters, open transactions with their document locks, and the hook that journals every
 * committed change. Every committed write goes through `commit`, whatever its origin (a plain
 * write, a transaction, the TTL monitor, journal replay).
 */
import { UUID } from 'bson';
import { Collection } from './collection';
import { keyOf } from './order';
import type { Document } from './types';

export type JournalOp =
  | { op: 'put'; db: string; coll: string; doc: Document }
  | { op: 'del'; db: string; coll: string; id: unknown }
  | { op: 'catalog'; name: string; args: unknown[] };

export interface DocChange {
  coll: Collection;
  key: string;
  doc: Document | null;
}

/** What a transaction exposes to the store for locking and garbage collection. */
export interface OpenTransaction {
  readonly id: number;
  readonly snapshot: number;
  /** Resolves when it commits or aborts. */
  readonly settled: Promise<void>;
}

export class Store {
  readonly dbs = new Map<string, Map<string, Collection>>();
  commitSeq = 0;
  private orderSeq = 0;
  readonly open = new Set<OpenTransaction>();
  /** `${lockId}\0${id key}` → the transaction that has written that document. */
  readonly locks = new Map<string, OpenTransaction>();
  /** `${lockId}\0${index}\0${key tuple}` → the open transaction whose uncommitted write holds that unique key. */
  readonly pendingKeys = new Map<string, { txn: OpenTransaction; key: string }>();
  /** Receives every committed change; unset while replaying the journal. */
  journal: ((ops: JournalOp[]) => void) | undefined;

  collection(db: string, name: string): Collection | undefined {
    return this.dbs.get(db)?.get(name);
  }

  /** Whether `coll` is still in the catalog (not dropped, nor replaced after a drop). */
  holds(coll: Collection): boolean {
    const [db, name] = splitNs(coll.ns);
    return this.collection(db, name) === coll;
  }

  /** The collection, created (and journaled) when missing. */
  ensureCollection(db: string, name: string): { coll: Collection; created: boolean } {
    const existing = this.collection(db, name);
    if (existing) return { coll: existing, created: false };
    return { coll: this.addCollection(db, name, {}, new UUID()), created: true };
  }

  addCollection(db: string, name: string, options: Document, uuid: UUID): Collection {
    const coll = new Collection(`${db}.${name}`, options, uuid);
    let collections = this.dbs.get(db);
    if (collections === undefined) {
      collections = new Map();
      this.dbs.set(db, collections);
    }
    collections.set(name, coll);
    this.journal?.([
      { op: 'catalog', name: 'createCollection', args: [db, name, options, uuid.toHexString()] },
    ]);
    return coll;
  }

  /** The uncommitted writer of a unique key `doc` would take in `coll`, other than `self`. */
  pendingHolder(
    coll: Collection,
    key: string,
    doc: Document,
    self?: OpenTransaction,
  ): { holder: OpenTransaction; index: string; tuple: unknown[] } | undefined {
    for (const index of coll.indexes.values()) {
      if (!index.unique) continue;
      for (const tuple of index.tuplesOf(doc)) {
        const pending = this.pendingKeys.get(pendingKey(coll, index.name, tuple));
        if (pending && (pending.txn !== self || pending.key !== key)) {
          return { holder: pending.txn, index: index.name, tuple };
        }
      }
    }
    return undefined;
  }

  nextOrder(): number {
    return ++this.orderSeq;
  }

  lockKey(coll: Collection, key: string): string {
    return `${coll.lockId}\0${key}`;
  }

  /**
   * Applies changes as one commit: one sequence number, one journal record. Replacements keep
   * their natural-order position; inserts take the next one.
   */
  commit(changes: DocChange[]): void {
    const seq = ++this.commitSeq;
    const retain = this.open.size > 0;
    const ops: JournalOp[] = [];
    for (const { coll, key, doc } of changes) {
      const previous = coll.latestVersion(key);
      // A transaction that inserted and then removed a document has nothing to remove; journaling
      // it would record `del` with no _id, which BSON stores as null: replay would remove _id null.
      if (!doc && !previous?.doc) continue;
      const order = previous?.doc ? previous.order : this.nextOrder();
      coll.apply(key, doc, seq, order, retain);
      const [db, name] = splitNs(coll.ns);
      ops.push(
        doc
          ? { op: 'put', db, coll: name, doc }
          : { op: 'del', db, coll: name, id: previous?.doc?._id },
      );
    }
    this.journal?.(ops);
  }

  /** Forgets versions and change records no open snapshot needs. */
  collectVersions(): void {
    let oldest = this.commitSeq;
    for (const txn of this.open) oldest = Math.min(oldest, txn.snapshot);
    for (const collections of this.dbs.values()) {
      for (const coll of collections.values()) coll.collectVersions(oldest);
    }
  }
}

export function pendingKey(coll: Collection, index: string, tuple: unknown[]): string {
  return `${coll.lockId}\0${index}\0${keyOf(tuple)}`;
}

export function idKeyOf(id: unknown): string {
  return keyOf(id);
}

function splitNs(ns: string): [string, string] {
  const dot = ns.indexOf('.');
  return [ns.slice(0, dot), ns.slice(dot + 1)];
}
