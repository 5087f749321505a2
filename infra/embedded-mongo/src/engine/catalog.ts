/**
 * Catalog operations: databases, collections and their indexes. Each mutation is journaled as
 * the call itself and replayed by calling it again.
 */
import { calculateObjectSize, UUID } from 'bson';
import { MongoServerFailure } from '../errors';
import { ID_INDEX, type Collection } from './collection';
import { alreadyExists, normalizeSpec } from './index-specs';
import { keyOf } from './order';
import type { Store } from './store';
import type { CollectionInfo, DatabaseInfo, Document, IndexSpec } from './types';

function namespaceNotFound(ns: string): MongoServerFailure {
  return new MongoServerFailure('NamespaceNotFound', `ns does not exist: ${ns}`);
}

export class Catalog {
  constructor(private readonly store: Store) {}

  private record(name: string, args: unknown[]): void {
    this.store.journal?.([{ op: 'catalog', name, args }]);
  }

  private existing(db: string, name: string): Collection {
    const coll = this.store.collection(db, name);
    if (coll === undefined) throw namespaceNotFound(`${db}.${name}`);
    return coll;
  }

  listDatabases(): DatabaseInfo[] {
    return [...this.store.dbs].map(([name, collections]) => {
      let sizeOnDisk = 0;
      for (const coll of collections.values()) {
        for (const [, doc] of coll.liveDocuments()) sizeOnDisk += calculateObjectSize(doc);
      }
      return { name, sizeOnDisk, empty: collections.size === 0 };
    });
  }

  listCollections(db: string): CollectionInfo[] {
    return [...(this.store.dbs.get(db) ?? [])].map(([name, coll]) => ({
      name,
      type: 'collection',
      options: { ...coll.options },
      info: { readOnly: false, uuid: coll.uuid },
      idIndex: { v: 2, key: { _id: 1 }, name: '_id_' },
    }));
  }

  createCollection(db: string, name: string, options: Document = {}, uuid?: string): void {
    if (this.store.collection(db, name)) {
      throw new MongoServerFailure('NamespaceExists', `Collection ${db}.${name} already exists.`);
    }
    this.store.addCollection(db, name, options, uuid ? new UUID(uuid) : new UUID());
  }

  dropCollection(db: string, name: string): boolean {
    const collections = this.store.dbs.get(db);
    if (!collections?.delete(name)) return false;
    if (collections.size === 0) this.store.dbs.delete(db);
    this.record('dropCollection', [db, name]);
    return true;
  }

  dropDatabase(db: string): void {
    if (this.store.dbs.delete(db)) this.record('dropDatabase', [db]);
  }

  renameCollection(
    fromDb: string,
    from: string,
    toDb: string,
    to: string,
    dropTarget: boolean,
  ): void {
    const coll = this.existing(fromDb, from);
    if (fromDb === toDb && from === to) {
      throw new MongoServerFailure('IllegalOperation', "Can't rename a collection to itself");
    }
    if (this.store.collection(toDb, to)) {
      if (!dropTarget) throw new MongoServerFailure('NamespaceExists', 'target namespace exists');
      this.store.dbs.get(toDb)?.delete(to);
    }
    const source = this.store.dbs.get(fromDb);
    source?.delete(from);
    if (source?.size === 0) this.store.dbs.delete(fromDb);
    let target = this.store.dbs.get(toDb);
    if (target === undefined) {
      target = new Map();
      this.store.dbs.set(toDb, target);
    }
    coll.ns = `${toDb}.${to}`;
    target.set(to, coll);
    this.record('renameCollection', [fromDb, from, toDb, to, dropTarget]);
  }

