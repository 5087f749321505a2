/**
 * Reading a filter the way the planner needs it: conditions grouped by path, equality points
 * and range bounds. Anything not recognised here is simply not used to plan; the matcher still
 * tests every candidate against the whole filter.
 */
import { ObjectId } from 'bson';
import type { Bound } from './secondary-index';
import { bsonTypeOf, TypeRank, typeRank } from './order';
import type { Document } from './types';

/** Conditions that must all hold, by top-level key (paths, and operators such as `$or`), flattening `$and`. */
export type Conditions = Map<string, unknown[]>;

export function conditionsOf(filter: Document, out: Conditions = new Map()): Conditions {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const member of value) conditionsOf(member as Document, out);
      continue;
    }
    const list = out.get(key);
    if (list === undefined) out.set(key, [value]);
    else list.push(value);
  }
  return out;
}

export function isOperatorObject(value: unknown): value is Document {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (bsonTypeOf(value) !== undefined || value instanceof Date || value instanceof RegExp)
    return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key.startsWith('$'));
}

/** Whether an equality on `value` matches exactly the documents whose key (or an element) equals it. */
function pointUsable(value: unknown): boolean {
  if (Array.isArray(value) || value instanceof RegExp) return false;
  const tag = bsonTypeOf(value);
  return tag !== 'BSONRegExp' && tag !== 'MinKey' && tag !== 'MaxKey';
}

/** The values one of which the path must equal (a value, `$eq`, `$in`), when all are usable. */
export function equalityPoints(condition: unknown): unknown[] | undefined {
  let points: unknown[] | undefined;
  if (!isOperatorObject(condition)) points = [condition];
  else if ('$eq' in condition) points = [condition.$eq];
  else if (Array.isArray(condition.$in)) points = condition.$in as unknown[];
  return points?.every(pointUsable) ? points : undefined;
}

/** The lowest value of each type bracket a range may be planned on. */
export const BRACKET_MIN = new Map<number, unknown>([
  [TypeRank.Number, -Infinity],
  [TypeRank.String, ''],
  [TypeRank.ObjectId, new ObjectId('000000000000000000000000')],
  [TypeRank.Boolean, false],
  [TypeRank.Date, new Date(-8.64e15)],
]);

const RANGE_OPS = new Set(['$gt', '$gte', '$lt', '$lte']);

/** The first lower and upper bound of an operator object, on types a range may be planned on. */
export function rangeBounds(condition: unknown): { low?: Bound; high?: Bound } {
  const bounds: { low?: Bound; high?: Bound } = {};
  if (!isOperatorObject(condition)) return bounds;
  for (const [op, value] of Object.entries(condition)) {
    if (!RANGE_OPS.has(op) || !BRACKET_MIN.has(typeRank(value))) continue;
    const bound = { value, inclusive: op.endsWith('e') };
    if (op.startsWith('$g')) bounds.low ??= bound;
    else bounds.high ??= bound;
  }
  return bounds;
}
