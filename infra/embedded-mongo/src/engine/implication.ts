/**
 * Whether a filter implies an index's partialFilterExpression, so that every document the filter
 * matches is in the partial index. Proven per condition of the expression, from the filter's
 * conditions on the same path: the same condition; equality (or `$in`) on non-null values that
 * all satisfy it; or range bounds at least as tight as its `$gt`/`$gte`/`$lt`/`$lte`, which also
 * satisfy `$exists: true`. Anything else (`$or`, `$type`, ...) counts as not implied unless the
 * filter carries the identical condition.
 */
import { compileFilter } from './matcher';
import { compareValues, keyOf, typeRank } from './order';
import {
  conditionsOf,
  equalityPoints,
  isOperatorObject,
  rangeBounds,
  type Conditions,
} from './predicates';
import type { Bound } from './secondary-index';
import type { Document } from './types';

/** `{ a: { b: value } }` for the path `a.b`. */
function documentAt(path: string, value: unknown): Document {
  return path
    .split('.')
    .reduceRight<unknown>((inner, part) => ({ [part]: inner }), value) as Document;
}

function pointsImply(filterConditions: unknown[], path: string, required: unknown): boolean {
  const matches = compileFilter({ [path]: required });
  return filterConditions.some((condition) => {
    const points = equalityPoints(condition);
    return (
      points !== undefined &&
      points.every((point) => point !== null && matches(documentAt(path, point)))
    );
  });
}

/** Whether `bound` (from the filter) is at least as tight as `limit` (from the expression) on its side. */
function tighter(bound: Bound | undefined, limit: Bound, side: 1 | -1): boolean {
  if (bound === undefined || typeRank(bound.value) !== typeRank(limit.value)) return false;
  const order = compareValues(bound.value, limit.value) * side;
  return order > 0 || (order === 0 && (limit.inclusive || !bound.inclusive));
}

function rangesImply(filterConditions: unknown[], required: unknown): boolean {
  if (!isOperatorObject(required)) return false;
  const bounds = filterConditions.map(rangeBounds);
  return Object.entries(required).every(([op, value]) => {
    const limit = { value, inclusive: op.endsWith('e') };
    switch (op) {
      case '$exists':
        return Boolean(value) && bounds.some(({ low, high }) => low ?? high);
      case '$gt':
      case '$gte':
        return bounds.some(({ low }) => tighter(low, limit, 1));
      case '$lt':
      case '$lte':
        return bounds.some(({ high }) => tighter(high, limit, -1));
      default:
        return false;
    }
  });
}

export function implies(conditions: Conditions, partialFilterExpression: Document): boolean {
  for (const [path, requiredList] of conditionsOf(partialFilterExpression)) {
    const filterConditions = conditions.get(path) ?? [];
    const keys = new Set(filterConditions.map(keyOf));
    for (const required of requiredList) {
      if (keys.has(keyOf(required))) continue;
      if (path.startsWith('$')) return false;
      if (
        !pointsImply(filterConditions, path, required) &&
        !rangesImply(filterConditions, required)
      )
        return false;
    }
  }
  return true;
}
