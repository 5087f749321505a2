/**
 * Queries: plan candidates from indexes, read the version the caller may see, test it against
 * the filter, return matches in natural order.
 */
import type { Collection } from './collection';
import { compileFilter } from './matcher';
import { plan } from './planner';
import type { BufferedWrite, TransactionImpl } from './transaction';
import type { Document, ScanOptions, ScanStats } from './types';

export interface ScanResult {
  docs: Document[];
  stats: ScanStats;
}

/** Id keys a transaction must consider beyond the index: changed since its snapshot, or its own. */
function transactionKeys(coll: Collection, txn: TransactionImpl): Set<string> {
  const keys = new Set<string>();
  for (const [key, seq] of coll.changes) if (seq > txn.snapshot) keys.add(key);
  for (const key of txn.writes.get(coll)?.keys() ?? []) keys.add(key);
  return keys;
}

export function scan(
  coll: Collection,
  filter: Document,
  txn: TransactionImpl | undefined,
  options: ScanOptions = {},
): ScanResult {
  const matches = compileFilter(filter);
  const { index, candidates } = plan(coll, filter, options.hint);
  const limit = options.limit !== undefined && options.limit > 0 ? options.limit : Infinity;
  const stats: ScanStats = { index, docsExamined: 0 };
  const found: BufferedWrite[] = [];

  const read = txn
    ? (key: string) => txn.read(coll, key)
    : (key: string) => coll.latestVersion(key);

  if (candidates === undefined && txn === undefined) {
    // Map order is natural order for the newest versions, so a limit can stop the walk early.
    for (const [, doc] of coll.liveDocuments()) {
      stats.docsExamined++;
      if (matches(doc)) found.push({ doc, order: 0 });
      if (found.length >= limit) break;
    }
    return { docs: found.map((entry) => entry.doc as Document), stats };
  }

  const keys = new Set(candidates ?? coll.records.keys());
  if (txn) for (const key of transactionKeys(coll, txn)) keys.add(key);
  const versions: BufferedWrite[] = [];
  for (const key of keys) {
    const version = read(key);
    if (version?.doc) versions.push(version);
  }
  versions.sort((a, b) => a.order - b.order);
  for (const version of versions) {
    stats.docsExamined++;
    if (matches(version.doc as Document)) found.push(version);
    if (found.length >= limit) break;
  }
  return { docs: found.map((entry) => entry.doc as Document), stats };
}
