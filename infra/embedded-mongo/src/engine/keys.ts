/** Index keys of documents: dotted-path values, multikey expansion and the server's key format. */
import type { Document } from './types';
import { bsonTypeOf } from './order';

/**
 * Every value a dotted path reaches in `doc`, descending into arrays as the server does for
 * index keys: an array field contributes each element (an empty array contributes itself).
 * Returns [] when the path is missing.
 */
export function valuesAtPath(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  collect(doc, path.split('.'), 0, out);
  return out;
}

function collect(value: unknown, parts: string[], at: number, out: unknown[]): void {
  if (at === parts.length) {
    if (Array.isArray(value) && value.length > 0) out.push(...(value as unknown[]));
    else out.push(value);
    return;
  }
  if (Array.isArray(value)) {
    const part = parts[at] as string;
    if (/^\d+$/.test(part)) {
      collect(value[Number(part)], parts, at + 1, out);
      return;
    }
    for (const item of value) collect(item, parts, at, out);
    return;
  }
  if (typeof value !== 'object' || value === null || bsonTypeOf(value) !== undefined) return;
  const next = (value as Document)[parts[at] as string];
  if (next !== undefined) collect(next, parts, at + 1, out);
}

export interface KeyField {
  path: string;
  direction: number | string;
}

export function keyFields(key: Record<string, number | string>): KeyField[] {
  return Object.entries(key).map(([path, direction]) => ({ path, direction }));
}

/** The key tuples a document contributes to an index (several when a key field is an array). */
export function keyTuples(
  doc: Document,
  fields: KeyField[],
): { tuples: unknown[][]; present: boolean } {
  let tuples: unknown[][] = [[]];
  let present = false;
  for (const field of fields) {
    const values = valuesAtPath(doc, field.path);
    if (values.length > 0) present = true;
    const options = values.length > 0 ? values : [null];
    const next: unknown[][] = [];
    for (const tuple of tuples) for (const value of options) next.push([...tuple, value]);
    tuples = next;
  }
  return { tuples, present };
}

/** `{ field: value, ... }` for a key tuple, as E11000 replies report it in `keyValue`. */
export function keyValueOf(fields: KeyField[], tuple: unknown[]): Document {
  const out: Document = {};
  fields.forEach((field, i) => {
    out[field.path] = tuple[i] ?? null;
  });
  return out;
}

/** A value as the server prints it in error messages, e.g. `ObjectId('…')` or `"text"`. */
function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object') return String(value);
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[ ${value.map(formatValue).join(', ')} ]`;
  }
  switch (bsonTypeOf(value)) {
    case 'ObjectId':
      return `ObjectId('${(value as { toHexString(): string }).toHexString()}')`;
    case undefined:
      return formatDocument(value as Document);
    default:
      return String(value);
  }
}

export function formatDocument(doc: Document): string {
  const entries = Object.entries(doc);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([key, value]) => `${key}: ${formatValue(value)}`).join(', ')} }`;
}