  collMod(db: string, name: string, command: Document): Document {
    const coll = this.existing(db, name);
    const unsupported = Object.keys(command).filter((key) => key !== 'index');
    if (unsupported.length > 0) {
      throw new MongoServerFailure(
        'InvalidOptions',
        `collMod option not supported: ${unsupported.join(', ')}`,
      );
    }
    if (command.index === undefined) return {};
    const change = command.index as Document;
    const wanted = change.keyPattern === undefined ? undefined : keyOf(change.keyPattern);
    const index = [...coll.indexes.values()].find((candidate) =>
      wanted === undefined ? candidate.name === change.name : keyOf(candidate.spec.key) === wanted,
    );
    if (index === undefined) {
      throw new MongoServerFailure(
        'IndexNotFound',
        `cannot find index ${String(change.name ?? wanted)} for ns ${coll.ns}`,
      );
    }
    const result: Document = {};
    const spec: IndexSpec = { ...index.spec };
    if (change.expireAfterSeconds !== undefined) {
      if (spec.expireAfterSeconds === undefined) {
        throw new MongoServerFailure('InvalidOptions', 'no expireAfterSeconds field to update');
      }
      result.expireAfterSeconds_old = spec.expireAfterSeconds;
      result.expireAfterSeconds_new = change.expireAfterSeconds;
      spec.expireAfterSeconds = Number(change.expireAfterSeconds);
    }
    if (change.hidden !== undefined) {
      if (index.name === ID_INDEX) throw new MongoServerFailure('BadValue', "can't hide _id index");
      result.hidden_old = spec.hidden === true;
      result.hidden_new = change.hidden === true;
      if (change.hidden === true) spec.hidden = true;
      else delete spec.hidden;
    }
    index.spec = spec;
    this.record('collMod', [db, name, command]);
    return result;
  }

  createIndexes(
    db: string,
    name: string,
    specs: IndexSpec[],
  ): {
    createdCollectionAutomatically: boolean;
    numIndexesBefore: number;
    numIndexesAfter: number;
  } {
    const normalized = specs.map(normalizeSpec);
    const { coll, created } = this.store.ensureCollection(db, name);
    const numIndexesBefore = coll.indexes.size;
    // MongoDB builds the indexes of one command together and keeps none when one fails.
    const added: IndexSpec[] = [];
    try {
      for (const spec of normalized) {
        if (alreadyExists(spec, coll.indexes.values())) continue;
        coll.addIndex(spec);
        added.push(spec);
      }
    } catch (error) {
      for (const spec of added) coll.indexes.delete(spec.name);
      throw error;
    }
    for (const spec of added) this.record('createIndex', [db, name, spec]);
    return {
      createdCollectionAutomatically: created,
      numIndexesBefore,
      numIndexesAfter: coll.indexes.size,
    };
  }

  createIndex(db: string, name: string, spec: IndexSpec): void {
    this.createIndexes(db, name, [spec]);
  }

  listIndexes(db: string, name: string): IndexSpec[] {
    return [...this.existing(db, name).indexes.values()].map((index) => ({ ...index.spec }));
  }

  dropIndexes(db: string, name: string, names: '*' | string[]): number {
    const coll = this.existing(db, name);
    const nIndexesWas = coll.indexes.size;
    const doomed = names === '*' ? [...coll.indexes.keys()].filter((n) => n !== ID_INDEX) : names;
    for (const indexName of doomed) {
      if (indexName === ID_INDEX)
        throw new MongoServerFailure('InvalidOptions', 'cannot drop _id index');
      if (!coll.indexes.has(indexName)) {
        throw new MongoServerFailure('IndexNotFound', `index not found with name [${indexName}]`);
      }
    }
    for (const indexName of doomed) coll.indexes.delete(indexName);
    this.record('dropIndexes', [db, name, doomed]);
    return nIndexesWas;
  }

  /** Re-applies a journaled catalog call. */
  replay(name: string, args: unknown[]): void {
    const call = (this as unknown as Record<string, (...values: unknown[]) => unknown>)[name];
    if (typeof call !== 'function' || !REPLAYABLE.has(name)) {
      throw new Error(`journal holds an unknown catalog operation: ${name}`);
    }
    call.apply(this, args);
  }
}

const REPLAYABLE = new Set([
  'createCollection',
  'dropCollection',
  'dropDatabase',
  'renameCollection',
  'collMod',
  'createIndex',
  'dropIndexes',
]);
