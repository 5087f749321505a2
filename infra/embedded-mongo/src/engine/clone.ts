/**
 * Deep copies of stored documents that keep bson classes intact. `structuredClone` would turn an
 * ObjectId into a plain object; a BSON round trip costs several times more than this walk.
 */
import { Binary } from 'bson';
import { MongoServerFailure } from '../errors';
import type { Document } from './types';
import { bsonTypeOf } from './order';

/** bson values the driver never mutates in place: sharing them between copies is safe. */
const IMMUTABLE_BSON = new Set([
  'ObjectId',
  'Long',
  'Int32',
  'Double',
  'Timestamp',
  'MinKey',
  'MaxKey',
  'BSONRegExp',
  'BSONSymbol',
  'Code',
  'DBRef',
]);

function cloneValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = cloneValue(value[i]);
    return copy;
  }
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof RegExp) return new RegExp(value.source, value.flags);
  if (value instanceof Uint8Array) return new Binary(Buffer.from(value));
  const tag = bsonTypeOf(value);
  if (tag !== undefined) {
    if (IMMUTABLE_BSON.has(tag)) return value;
    if (tag === 'Binary') {
      const binary = value as Binary;
      return new Binary(Buffer.from(binary.buffer), binary.sub_type);
    }
    if (tag === 'Decimal128') {
      throw new MongoServerFailure(
        'CommandNotSupported',
        'Decimal128 is not supported by @dabba/embedded-mongo: store money as integer minor units',
      );
    }
  }
  const source = value as Document;
  const copy: Document = {};
  for (const key of Object.keys(source)) copy[key] = cloneValue(source[key]);
  return copy;
}

/** A deep copy of a document held by the engine, for handing out. */
export function cloneDocument(doc: Document): Document {
  return cloneValue(doc) as Document;
}

/**
 * A deep copy of a document given to the engine, checked for what the server would refuse to
 * store: `$`-prefixed top-level fields, an array `_id`, and (ours) Decimal128 anywhere.
 */
export function admitDocument(doc: Document): Document {
  for (const key of Object.keys(doc)) {
    if (key.startsWith('$')) {
      throw new MongoServerFailure(
        'DollarPrefixedFieldName',
        `Document can't have $ prefixed field names: ${key}`,
      );
    }
  }
  if (Array.isArray(doc._id)) {
    throw new MongoServerFailure('InvalidIdField', "The '_id' value cannot be of type array");
  }
  return cloneValue(doc) as Document;
}
