/**
 * One index over the latest committed documents of a collection. Entries are kept twice, sharing
 * their id sets: a Map by the canonical key of the whole key tuple (full-key equality and unique
 * checks in O(1)) and a B+tree of key tuples in BSON order, field by field (prefixes, ranges and
 * TTL sweeps in O(log n + k)). Descending fields are stored in ascending order too: scans return
 * sets of ids, never an order.
 */
import BTree from 'sorted-btree';
import { MongoServerFailure } from '../errors';
import { compileFilter, type Matcher } from './matcher';
import { compareArrays, compareValues, keyOf, typeRank } from './order';
import { formatDocument, keyFields, keyTuples, keyValueOf, type KeyField } from './keys';
import type { Document, IndexSpec } from './types';

export interface Bound {
  value: unknown;
  inclusive: boolean;
}

/**
 * Which entries a query may need: key tuples starting with one of `prefixes` (equality on the
 * leading fields) and, when `range` is given, whose next field lies in it. A range without
 * `high` is open-ended within the type bracket of `low`.
 */
export interface KeyBounds {
  prefixes: unknown[][];
  range?: { low: Bound; high?: Bound };
}

export interface Duplicate {
  tuple: unknown[];
  otherId: string;
}

export class SecondaryIndex {
  readonly fields: KeyField[];
  readonly firstPath: string;
  /** Whether any document ever gave a key field several values (range bounds may not be intersected). */
  multikey = false;
  private readonly partial: Matcher | undefined;
  private readonly byTuple = new Map<string, Set<string>>();
  private readonly byOrder = new BTree<unknown[], Set<string>>(undefined, compareArrays);

  constructor(public spec: IndexSpec) {
    this.fields = keyFields(spec.key);
    this.firstPath = (this.fields[0] as KeyField).path;
    this.partial = spec.partialFilterExpression
      ? compileFilter(spec.partialFilterExpression)
      : undefined;
  }

  get name(): string {
    return this.spec.name;
  }

  get unique(): boolean {
    return this.spec.unique === true;
  }

  /** Key tuples of `doc` in this index; none when sparse or partial rules exclude it. */
  tuplesOf(doc: Document): unknown[][] {
    if (this.partial && !this.partial(doc)) return [];
    const { tuples, present } = keyTuples(doc, this.fields);
    if (this.spec.sparse && !present) return [];
    return tuples;
  }

  add(id: string, doc: Document): void {
    this.addTuples(id, this.tuplesOf(doc));
  }

  /**
   * Moves `id` from the keys of `previous` to those of `doc` (null: absent). A write that leaves
   * this index's keys alone, like `$inc` on an unindexed field, leaves its entries untouched.
   */
  replace(id: string, previous: Document | null, doc: Document | null): void {
    const before = previous ? this.tuplesOf(previous) : [];
    const after = doc ? this.tuplesOf(doc) : [];
    if (sameKeys(before, after)) return;
    this.removeTuples(id, before);
    this.addTuples(id, after);
  }

  private addTuples(id: string, tuples: unknown[][]): void {
    if (tuples.length > 1) this.multikey = true;
    for (const tuple of tuples) {
      const key = keyOf(tuple);
      let ids = this.byTuple.get(key);
      if (ids === undefined) {
        ids = new Set();
        this.byTuple.set(key, ids);
        this.byOrder.set(tuple, ids);
      }
      ids.add(id);
    }
  }

  private removeTuples(id: string, tuples: unknown[][]): void {
    for (const tuple of tuples) {
      const key = keyOf(tuple);
      const ids = this.byTuple.get(key);
      if (ids === undefined) continue;
      ids.delete(id);
      if (ids.size === 0) {
        this.byTuple.delete(key);
        this.byOrder.delete(tuple);
      }
    }
  }

  /** A document other than `id` that holds one of `doc`'s keys in this unique index. */
  duplicateOf(
    id: string,
    doc: Document,
    ignore?: (otherId: string) => boolean,
  ): Duplicate | undefined {
    if (!this.unique) return undefined;
    for (const tuple of this.tuplesOf(doc)) {
      const ids = this.byTuple.get(keyOf(tuple));
      if (ids === undefined) continue;
      for (const otherId of ids) {
        if (otherId !== id && !ignore?.(otherId)) return { tuple, otherId };
      }
    }
    return undefined;
  }

  /**
   * Ids of the entries within `bounds`, or undefined as soon as there are more than `limit`
   * (the planner's cheap estimate: it stops counting once an index loses to a better one).
   */
  scan(bounds: KeyBounds, limit = Infinity): Set<string> | undefined {
    const out = new Set<string>();
    for (const prefix of bounds.prefixes) {
      if (bounds.range === undefined && prefix.length === this.fields.length) {
        for (const id of this.byTuple.get(keyOf(prefix)) ?? []) out.add(id);
      } else if (!this.collect(prefix, bounds.range, out, limit)) {
        return undefined;
      }
      if (out.size > limit) return undefined;
    }
    return out;
  }

  /** Adds the ids under `prefix` (and `range` on the next field) to `out`; false past `limit`. */
  private collect(
    prefix: unknown[],
    range: KeyBounds['range'],
    out: Set<string>,
    limit: number,
  ): boolean {
    const at = prefix.length;
    const bracket = range && typeRank(range.low.value);
    for (const [tuple, ids] of this.byOrder.entries(
      range ? [...prefix, range.low.value] : prefix,
    )) {
      if (compareArrays(tuple.slice(0, at), prefix) !== 0) break;
      if (range) {
        const value = tuple[at];
        if (typeRank(value) !== bracket) break;
        if (!range.low.inclusive && compareValues(value, range.low.value) === 0) continue;
        if (range.high) {
          const order = compareValues(value, range.high.value);
          if (order > 0 || (order === 0 && !range.high.inclusive)) break;
        }
      }
      for (const id of ids) out.add(id);
      if (out.size > limit) return false;
    }
    return true;
  }

  duplicateKeyError(ns: string, tuple: unknown[]): MongoServerFailure {
    const keyValue = keyValueOf(this.fields, tuple);
    return new MongoServerFailure(
      'DuplicateKey',
      `E11000 duplicate key error collection: ${ns} index: ${this.name} dup key: ${formatDocument(keyValue)}`,
      { extra: { keyPattern: { ...this.spec.key }, keyValue } },
    );
  }
}

function sameKeys(a: unknown[][], b: unknown[][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (keyOf(a[i]) !== keyOf(b[i])) return false;
  return true;
}
