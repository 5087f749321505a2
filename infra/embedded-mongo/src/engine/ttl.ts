/**
 * The TTL monitor's sweep: removes documents whose TTL-indexed date (any date, for an array) is
 * older than expireAfterSeconds, through the ordinary removal path so indexes and the journal
 * follow. Documents locked by an open transaction wait for the next sweep.
 */
import type { Store } from './store';
import { DocumentLockedByTransaction } from './types';
import { removeDocument } from './writes';

const EARLIEST_DATE = new Date(-8.64e15);

export function sweepExpired(store: Store, now = Date.now()): void {
  for (const collections of store.dbs.values()) {
    for (const coll of collections.values()) {
      for (const index of coll.indexes.values()) {
        const seconds = index.spec.expireAfterSeconds;
        if (typeof seconds !== 'number' || index.fields.length !== 1) continue;
        const cutoff = new Date(now - seconds * 1000);
        const expired = index.scan({
          prefixes: [[]],
          range: {
            low: { value: EARLIEST_DATE, inclusive: true },
            high: { value: cutoff, inclusive: false },
          },
        });
        for (const key of expired ?? []) {
          const doc = coll.latest(key);
          if (!doc) continue;
          try {
            removeDocument(store, coll, doc._id, undefined);
          } catch (error) {
            if (!(error instanceof DocumentLockedByTransaction)) throw error;
          }
        }
      }
    }
  }
}
