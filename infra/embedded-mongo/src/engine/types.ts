/**
 * The contract between the storage engine (src/engine) and the command layer (src/commands).
 *
 * The engine owns documents, indexes, MVCC snapshots, transactions and durability. The command
 * layer owns MongoDB command semantics: update operators, projection, sort, aggregation, cursors,
 * sessions and retryable writes. Every engine method is synchronous: Node runs one command at a
 * time, so a read followed by a write inside one command handler (no await in between) is atomic.
 *
 * Documents cross this boundary as plain JS objects holding `bson` package values (ObjectId, Long,
 * Binary, ...). The engine never hands out its own stored objects: results are deep copies, and it
 * copies what it is given, so callers may mutate freely.
 */
export type Document = Record<string, unknown>;

export interface IndexSpec {
  name: string;
  key: Record<string, number | string>;
  unique?: boolean;
  sparse?: boolean;
  partialFilterExpression?: Document;
  expireAfterSeconds?: number;
  /** Any other option given to createIndexes, echoed back by listIndexes. */
  [option: string]: unknown;
}

export interface CollectionInfo {
  name: string;
  type: 'collection';
  options: Document;
  info: { readOnly: false; uuid: unknown };
  idIndex: { v: 2; key: { _id: 1 }; name: '_id_' };
}

export interface DatabaseInfo {
  name: string;
  sizeOnDisk: number;
  empty: boolean;
}

export interface ScanOptions {
  /** Stop after this many matches (e.g. findOne, limit without sort). */
  limit?: number;
  /** Index name or key pattern from the command's `hint`. */
  hint?: string | Document;
}

/** Why a scan answered as it did: used by tests and by `explain`-style diagnostics. */
export interface ScanStats {
  /** The index used, or null for a collection scan. */
  index: string | null;
  /** Documents examined (fetched and tested against the filter). */
  docsExamined: number;
}

export interface Transaction {
  readonly id: number;
  readonly state: 'active' | 'committed' | 'aborted';
  /** Epoch millis when the transaction began (the command layer enforces the lifetime limit). */
  readonly startedAt: number;
  commit(): void;
  abort(): void;
}

export interface EngineOptions {
  /** With a dbPath: journal plus periodic snapshots there. Without: memory only. */
  dbPath?: string;
  /** How often to snapshot and truncate the journal (ms). */
  snapshotIntervalMs?: number;
  /** How often the TTL monitor sweeps expired documents (ms; MongoDB uses 60 s). */
  ttlMonitorIntervalMs?: number;
}

/**
 * Thrown by a non-transactional write that touches a document an open transaction has written.
 * MongoDB makes such a write wait for the transaction; the command layer awaits `settled` and
 * runs the whole operation again.
 */
export class DocumentLockedByTransaction extends Error {
  constructor(readonly settled: Promise<void>) {
    super('document is locked by an open transaction');
    this.name = 'DocumentLockedByTransaction';
  }
}

export interface Engine {
  /** Recover from dbPath (snapshot + journal) and start the TTL monitor. */
  open(): Promise<void>;
  /** Flush, stop timers, release files. */
  close(): Promise<void>;

  listDatabases(): DatabaseInfo[];
  listCollections(db: string): CollectionInfo[];
  /** Throws NamespaceExists (48) when it exists. */
  createCollection(db: string, name: string, options?: Document): void;
  /** Returns false when there was nothing to drop. */
  dropCollection(db: string, name: string): boolean;
  dropDatabase(db: string): void;
  renameCollection(
    fromDb: string,
    from: string,
    toDb: string,
    to: string,
    dropTarget: boolean,
  ): void;
  /** Supports only `index: { name | keyPattern, expireAfterSeconds | hidden }`; any other option throws InvalidOptions. */
  collMod(db: string, name: string, command: Document): Document;

  /** Creates the collection if missing. Building a unique index over duplicates throws E11000. */
  createIndexes(
    db: string,
    collection: string,
    specs: IndexSpec[],
  ): { createdCollectionAutomatically: boolean; numIndexesBefore: number; numIndexesAfter: number };
  /** Includes the implicit `_id_` index first. Throws NamespaceNotFound for a missing collection. */
  listIndexes(db: string, collection: string): IndexSpec[];
  /** `names` is '*' for all but _id_. Throws IndexNotFound. Returns nIndexesWas. */
  dropIndexes(db: string, collection: string, names: '*' | string[]): number;

  /** Start a snapshot transaction: reads see the state committed before this call plus its own writes. */
  begin(): Transaction;

  /**
   * Documents matching `filter` (MongoDB query language), in natural (insertion) order, as the
   * given transaction sees them, or as committed now when txn is undefined. Uses an index for
   * equality, $in and range predicates on indexed fields. A missing collection yields [].
   */
  find(
    db: string,
    collection: string,
    filter: Document,
    txn?: Transaction,
    options?: ScanOptions,
  ): Document[];
  /** How `find` would answer this filter: which index it would use and how many documents it would examine. */
  explain(db: string, collection: string, filter: Document, options?: ScanOptions): ScanStats;

  /** Creates the collection if missing. `doc._id` must be set. Throws E11000 on a unique violation. */
  insert(db: string, collection: string, doc: Document, txn?: Transaction): void;
  /** Replace the document whose _id equals `id` (the command layer has applied update operators). */
  replace(db: string, collection: string, id: unknown, doc: Document, txn?: Transaction): void;
  /** Returns false when no such document. */
  remove(db: string, collection: string, id: unknown, txn?: Transaction): boolean;
}
