import { Query } from 'mingo';
import type { Document } from 'bson';
import { compareValues } from '../engine/order';
import { MongoServerFailure } from '../errors';

/**
 * Every value a dotted path reaches, the way MongoDB expands paths: arrays met on the way are
 * traversed element by element (or indexed by a numeric component), and an array at the end
 * contributes its elements.
 */
export function valuesAtPath(value: unknown, path: string[], from = 0): unknown[] {
  if (from === path.length) return Array.isArray(value) ? value : [value];
  if (value === null || typeof value !== 'object') return [];
  const field = path[from] as string;
  if (Array.isArray(value)) {
    if (/^\d+$/.test(field)) return valuesAtPath(value[Number(field)], path, from + 1);
    return value.flatMap((element) =>
      element !== null && typeof element === 'object' ? valuesAtPath(element, path, from) : [],
    );
  }
  const next = (value as Document)[field];
  return next === undefined ? [] : valuesAtPath(next, path, from + 1);
}

interface SortField {
  path: string[];
  direction: 1 | -1;
}

function parseSort(sort: Document): SortField[] {
  return Object.entries(sort).map(([field, direction]) => {
    if (direction !== 1 && direction !== -1) {
      throw new MongoServerFailure(
        'BadValue',
        `$sort key ordering must be 1 (for ascending) or -1 (for descending)`,
      );
    }
    return { path: field.split('.'), direction };
  });
}

/** Ascending sorts use an array's smallest element, descending its largest; missing is null. */
function sortKey(doc: Document, { path, direction }: SortField): unknown {
  const values = valuesAtPath(doc, path);
  if (values.length === 0) return null;
  let best = values[0];
  for (let i = 1; i < values.length; i += 1) {
    if (compareValues(values[i], best) * direction < 0) best = values[i];
  }
  return best === undefined ? null : best;
}

/** A stable sort by MongoDB's cross-type value order. */
export function sortDocuments(docs: Document[], sort: Document): Document[] {
  const fields = parseSort(sort);
  if (fields.length === 0) return docs;
  const keyed = docs.map((doc) => ({ doc, keys: fields.map((field) => sortKey(doc, field)) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < fields.length; i += 1) {
      const order = compareValues(a.keys[i], b.keys[i]) * (fields[i] as SortField).direction;
      if (order !== 0) return order;
    }
    return 0;
  });
  return keyed.map((entry) => entry.doc);
}

/** A find projection (inclusion, exclusion, `$slice`, `$elemMatch`, positional `$`). */
export function projectDocuments(
  docs: Document[],
  projection: Document,
  filter: Document,
): Document[] {
  if (Object.keys(projection).length === 0) return docs;
  try {
    return new Query(filter, { scriptEnabled: false }).find<Document>(docs, projection).all();
  } catch (error) {
    throw new MongoServerFailure('BadValue', (error as Error).message);
  }
}
