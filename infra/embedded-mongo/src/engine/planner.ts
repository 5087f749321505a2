/**
 * Chooses candidate documents for a filter from the collection's indexes. Only predicates that
 * an index answers as a superset of the matches are used: equality, `$eq`, `$in` and ranges on
 * the first field of an index, combined across top-level fields and `$and` members by
 * intersection. Every candidate is still tested against the whole filter.
 */
import { ObjectId } from 'bson';
import type { Collection } from './collection';
import { bsonTypeOf, typeRank, TypeRank } from './order';
import type { Bound, SecondaryIndex } from './secondary-index';
import type { Document } from './types';

export interface Plan {
  /** The index used, or null for a collection scan. */
  index: string | null;
  /** Candidate id keys; undefined means every document. */
  candidates: ReadonlySet<string> | undefined;
}

/** The lowest value of each type bracket a range may be planned on. */
const BRACKET_MIN = new Map<number, unknown>([
  [TypeRank.Number, -Infinity],
  [TypeRank.String, ''],
  [TypeRank.ObjectId, new ObjectId('000000000000000000000000')],
  [TypeRank.Boolean, false],
  [TypeRank.Date, new Date(-8.64e15)],
]);

const RANGE_OPS = new Set(['$gt', '$gte', '$lt', '$lte']);

function isOperatorObject(value: unknown): value is Document {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (bsonTypeOf(value) !== undefined || value instanceof Date || value instanceof RegExp)
    return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key.startsWith('$'));
}

/** Whether the index entry for `value` is exactly the set of documents equal to it. */
function equalityUsable(value: unknown, index: SecondaryIndex): boolean {
  if (Array.isArray(value) || value instanceof RegExp) return false;
  const tag = bsonTypeOf(value);
  if (tag === 'BSONRegExp' || tag === 'MinKey' || tag === 'MaxKey') return false;
  return !(value === null && index.spec.sparse);
}

function candidatesFor(condition: unknown, index: SecondaryIndex): Set<string> | undefined {
  if (!isOperatorObject(condition)) {
    return equalityUsable(condition, index) ? new Set(index.lookup(condition)) : undefined;
  }
  const sets: Set<string>[] = [];
  if ('$eq' in condition) {
    if (!equalityUsable(condition.$eq, index)) return undefined;
    sets.push(new Set(index.lookup(condition.$eq)));
  }
  if (Array.isArray(condition.$in)) {
    if (!condition.$in.every((value) => equalityUsable(value, index))) return undefined;
    const union = new Set<string>();
    for (const value of condition.$in) for (const id of index.lookup(value)) union.add(id);
    sets.push(union);
  }
  const range = rangeFor(condition, index);
  if (range) sets.push(range);
  return intersect(sets);
}

function rangeFor(condition: Document, index: SecondaryIndex): Set<string> | undefined {
  let low: Bound | undefined;
  let high: Bound | undefined;
  for (const [op, value] of Object.entries(condition)) {
    if (!RANGE_OPS.has(op) || !BRACKET_MIN.has(typeRank(value))) continue;
    const bound = { value, inclusive: op.endsWith('e') };
    if (op.startsWith('$g')) low ??= bound;
    else high ??= bound;
  }
  // On a multikey index two bounds may be met by different elements of one array.
  if (index.multikey && low) high = undefined;
  if (low && high && typeRank(low.value) !== typeRank(high.value)) return new Set();
  if (low) return index.range(low, high);
  if (high)
    return index.range({ value: BRACKET_MIN.get(typeRank(high.value)), inclusive: true }, high);
  return undefined;
}

function intersect(sets: Set<string>[]): Set<string> | undefined {
  if (sets.length <= 1) return sets[0];
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size) as [
    Set<string>,
    ...Set<string>[],
  ];
  const out = new Set<string>();
  for (const id of smallest) if (rest.every((set) => set.has(id))) out.add(id);
  return out;
}

/** Top-level `[path, condition]` pairs that all must hold, flattening `$and`. */
function conjuncts(filter: Document, out: [string, unknown][] = []): [string, unknown][] {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const member of value) conjuncts(member as Document, out);
    } else if (!key.startsWith('$')) {
      out.push([key, value]);
    }
  }
  return out;
}

export function plan(coll: Collection, filter: Document, hint?: string | Document): Plan {
  const usable = hint
    ? [coll.hinted(hint)]
    : [...coll.indexes.values()].filter((index) => index.complete);
  let best: { index: SecondaryIndex; ids: Set<string> } | undefined;
  const sets: Set<string>[] = [];
  for (const [path, condition] of conjuncts(filter)) {
    for (const index of usable) {
      if (index.firstPath !== path) continue;
      const ids = candidatesFor(condition, index);
      if (ids === undefined) continue;
      sets.push(ids);
      if (best === undefined || ids.size < best.ids.size) best = { index, ids };
    }
  }
  if (best === undefined)
    return { index: hint ? (usable[0] as SecondaryIndex).name : null, candidates: undefined };
  return { index: best.index.name, candidates: intersect(sets) };
}
