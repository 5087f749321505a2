import { isOpenAt } from '../../domain/opening-hours';
import { haversineMeters } from '../geo';
import type { GeoPoint, SearchDocument, SearchQuery } from '../port';
import type { IndexState } from './state';

/** What a query keeps: a candidate id set (null: every document) and a per-document test. */
export interface Matcher {
  candidates: ReadonlySet<string> | null;
  accepts(document: SearchDocument): boolean;
  /** Metres from the query's origin to the document's store, null without an origin. */
  distanceOf(document: SearchDocument): number | null;
}

function union(sets: ReadonlySet<string>[]): ReadonlySet<string> {
  if (sets.length === 1) return sets[0]!;
  const all = new Set<string>();
  for (const set of sets) for (const id of set) all.add(id);
  return all;
}

/** Memoises a per-store answer for one query: stores are few, documents many. */
function perStore<T>(compute: (document: SearchDocument) => T): (document: SearchDocument) => T {
  const memo = new Map<string, T>();
  return (document) => {
    let value = memo.get(document.storeId);
    if (value === undefined && !memo.has(document.storeId)) {
      value = compute(document);
      memo.set(document.storeId, value);
    }
    return value as T;
  };
}

/**
 * The smallest candidate set the indexed filters give (stores, kinds, categories: any of;
 * dietary tags: all of), and a test of every filter for each candidate. Answers that depend on
 * the store only (open now, distance) are computed once per store.
 */
export function matcherFor(state: IndexState, query: SearchQuery): Matcher {
  const { filters } = query;
  const restrictions: ReadonlySet<string>[] = [];
  if (filters.storeIds)
    restrictions.push(union(filters.storeIds.map((id) => state.byStore.get(id))));
  if (filters.kinds) restrictions.push(union(filters.kinds.map((kind) => state.byKind.get(kind))));
  if (filters.categories) {
    restrictions.push(union(filters.categories.map((category) => state.byCategory.get(category))));
  }
  for (const tag of filters.dietaryTags ?? []) restrictions.push(state.byTag.get(tag));
  const candidates = restrictions.length
    ? restrictions.reduce((smallest, set) => (set.size < smallest.size ? set : smallest))
    : null;

  const origin: GeoPoint | undefined = query.origin;
  const distanceOf = origin
    ? perStore((document) => haversineMeters(origin, document.storeLocation))
    : () => null;
  const openAt = filters.openAt;
  const isOpen = openAt
    ? perStore((document) => !document.storeHours || isOpenAt(document.storeHours, openAt))
    : () => true;
  const storeIds = filters.storeIds && new Set(filters.storeIds);
  const kinds = filters.kinds && new Set<string>(filters.kinds);
  const categories = filters.categories && new Set(filters.categories);
  const { price, expiresBetween, withinMeters, perishable } = filters;

  const accepts = (document: SearchDocument): boolean => {
    if (!filters.includeUnavailable && !document.available) return false;
    if (storeIds && !storeIds.has(document.storeId)) return false;
    if (kinds && !kinds.has(document.kind)) return false;
    if (categories && !document.categories.some((category) => categories.has(category))) {
      return false;
    }
    if (filters.dietaryTags?.some((tag) => !document.dietaryTags.includes(tag))) return false;
    if (price) {
      const { currency, amount } = document.price;
      if (currency !== price.currency) return false;
      if (price.min !== undefined && amount < price.min) return false;
      if (price.max !== undefined && amount > price.max) return false;
    }
    if (perishable !== undefined && document.perishable !== perishable) return false;
    if (expiresBetween) {
      const expiresOn = document.expiresOn;
      if (!expiresOn || expiresOn < expiresBetween.from || expiresOn > expiresBetween.to) {
        return false;
      }
    }
    if (withinMeters !== undefined && distanceOf(document)! > withinMeters) return false;
    return isOpen(document);
  };
  return { candidates, accepts, distanceOf };
}
