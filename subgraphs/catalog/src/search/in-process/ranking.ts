import { orderPriceBuckets, priceBounds, priceBuckets, topCounts } from '../facets';
import type { SearchFacets, SearchSort, SortKey } from '../port';
import { SEARCH_KINDS } from '../port';
import type { DocumentColumns } from './columns';

type Component = (slot: number) => number | string;

/**
 * A sort as the components of each slot's key, ascending (descending values are negated), the
 * id last so that every hit has exactly one position. A cursor carries the key of the page's
 * last hit (see sort-keys.ts for the same order in tuple form).
 */
export function sortComponents(
  sort: SearchSort,
  columns: DocumentColumns,
  scores: Float64Array,
  storeDistances: Float64Array,
): Component[] {
  const id: Component = (slot) => columns.documents[slot]!.id;
  switch (sort) {
    case 'RELEVANCE':
      return [(slot) => -scores[slot]!, id];
    case 'DISTANCE':
      return [(slot) => storeDistances[columns.store[slot]!]!, id];
    case 'RATING':
      return [(slot) => -columns.ratingAverage[slot]!, (slot) => -columns.ratingCount[slot]!, id];
    case 'PRICE_ASC':
      return [
        (slot) => columns.currencies.values[columns.currency[slot]!]!,
        (slot) => columns.priceAmount[slot]!,
        id,
      ];
    case 'PRICE_DESC':
      return [
        (slot) => columns.currencies.values[columns.currency[slot]!]!,
        (slot) => -columns.priceAmount[slot]!,
        id,
      ];
  }
}

function compareSlots(components: Component[], a: number, b: number): number {
  for (const component of components) {
    const x = component(a);
    const y = component(b);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function compareToKey(components: Component[], slot: number, key: SortKey): number {
  for (let index = 0; index < components.length; index += 1) {
    const x = components[index]!(slot);
    const y = key[index];
    if (y === undefined) return 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function keyOf(components: Component[], slot: number): SortKey {
  return components.map((component) => component(slot));
}

/** Deep offsets sort every match once rather than insert into a long buffer. */
const FULL_SORT_ABOVE = 500;

/**
 * The first `count` slots in key order, after the cursor key when given: a bounded insertion
 * into a small sorted buffer, near O(n) for a page, instead of sorting every match.
 */
export function firstSlots(
  slots: Iterable<number>,
  components: Component[],
  count: number,
  after?: SortKey,
): number[] {
  const compare = (a: number, b: number) => compareSlots(components, a, b);
  if (count > FULL_SORT_ABOVE) {
    const rest: number[] = [];
    for (const slot of slots) {
      if (!after || compareToKey(components, slot, after) > 0) rest.push(slot);
    }
    return rest.sort(compare).slice(0, count);
  }
  const best: number[] = [];
  for (const slot of slots) {
    if (after && compareToKey(components, slot, after) <= 0) continue;
    if (best.length === count && compare(slot, best[count - 1]!) >= 0) continue;
    let index = best.length;
    while (index > 0 && compare(slot, best[index - 1]!) < 0) index -= 1;
    best.splice(index, 0, slot);
    if (best.length > count) best.pop();
  }
  return best;
}

function counted(values: readonly string[], counts: Uint32Array) {
  const map = new Map<string, number>();
  counts.forEach((count, code) => {
    if (count > 0) map.set(values[code]!, count);
  });
  return topCounts(map);
}

/** Facet counts over every matching slot, counted by code. */
export function countFacets(columns: DocumentColumns, slots: readonly number[]): SearchFacets {
  const categories = new Uint32Array(columns.categories.values.length);
  const tags = new Uint32Array(columns.tags.values.length);
  const brands = new Uint32Array(columns.brands.values.length);
  const kinds = new Uint32Array(SEARCH_KINDS.length);
  const bounds = columns.currencies.values.map((currency) => priceBounds(currency));
  const prices = bounds.map((list) => new Uint32Array(list.length + 1));
  for (const slot of slots) {
    for (const code of columns.categoryCodes[slot]!) categories[code]! += 1;
    for (const code of columns.tagCodes[slot]!) tags[code]! += 1;
    const brand = columns.brand[slot]!;
    if (brand >= 0) brands[brand]! += 1;
    kinds[columns.kind[slot]!]! += 1;
    const currency = columns.currency[slot]!;
    const list = bounds[currency]!;
    const amount = columns.priceAmount[slot]!;
    let bucket = 0;
    while (bucket < list.length && amount >= list[bucket]!) bucket += 1;
    prices[currency]![bucket]! += 1;
  }
  return {
    categories: counted(columns.categories.values, categories),
    dietaryTags: counted(columns.tags.values, tags),
    brands: counted(columns.brands.values, brands),
    kinds: counted(SEARCH_KINDS, kinds),
    prices: orderPriceBuckets(
      columns.currencies.values.flatMap((currency, code) =>
        priceBuckets(currency).map((bucket, index) => ({
          currency,
          ...bucket,
          count: prices[code]![index]!,
        })),
      ),
    ),
  };
}
