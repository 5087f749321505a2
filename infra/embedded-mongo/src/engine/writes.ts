/**
 * Document writes. Outside a transaction a write commits at once, and waits (by throwing
 * DocumentLockedByTransaction) for an open transaction that holds the document or the unique key.
 * Inside one, it is buffered by the transaction.
 */
import { MongoServerFailure } from '../errors';
import { admitDocument } from './clone';
import type { Collection } from './collection';
import { ID_INDEX } from './collection';
import { idKeyOf, type Store } from './store';
import { TransactionImpl } from './transaction';
import { DocumentLockedByTransaction, type Document, type Transaction } from './types';

export function asTransaction(txn: Transaction | undefined): TransactionImpl | undefined {
  if (txn === undefined) return undefined;
  if (!(txn instanceof TransactionImpl)) {
    throw new MongoServerFailure('NoSuchTransaction', 'Transaction was not started by this engine');
  }
  txn.ensureActive();
  return txn;
}

function duplicateId(coll: Collection, id: unknown): MongoServerFailure {
  const index = coll.indexes.get(ID_INDEX);
  if (index === undefined) throw new Error(`${coll.ns} has no _id index`);
  return index.duplicateKeyError(coll.ns, [id]);
}

function waitForLock(store: Store, coll: Collection, key: string, doc: Document | null): void {
  const holder = store.locks.get(store.lockKey(coll, key));
  if (holder) throw new DocumentLockedByTransaction(holder.settled);
  const pending = doc ? store.pendingHolder(coll, key, doc) : undefined;
  if (pending) throw new DocumentLockedByTransaction(pending.holder.settled);
}

export function insertDocument(
  store: Store,
  coll: Collection,
  doc: Document,
  txn: TransactionImpl | undefined,
): void {
  if (!('_id' in doc)) throw new MongoServerFailure('BadValue', 'insert requires an _id');
  const stored = admitDocument(doc);
  const key = idKeyOf(stored._id);
  if (txn) {
    if (txn.read(coll, key)?.doc) throw duplicateId(coll, stored._id);
    txn.write(coll, key, stored);
    return;
  }
  waitForLock(store, coll, key, stored);
  if (coll.latest(key)) throw duplicateId(coll, stored._id);
  coll.checkUnique(key, stored);
  store.commit([{ coll, key, doc: stored }]);
}

export function replaceDocument(
  store: Store,
  coll: Collection,
  id: unknown,
  doc: Document,
  txn: TransactionImpl | undefined,
): void {
  const key = idKeyOf(id);
  if ('_id' in doc && idKeyOf(doc._id) !== key) {
    throw new MongoServerFailure(
      'ImmutableField',
      "After applying the update, the (immutable) field '_id' was found to have been altered",
    );
  }
  const stored = admitDocument({ _id: id, ...doc });
  const current = txn ? txn.read(coll, key)?.doc : coll.latest(key);
  if (!current) {
    throw new MongoServerFailure('NoSuchKey', `No document with _id ${key} in ${coll.ns}`);
  }
  if (txn) {
    txn.write(coll, key, stored);
    return;
  }
  waitForLock(store, coll, key, stored);
  coll.checkUnique(key, stored);
  store.commit([{ coll, key, doc: stored }]);
}

export function removeDocument(
  store: Store,
  coll: Collection,
  id: unknown,
  txn: TransactionImpl | undefined,
): boolean {
  const key = idKeyOf(id);
  if (txn) {
    if (!txn.read(coll, key)?.doc) return false;
    txn.write(coll, key, null);
    return true;
  }
  waitForLock(store, coll, key, null);
  if (!coll.latest(key)) return false;
  store.commit([{ coll, key, doc: null }]);
  return true;
}
