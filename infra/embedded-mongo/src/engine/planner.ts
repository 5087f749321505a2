/**
 * Chooses candidate documents for a filter from the collection's indexes. For each index it
 * builds bounds over the longest usable prefix of the key: equality (a value, `$eq`, or `$in` as
 * a set of points) on the leading fields, then at most one range on the next field. Among the
 * indexes with bounds, the one with the fewest candidates wins (ties: the index created first);
 * MongoDB races candidate plans instead. Every candidate is still tested against the whole filter.
 */
import type { Collection } from './collection';
import { implies } from './implication';
import { typeRank } from './order';
import {
  BRACKET_MIN,
  conditionsOf,
  equalityPoints,
  rangeBounds,
  type Conditions,
} from './predicates';
import type { KeyBounds, SecondaryIndex } from './secondary-index';
import type { Document } from './types';

export interface Plan {
  /** The index used, or null for a collection scan. */
  index: string | null;
  /** Candidate id keys; undefined means every document. */
  candidates: ReadonlySet<string> | undefined;
}

/** Beyond this many equality prefixes (a product of `$in` lists) the next field is not used. */
const MAX_PREFIXES = 1000;

/**
 * Points for `path` the index answers exactly. A null key stands for a missing field, except in a
 * sparse index (which leaves such documents out) and under a dotted path (where an array element
 * lacking the field matches null without contributing a null key).
 */
function pointsFor(conditions: unknown[], path: string, index: SecondaryIndex) {
  for (const condition of conditions) {
    const points = equalityPoints(condition);
    if (points === undefined) continue;
    const nullUnusable = index.spec.sparse === true || path.includes('.');
    if (!(nullUnusable && points.includes(null))) return points;
  }
  return undefined;
}

/**
 * The range on one field, or null when its bounds are of different types (nothing matches). On a
 * multikey index the two bounds may be met by different elements of one array, so only the lower
 * one is used, as MongoDB does.
 */
function rangeFor(conditions: unknown[], index: SecondaryIndex): KeyBounds['range'] | null {
  for (const condition of conditions) {
    const { low, high } = rangeBounds(condition);
    if (low && high && !index.multikey && typeRank(low.value) !== typeRank(high.value)) return null;
    if (low) return index.multikey ? { low } : { low, high };
    if (high)
      return { low: { value: BRACKET_MIN.get(typeRank(high.value)), inclusive: true }, high };
  }
  return undefined;
}

function boundsFor(index: SecondaryIndex, conditions: Conditions): KeyBounds | undefined {
  let prefixes: unknown[][] = [[]];
  let used = 0;
  for (const { path } of index.fields) {
    const onPath = conditions.get(path) ?? [];
    const points = pointsFor(onPath, path, index);
    if (points && prefixes.length * points.length <= MAX_PREFIXES) {
      prefixes = prefixes.flatMap((prefix) => points.map((point) => [...prefix, point]));
      used += 1;
      continue;
    }
    const range = rangeFor(onPath, index);
    if (range === null) return { prefixes: [] };
    if (range) return { prefixes, range };
    break;
  }
  return used > 0 ? { prefixes } : undefined;
}

/**
 * Whether the index may answer without a hint: not hidden, and holding every document the filter
 * can match. A sparse index holds them whenever there are bounds (they never admit a missing
 * field); a partial one when the filter implies its partialFilterExpression.
 */
function eligible(index: SecondaryIndex, conditions: Conditions): boolean {
  if (index.spec.hidden === true) return false;
  const partial = index.spec.partialFilterExpression;
  return partial === undefined || implies(conditions, partial);
}

export function plan(coll: Collection, filter: Document, hint?: string | Document): Plan {
  const conditions = conditionsOf(filter);
  if (hint) {
    const index = coll.hinted(hint);
    const bounds = boundsFor(index, conditions);
    return { index: index.name, candidates: bounds && index.scan(bounds) };
  }
  let best: { index: SecondaryIndex; ids: Set<string> } | undefined;
  for (const index of coll.indexes.values()) {
    const bounds = boundsFor(index, conditions);
    if (bounds === undefined || !eligible(index, conditions)) continue;
    const ids = index.scan(bounds, best ? best.ids.size - 1 : Infinity);
    if (ids) best = { index, ids };
  }
  return best
    ? { index: best.index.name, candidates: best.ids }
    : { index: null, candidates: undefined };
}
