import type { SearchDocument, SearchSort, SortKey } from './port';

/**
 * The in-process order of hits as a tuple that sorts ascending: descending values are negated, and
 * the id comes last so that every hit has exactly one position. A cursor carries the tuple of the
 * page's last hit; the next page starts strictly after it.
 */
export function sortKeyOf(
  sort: SearchSort,
  document: SearchDocument,
  score: number,
  distanceMeters: number | null,
): SortKey {
  switch (sort) {
    case 'RELEVANCE':
      return [-score, document.id];
    case 'DISTANCE':
      return [distanceMeters ?? Number.MAX_VALUE, document.id];
    case 'RATING':
      return [-document.rating.average, -document.rating.count, document.id];
    case 'PRICE_ASC':
      return [document.price.currency, document.price.amount, document.id];
    case 'PRICE_DESC':
      return [document.price.currency, -document.price.amount, document.id];
  }
}

export function compareSortKeys(a: SortKey, b: SortKey): number {
  for (let index = 0; index < a.length; index += 1) {
    const x = a[index]!;
    const y = b[index]!;
    if (x === y) continue;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Deep offsets sort everything once rather than insert into a long buffer. */
const FULL_SORT_ABOVE = 500;

/**
 * The first `count` items in key order, after `after` when given: a bounded insertion into a
 * small sorted buffer, so a page costs O(n · count) at worst and near O(n) in practice, instead
 * of sorting every match.
 */
export function firstInOrder<T extends { sortKey: SortKey }>(
  items: Iterable<T>,
  count: number,
  after?: SortKey,
): T[] {
  if (count > FULL_SORT_ABOVE) {
    const rest: T[] = [];
    for (const item of items) {
      if (!after || compareSortKeys(item.sortKey, after) > 0) rest.push(item);
    }
    return rest.sort((a, b) => compareSortKeys(a.sortKey, b.sortKey)).slice(0, count);
  }
  const best: T[] = [];
  for (const item of items) {
    if (after && compareSortKeys(item.sortKey, after) <= 0) continue;
    if (best.length === count && compareSortKeys(item.sortKey, best[count - 1]!.sortKey) >= 0) {
      continue;
    }
    let index = best.length;
    while (index > 0 && compareSortKeys(item.sortKey, best[index - 1]!.sortKey) < 0) index -= 1;
    best.splice(index, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}
