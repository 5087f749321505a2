/**
 * The fast path of query matching: filters made only of scalar equalities and numeric
 * comparisons on top-level fields (findById, a lookup by key, a conditional stock decrement) are
 * decided here without compiling a mingo query, exactly as the server decides them.
 */
import { Long, ObjectId } from 'bson';
import { bsonTypeOf, compareValues } from './order';
import type { Document } from './types';

export const WRAPPED_NUMBERS = new Set(['Long', 'Int32', 'Double']);

export function isPlainObject(value: unknown): value is Document {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const COMPARISONS = new Set(['$eq', '$gt', '$gte', '$lt', '$lte']);

type FastScalar = string | number | boolean | ObjectId | Long;

/** One top-level `field: value` or `field: { $op: number }` condition the fast path can decide. */
export interface SimpleCondition {
  field: string;
  op: string;
  value: FastScalar;
}

function isFastScalar(value: unknown): value is FastScalar {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return !Number.isNaN(value);
    default:
      return value instanceof ObjectId || Long.isLong(value);
  }
}

/**
 * The conditions of a filter made only of equalities on scalars and numeric comparisons on
 * top-level fields (`{ _id: id }`, `{ sku: 'A-1', stock: { $gte: 1 } }`); undefined otherwise.
 */
export function simpleConditions(filter: Document): SimpleCondition[] | undefined {
  const conditions: SimpleCondition[] = [];
  for (const field of Object.keys(filter)) {
    if (field.startsWith('$') || field.includes('.') || field === '__proto__') return undefined;
    const condition: unknown = filter[field];
    if (isFastScalar(condition)) {
      conditions.push({ field, op: '$eq', value: condition });
      continue;
    }
    if (!isPlainObject(condition)) return undefined;
    const ops = Object.keys(condition);
    const op = ops[0];
    const value: unknown = op === undefined ? undefined : condition[op];
    if (ops.length !== 1 || !COMPARISONS.has(op as string) || !isFastScalar(value)) {
      return undefined;
    }
    if (op !== '$eq' && typeof value !== 'number' && !Long.isLong(value)) return undefined;
    conditions.push({ field, op: op as string, value });
  }
  return conditions;
}

function holds(op: string, order: number): boolean {
  switch (op) {
    case '$gt':
      return order > 0;
    case '$gte':
      return order >= 0;
    case '$lt':
      return order < 0;
    case '$lte':
      return order <= 0;
    default:
      return order === 0;
  }
}

function isNumber(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isNaN(value);
  const tag = bsonTypeOf(value);
  return tag !== undefined && WRAPPED_NUMBERS.has(tag);
}

/**
 * A numeric condition decided exactly, int64 included (mingo sees int64 as a rounded double):
 * numbers compare by value, an array matches when one of its elements does, and a value of
 * any other type never matches a number.
 */
function decideNumeric(stored: unknown, op: string, value: number | Long): boolean {
  if (Array.isArray(stored))
    return stored.some((item) => isNumber(item) && holds(op, compareValues(item, value)));
  return isNumber(stored) && holds(op, compareValues(stored, value));
}

/**
 * How the server decides `condition` for a stored value, or undefined when the stored value
 * needs the general matcher (arrays and objects against a non-numeric condition, NaN).
 */
export function decide(stored: unknown, { op, value }: SimpleCondition): boolean | undefined {
  if (value instanceof ObjectId) {
    if (stored instanceof ObjectId) return stored.equals(value);
    return typeof stored === 'object' ? undefined : false;
  }
  if (typeof value === 'object') return decideNumeric(stored, op, value);
  if (typeof stored !== typeof value) {
    if (typeof value === 'number' && typeof stored === 'object' && stored !== null)
      return decideNumeric(stored, op, value);
    return typeof stored === 'object' ? undefined : false;
  }
  if (typeof stored === 'number' && Number.isNaN(stored)) return undefined;
  const a = stored as string | number | boolean;
  const b = value;
  switch (op) {
    case '$gt':
      return a > b;
    case '$gte':
      return a >= b;
    case '$lt':
      return a < b;
    case '$lte':
      return a <= b;
    default:
      return a === b;
  }
}
