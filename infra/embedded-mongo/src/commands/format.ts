import type { Document } from 'bson';

/** MongoDB's type names, as they appear in its error messages. */
export function bsonTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 'int' : 'double';
    case 'bigint':
      return 'long';
    default: {
      const tag = (value as { _bsontype?: string })._bsontype;
      const names: Document = {
        ObjectId: 'objectId',
        Long: 'long',
        Int32: 'int',
        Double: 'double',
        Binary: 'binData',
        Timestamp: 'timestamp',
        Decimal128: 'decimal',
      };
      return tag ? String(names[tag] ?? tag) : 'object';
    }
  }
}

/** A value in the server's shell-like notation, e.g. ObjectId('...') or "text". */
export function formatId(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  if (Array.isArray(value)) return `[ ${value.map(formatId).join(', ')} ]`;
  if (typeof value === 'object') {
    const tag = (value as { _bsontype?: string })._bsontype;
    if (tag === 'ObjectId')
      return `ObjectId('${(value as { toHexString(): string }).toHexString()}')`;
    if (tag) return String(value);
    const entries = Object.entries(value).map(([key, inner]) => `${key}: ${formatId(inner)}`);
    return `{ ${entries.join(', ')} }`;
  }
  return String(value);
}
