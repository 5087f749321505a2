/** The storage engine behind the wire protocol: see ./types for the contract. */
import { Catalog } from './catalog';
import { cloneDocument } from './clone';
import { Persistence } from './persistence';
import { scan } from './reads';
import { Store } from './store';
import { TransactionImpl } from './transaction';
import { sweepExpired } from './ttl';
import type { Document, Engine, EngineOptions, IndexSpec, ScanOptions, Transaction } from './types';
import { asTransaction, insertDocument, removeDocument, replaceDocument } from './writes';

const DEFAULT_SNAPSHOT_INTERVAL_MS = 30_000;
const DEFAULT_TTL_MONITOR_INTERVAL_MS = 60_000;

class EmbeddedEngine implements Engine {
  private readonly store = new Store();
  private readonly catalog = new Catalog(this.store);
  private readonly persistence: Persistence | undefined;
  private readonly timers: NodeJS.Timeout[] = [];
  private transactionIds = 0;

  constructor(private readonly options: EngineOptions) {
    this.persistence = options.dbPath
      ? new Persistence(options.dbPath, this.store, this.catalog)
      : undefined;
  }

  async open(): Promise<void> {
    this.persistence?.recover();
    this.every(this.options.ttlMonitorIntervalMs ?? DEFAULT_TTL_MONITOR_INTERVAL_MS, () =>
      sweepExpired(this.store),
    );
    const persistence = this.persistence;
    if (persistence) {
      this.every(this.options.snapshotIntervalMs ?? DEFAULT_SNAPSHOT_INTERVAL_MS, () =>
        persistence.snapshot(),
      );
    }
  }

  private every(ms: number, task: () => unknown): void {
    const timer = setInterval(task, ms);
    // Background upkeep must not keep a test run or a CLI alive.
    timer.unref();
    this.timers.push(timer);
  }

  async close(): Promise<void> {
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    this.persistence?.close();
  }

  listDatabases() {
    return this.catalog.listDatabases();
  }

  listCollections(db: string) {
    return this.catalog.listCollections(db);
  }

  createCollection(db: string, name: string, options?: Document): void {
    this.catalog.createCollection(db, name, options);
  }

  dropCollection(db: string, name: string): boolean {
    return this.catalog.dropCollection(db, name);
  }

  dropDatabase(db: string): void {
    this.catalog.dropDatabase(db);
  }

  renameCollection(
    fromDb: string,
    from: string,
    toDb: string,
    to: string,
    dropTarget: boolean,
  ): void {
    this.catalog.renameCollection(fromDb, from, toDb, to, dropTarget);
  }

  collMod(db: string, name: string, command: Document): Document {
    return this.catalog.collMod(db, name, command);
  }

  createIndexes(db: string, collection: string, specs: IndexSpec[]) {
    return this.catalog.createIndexes(db, collection, specs);
  }

  listIndexes(db: string, collection: string): IndexSpec[] {
    return this.catalog.listIndexes(db, collection);
  }

  dropIndexes(db: string, collection: string, names: '*' | string[]): number {
    return this.catalog.dropIndexes(db, collection, names);
  }

  begin(): Transaction {
    return new TransactionImpl(this.store, ++this.transactionIds);
  }

  find(
    db: string,
    collection: string,
    filter: Document,
    txn?: Transaction,
    options?: ScanOptions,
  ): Document[] {
    const active = asTransaction(txn);
    const coll = this.store.collection(db, collection);
    if (coll === undefined) return [];
    return scan(coll, filter, active, options).docs.map(cloneDocument);
  }

  explain(db: string, collection: string, filter: Document, options?: ScanOptions) {
    const coll = this.store.collection(db, collection);
    if (coll === undefined) return { index: null, docsExamined: 0 };
    return scan(coll, filter, undefined, options).stats;
  }

  insert(db: string, collection: string, doc: Document, txn?: Transaction): void {
    const active = asTransaction(txn);
    insertDocument(this.store, this.store.ensureCollection(db, collection).coll, doc, active);
  }

  replace(db: string, collection: string, id: unknown, doc: Document, txn?: Transaction): void {
    const active = asTransaction(txn);
    replaceDocument(this.store, this.store.ensureCollection(db, collection).coll, id, doc, active);
  }

  remove(db: string, collection: string, id: unknown, txn?: Transaction): boolean {
    const active = asTransaction(txn);
    const coll = this.store.collection(db, collection);
    return coll ? removeDocument(this.store, coll, id, active) : false;
  }
}

export function createEngine(options: EngineOptions = {}): Engine {
  return new EmbeddedEngine(options);
}
