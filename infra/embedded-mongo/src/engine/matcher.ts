/**
 * Query matching with mingo, adapted where mingo and the server disagree on bson values: mingo
 * compares numbers only as JS numbers (so Long, Int32 and Double wrappers never equal 1) and its
 * `$type` knows JS types, not BSON aliases. Wrapped numbers are unwrapped on both sides, and
 * `$type` is answered by our own operator.
 */
import { Context } from 'mingo';
import * as expressionOperators from 'mingo/operators/expression';
import * as queryOperators from 'mingo/operators/query';
import { Query } from 'mingo/query';
import type { ExpressionOperator, QueryOperator } from 'mingo/types';
import { MingoError, resolve } from 'mingo/util';
import { commandNotSupported, MongoServerFailure } from '../errors';
import type { Document } from './types';
import { bsonTypeOf, numericValue } from './order';
import { decide, isPlainObject, simpleConditions, WRAPPED_NUMBERS } from './scalar-conditions';

export type Matcher = (doc: Document) => boolean;

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** `value` with wrapped numbers replaced by JS numbers, or `value` itself when it has none. */
function unwrapNumbers(value: unknown, renameType: boolean): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const unwrapped = unwrapNumbers(item, renameType);
      if (unwrapped !== item) {
        copy ??= value.slice();
        copy[i] = unwrapped;
      }
    }
    return copy ?? value;
  }
  if (isPlainObject(value)) {
    let copy: Document | undefined;
    for (const key of Object.keys(value)) {
      const item = value[key];
      const unwrapped = unwrapNumbers(item, renameType);
      if (unwrapped !== item || (renameType && key === '$type')) {
        copy ??= { ...value };
        if (renameType && key === '$type') {
          delete copy.$type;
          copy.$bsonType = unwrapped;
        } else {
          copy[key] = unwrapped;
        }
      }
    }
    return copy ?? value;
  }
  const tag = bsonTypeOf(value);
  if (tag === undefined || !WRAPPED_NUMBERS.has(tag)) return value;
  const number = numericValue(value);
  if (renameType && typeof number === 'bigint') {
    throw commandNotSupported(
      'an int64 beyond 2^53 in this query shape (only top-level equality and range conditions compare int64 exactly)',
    );
  }
  return Number(number);
}

const TYPE_ALIASES: Record<string, string> = {
  1: 'double',
  2: 'string',
  3: 'object',
  4: 'array',
  5: 'binData',
  6: 'undefined',
  7: 'objectId',
  8: 'bool',
  9: 'date',
  10: 'null',
  11: 'regex',
  13: 'javascript',
  16: 'int',
  17: 'timestamp',
  18: 'long',
  19: 'decimal',
  '-1': 'minKey',
  127: 'maxKey',
};

/**
 * The BSON type alias of a matched value. Unwrapped numbers are classified by value: an integer
 * within int32 is `int`, a larger integer `long`, anything else `double`.
 */
function bsonAlias(value: unknown): string {
  switch (typeof value) {
    case 'number':
      if (!Number.isInteger(value)) return 'double';
      return value >= INT32_MIN && value <= INT32_MAX ? 'int' : 'long';
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'undefined':
      return 'undefined';
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  switch (bsonTypeOf(value)) {
    case undefined:
      return 'object';
    case 'ObjectId':
      return 'objectId';
    case 'Binary':
      return 'binData';
    case 'Timestamp':
      return 'timestamp';
    case 'BSONRegExp':
      return 'regex';
    case 'MinKey':
      return 'minKey';
    case 'MaxKey':
      return 'maxKey';
    case 'Code':
      return 'javascript';
    case 'DBRef':
      return 'object';
    default:
      return 'unknown';
  }
}

function typeMatches(value: unknown, wanted: unknown): boolean {
  const alias = TYPE_ALIASES[String(wanted)] ?? String(wanted);
  const actual = bsonAlias(value);
  if (alias === 'number') return actual === 'int' || actual === 'long' || actual === 'double';
  return alias === actual;
}

function $bsonType(selector: string, wanted: unknown): (doc: Document) => boolean {
  const types = Array.isArray(wanted) ? wanted : [wanted];
  return (doc) => {
    const value = resolve(doc, selector, { unwrapArray: true });
    if (value === undefined) return false;
    const candidates = Array.isArray(value) ? [value, ...(value as unknown[])] : [value];
    return candidates.some((candidate) => types.some((type) => typeMatches(candidate, type)));
  };
}

/**
 * Built once: mingo's default `Query` merges its whole operator context on every construction,
 * which costs more than the lookup it serves. mingo types each operator table as the
 * intersection of its built-in signatures, hence the casts.
 */
const context = Context.init({
  query: { ...queryOperators, $bsonType } as unknown as Record<string, QueryOperator>,
  expression: { ...expressionOperators } as unknown as Record<string, ExpressionOperator>,
});

/** Matching views of stored documents; stored versions are never mutated, so views stay valid. */
const views = new WeakMap<Document, Document>();

function matchView(doc: Document): Document {
  let view = views.get(doc);
  if (view === undefined) {
    view = unwrapNumbers(doc, false) as Document;
    views.set(doc, view);
  }
  return view;
}

/** Query operators MongoDB 7 has that need an index type or a script engine we do not have. */
const UNSUPPORTED_OPERATORS = new Set([
  '$text',
  '$near',
  '$nearSphere',
  '$geoWithin',
  '$geoIntersects',
  '$where',
]);

function rejectUnsupportedOperators(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) rejectUnsupportedOperators(item);
    return;
  }
  if (!isPlainObject(value)) return;
  for (const key of Object.keys(value)) {
    if (UNSUPPORTED_OPERATORS.has(key)) throw commandNotSupported(`query operator ${key}`);
    rejectUnsupportedOperators(value[key]);
  }
}

function compileWithMingo(filter: Document): Matcher {
  rejectUnsupportedOperators(filter);
  let query: Query;
  try {
    query = new Query(unwrapNumbers(filter, true) as Document, { context });
  } catch (error) {
    if (error instanceof MingoError) throw new MongoServerFailure('BadValue', error.message);
    throw error;
  }
  return (doc) => query.test(matchView(doc));
}

/** Compiles a MongoDB filter; a malformed filter fails as the server's BadValue. */
export function compileFilter(filter: Document): Matcher {
  if (Object.keys(filter).length === 0) return () => true;
  const conditions = simpleConditions(filter);
  if (conditions === undefined) return compileWithMingo(filter);
  // Documents the fast path cannot decide go to mingo, compiled on first need.
  let general: Matcher | undefined;
  return (doc) => {
    for (const condition of conditions) {
      const stored = Object.hasOwn(doc, condition.field) ? doc[condition.field] : undefined;
      const decided = decide(stored, condition);
      if (decided === undefined) {
        general ??= compileWithMingo(filter);
        return general(doc);
      }
      if (!decided) return false;
    }
    return true;
  };
}
