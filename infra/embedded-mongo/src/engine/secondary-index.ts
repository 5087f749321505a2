/**
 * One index over the latest committed documents of a collection. Entries are kept twice, sharing
 * their id sets: a Map by the canonical key of the first key field (equality in O(1)) and a
 * B+tree by that value in BSON order (ranges and TTL sweeps in O(log n + k)). Unique indexes also
 * map whole key tuples to ids to detect duplicates.
 */
import BTree from 'sorted-btree';
import { MongoServerFailure } from '../errors';
import { compileFilter, type Matcher } from './matcher';
import { compareValues, keyOf, typeRank } from './order';
import { formatDocument, keyFields, keyTuples, keyValueOf, type KeyField } from './keys';
import type { Document, IndexSpec } from './types';

export interface Bound {
  value: unknown;
  inclusive: boolean;
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
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byValue = new BTree<unknown, Set<string>>(undefined, compareValues);
  private readonly byTuple = new Map<string, Set<string>>();

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

  /** Whether queries may be answered from it without a hint (it holds an entry for every document). */
  get complete(): boolean {
    return !this.spec.sparse && !this.partial && this.spec.hidden !== true;
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
      const first = tuple[0];
      const key = keyOf(first);
      let ids = this.byKey.get(key);
      if (ids === undefined) {
        ids = new Set();
        this.byKey.set(key, ids);
        this.byValue.set(first, ids);
      }
      ids.add(id);
      if (this.unique) addTo(this.byTuple, keyOf(tuple), id);
    }
  }

  private removeTuples(id: string, tuples: unknown[][]): void {
    for (const tuple of tuples) {
      const first = tuple[0];
      const key = keyOf(first);
      const ids = this.byKey.get(key);
      if (ids !== undefined) {
        ids.delete(id);
        if (ids.size === 0) {
          this.byKey.delete(key);
          this.byValue.delete(first);
        }
      }
      if (this.unique) removeFrom(this.byTuple, keyOf(tuple), id);
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

  /** Ids whose first key field equals `value`. */
  lookup(value: unknown): ReadonlySet<string> {
    return this.byKey.get(keyOf(value)) ?? EMPTY;
  }

  /**
   * Ids whose first key field lies between the bounds and in the same type bracket as `low`
   * (the server never compares across types in a range predicate). No `high`: open end.
   */
  range(low: Bound, high: Bound | undefined): Set<string> {
    const out = new Set<string>();
    const bracket = typeRank(low.value);
    for (const [value, ids] of this.byValue.entries(low.value)) {
      if (typeRank(value) !== bracket) break;
      if (!low.inclusive && compareValues(value, low.value) === 0) continue;
      if (high) {
        const order = compareValues(value, high.value);
        if (order > 0 || (order === 0 && !high.inclusive)) break;
      }
      for (const id of ids) out.add(id);
    }
    return out;
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

const EMPTY: ReadonlySet<string> = new Set();

function sameKeys(a: unknown[][], b: unknown[][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (keyOf(a[i]) !== keyOf(b[i])) return false;
  return true;
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, new Set([id]));
  else ids.add(id);
}

function removeFrom(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === undefined) return;
  ids.delete(id);
  if (ids.size === 0) map.delete(key);
}
