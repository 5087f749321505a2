import { isOpenAt } from '../../domain/opening-hours';
import { haversineMeters } from '../geo';
import type { SearchQuery } from '../port';
import { dayNumber } from './columns';
import type { IndexState } from './state';

/** What a query keeps: a candidate slot set (null: every slot) and a test per slot. */
export interface Matcher {
  candidates: ReadonlySet<number> | null;
  accepts(slot: number): boolean;
  /** Metres from the query's origin to each store (by store code); empty without an origin. */
  storeDistances: Float64Array;
}

function union(sets: ReadonlySet<number>[]): ReadonlySet<number> {
  if (sets.length === 1) return sets[0]!;
  const all = new Set<number>();
  for (const set of sets) for (const slot of set) all.add(slot);
  return all;
}

/**
 * The smallest candidate set the indexed filters give (stores, kinds, categories: any of;
 * dietary tags: all of) and a test of every filter over the columns. What depends on the store
 * only (its distance, open now, the radius) is decided once per store, not per document.
 */
export function matcherFor(state: IndexState, query: SearchQuery): Matcher {
  const { filters, origin } = query;
  const columns = state.columns;
  const restrictions: ReadonlySet<number>[] = [];
  const storeCodes = filters.storeIds?.map((id) => columns.storeCodes.find(id));
  if (storeCodes) restrictions.push(union(storeCodes.map((code) => state.byStore.get(code))));
  const kindCodes = filters.kinds?.map((kind) => columns.kindCode(kind));
  if (kindCodes) restrictions.push(union(kindCodes.map((code) => state.byKind.get(code))));
  const categoryCodes = filters.categories?.map((category) => columns.categories.find(category));
  if (categoryCodes) {
    restrictions.push(union(categoryCodes.map((code) => state.byCategory.get(code))));
  }
  const tagCodes = (filters.dietaryTags ?? []).map((tag) => columns.tags.find(tag));
  for (const code of tagCodes) restrictions.push(state.byTag.get(code));
  const candidates = restrictions.length
    ? restrictions.reduce((smallest, set) => (set.size < smallest.size ? set : smallest))
    : null;

  const stores = columns.stores;
  const storeDistances = new Float64Array(origin ? stores.length : 0);
  const storeOk = new Uint8Array(stores.length).fill(1);
  const allowedStores = storeCodes && new Set(storeCodes);
  stores.forEach((store, code) => {
    if (allowedStores && !allowedStores.has(code)) storeOk[code] = 0;
    if (origin) {
      storeDistances[code] = haversineMeters(origin, store.location);
      if (filters.withinMeters !== undefined && storeDistances[code]! > filters.withinMeters) {
        storeOk[code] = 0;
      }
    }
    if (storeOk[code] && filters.openAt && store.hours && !isOpenAt(store.hours, filters.openAt)) {
      storeOk[code] = 0;
    }
  });

  const kinds = kindCodes && new Set(kindCodes);
  const categories = categoryCodes && new Set(categoryCodes);
  const includeUnavailable = filters.includeUnavailable === true;
  const price = filters.price;
  const currency = price ? columns.currencies.find(price.currency) : -1;
  const minPrice = price?.min ?? -Infinity;
  const maxPrice = price?.max ?? Infinity;
  const perishable = filters.perishable;
  const expiresFrom = filters.expiresBetween ? dayNumber(filters.expiresBetween.from) : 0;
  const expiresTo = filters.expiresBetween ? dayNumber(filters.expiresBetween.to) : 0;
  const { store, available, kind, priceAmount, expiresOn } = columns;

  const accepts = (slot: number): boolean => {
    if (!storeOk[store[slot]!]) return false;
    if (!includeUnavailable && !available[slot]) return false;
    if (kinds && !kinds.has(kind[slot]!)) return false;
    if (categories && !columns.categoryCodes[slot]!.some((code) => categories.has(code))) {
      return false;
    }
    for (const code of tagCodes) if (!columns.tagCodes[slot]!.includes(code)) return false;
    if (price) {
      if (columns.currency[slot] !== currency) return false;
      const amount = priceAmount[slot]!;
      if (amount < minPrice || amount > maxPrice) return false;
    }
    if (perishable !== undefined && columns.perishable[slot] !== perishable) return false;
    if (expiresFrom) {
      const day = expiresOn[slot]!;
      if (day === 0 || day < expiresFrom || day > expiresTo) return false;
    }
    return true;
  };
  return { candidates, accepts, storeDistances };
}
