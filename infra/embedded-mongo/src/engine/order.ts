/**
 * MongoDB's BSON value order and value identity.
 *
 * `compareValues` follows the server's cross-type order (MinKey < null < numbers < string < object
 * < array < BinData < ObjectId < boolean < Date < Timestamp < RegExp < MaxKey) and compares within
 * a type as the server does. `keyOf` maps values that MongoDB considers equal (1, 1.0, Long(1);
 * two decodes of one ObjectId) to one string, for use as a Map key.
 */
import type { Binary, Long, ObjectId, Timestamp } from 'bson';

/** Type brackets in server order; values of different brackets never compare equal. */
export const TypeRank = {
  MinKey: 1,
  Null: 2,
  Number: 3,
  String: 4,
  Object: 5,
  Array: 6,
  BinData: 7,
  ObjectId: 8,
  Boolean: 9,
  Date: 10,
  Timestamp: 11,
  RegExp: 12,
  Code: 13,
  MaxKey: 127,
} as const;

const NUMERIC_BSON = new Set(['Long', 'Int32', 'Double', 'Decimal128']);

export function bsonTypeOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const tag = (value as { _bsontype?: unknown })._bsontype;
  return typeof tag === 'string' ? tag : undefined;
}

export function typeRank(value: unknown): number {
  switch (typeof value) {
    case 'undefined':
      return TypeRank.Null;
    case 'number':
    case 'bigint':
      return TypeRank.Number;
    case 'string':
      return TypeRank.String;
    case 'boolean':
      return TypeRank.Boolean;
    case 'object':
      break;
    default:
      return TypeRank.Code;
  }
  if (value === null) return TypeRank.Null;
  if (Array.isArray(value)) return TypeRank.Array;
  if (value instanceof Date) return TypeRank.Date;
  if (value instanceof RegExp) return TypeRank.RegExp;
  if (value instanceof Uint8Array) return TypeRank.BinData;
  const tag = bsonTypeOf(value);
  if (tag === undefined) return TypeRank.Object;
  if (NUMERIC_BSON.has(tag)) return TypeRank.Number;
  switch (tag) {
    case 'ObjectId':
      return TypeRank.ObjectId;
    case 'Binary':
      return TypeRank.BinData;
    case 'Timestamp':
      return TypeRank.Timestamp;
    case 'BSONRegExp':
      return TypeRank.RegExp;
    case 'BSONSymbol':
      return TypeRank.String;
    case 'MinKey':
      return TypeRank.MinKey;
    case 'MaxKey':
      return TypeRank.MaxKey;
    case 'DBRef':
      return TypeRank.Object;
    default:
      return TypeRank.Code;
  }
}

/** A numeric value as a JS number, or as a bigint when it is an integer beyond 2^53. */
export function numericValue(value: unknown): number | bigint {
  if (typeof value === 'number' || typeof value === 'bigint') return value;
  const tag = bsonTypeOf(value);
  if (tag === 'Long') {
    const long = value as Long;
    const asNumber = long.toNumber();
    return Number.isSafeInteger(asNumber) ? asNumber : long.toBigInt();
  }
  return Number((value as { valueOf(): unknown }).valueOf());
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

function compareNumbers(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'number' && typeof b === 'number') {
    // The server orders NaN below every other number and equal to itself.
    if (Number.isNaN(a) || Number.isNaN(b))
      return Number(Number.isNaN(b)) - Number(Number.isNaN(a));
    return sign(a - b);
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number') return -compareNumbers(b, a);
  const n = b as number;
  if (Number.isNaN(n)) return 1;
  if (!Number.isFinite(n)) return n > 0 ? -1 : 1;
  const floor = BigInt(Math.floor(n));
  if (a !== floor) return a < floor ? -1 : 1;
  return Number.isInteger(n) ? 0 : -1;
}

/** Code-point (hence UTF-8 byte) order, which is how the server compares strings. */
function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return sign(utf16ToCodePointOrder(x) - utf16ToCodePointOrder(y));
  }
  return sign(a.length - b.length);
}

/** UTF-16 code units order surrogates below U+E000..U+FFFF; code points order them above. */
function utf16ToCodePointOrder(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

function bytesOf(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  return (value as Binary).buffer;
}

function subtypeOf(value: unknown): number {
  return value instanceof Uint8Array ? 0 : (value as Binary).sub_type;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = (a[i] as number) - (b[i] as number);
    if (diff !== 0) return sign(diff);
  }
  return sign(a.length - b.length);
}

/** Pattern and flags of a JS RegExp or a bson BSONRegExp. */
function regexParts(value: unknown): [string, string] {
  if (value instanceof RegExp) return [value.source, value.flags];
  const re = value as { pattern: string; options: string };
  return [re.pattern, re.options];
}

function compareObjects(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  const length = Math.min(keysA.length, keysB.length);
  for (let i = 0; i < length; i++) {
    const keyA = keysA[i] as string;
    const keyB = keysB[i] as string;
    const valueA = a[keyA];
    const valueB = b[keyB];
    const byType = typeRank(valueA) - typeRank(valueB);
    if (byType !== 0) return sign(byType);
    const byName = compareStrings(keyA, keyB);
    if (byName !== 0) return byName;
    const byValue = compareValues(valueA, valueB);
    if (byValue !== 0) return byValue;
  }
  return sign(keysA.length - keysB.length);
}

/** Element by element; a proper prefix sorts first. */
export function compareArrays(a: unknown[], b: unknown[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = compareValues(a[i], b[i]);
    if (diff !== 0) return diff;
  }
  return sign(a.length - b.length);
}

/**
 * Total order over BSON values as the server defines it. Arrays compare as whole values
 * (element by element); the array-to-element rules of sort and query predicates are the caller's.
 */
export function compareValues(a: unknown, b: unknown): number {
  const rankA = typeRank(a);
  const rankB = typeRank(b);
  if (rankA !== rankB) return sign(rankA - rankB);
  switch (rankA) {
    case TypeRank.MinKey:
    case TypeRank.MaxKey:
    case TypeRank.Null:
      return 0;
    case TypeRank.Number:
      return compareNumbers(numericValue(a), numericValue(b));
    case TypeRank.String:
      return compareStrings(String(a), String(b));
    case TypeRank.Object:
      return compareObjects(a as Record<string, unknown>, b as Record<string, unknown>);
    case TypeRank.Array:
      return compareArrays(a as unknown[], b as unknown[]);
    case TypeRank.BinData: {
      const bytesA = bytesOf(a);
      const bytesB = bytesOf(b);
      if (bytesA.length !== bytesB.length) return sign(bytesA.length - bytesB.length);
      const bySubtype = subtypeOf(a) - subtypeOf(b);
      return bySubtype !== 0 ? sign(bySubtype) : compareBytes(bytesA, bytesB);
    }
    case TypeRank.ObjectId:
      return compareBytes((a as ObjectId).id, (b as ObjectId).id);
    case TypeRank.Boolean:
      return Number(a) - Number(b);
    case TypeRank.Date:
      return sign((a as Date).getTime() - (b as Date).getTime());
    case TypeRank.Timestamp: {
      const tsA = a as Timestamp;
      const tsB = b as Timestamp;
      return sign(tsA.t - tsB.t) || sign(tsA.i - tsB.i);
    }
    case TypeRank.RegExp: {
      const [sourceA, flagsA] = regexParts(a);
      const [sourceB, flagsB] = regexParts(b);
      return compareStrings(sourceA, sourceB) || compareStrings(flagsA, flagsB);
    }
    default:
      return compareStrings(String(a), String(b));
  }
}

function numberKey(value: unknown): string {
  const n = numericValue(value);
  if (typeof n === 'bigint') return n.toString();
  // -0 and 0 are one value to the server.
  return Object.is(n, -0) ? '0' : String(n);
}

/** A canonical string for `value`: equal under `compareValues` ⇔ equal keys. */
export function keyOf(value: unknown): string {
  const rank = typeRank(value);
  switch (rank) {
    case TypeRank.Null:
      return 'z';
    case TypeRank.MinKey:
      return 'm-';
    case TypeRank.MaxKey:
      return 'm+';
    case TypeRank.Number:
      return `n${numberKey(value)}`;
    case TypeRank.String:
      return JSON.stringify(String(value));
    case TypeRank.Boolean:
      return value ? 'T' : 'F';
    case TypeRank.Date:
      return `d${(value as Date).getTime()}`;
    case TypeRank.ObjectId:
      return `i${(value as ObjectId).toHexString()}`;
    case TypeRank.Array:
      return `[${(value as unknown[]).map(keyOf).join(',')}]`;
    case TypeRank.Object: {
      const entries = Object.entries(value as Record<string, unknown>);
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${keyOf(v)}`).join(',')}}`;
    }
    case TypeRank.BinData:
      return `b${subtypeOf(value)}:${Buffer.from(bytesOf(value)).toString('base64')}`;
    case TypeRank.Timestamp:
      return `t${(value as Timestamp).t}:${(value as Timestamp).i}`;
    case TypeRank.RegExp:
      return `r${JSON.stringify(regexParts(value))}`;
    default:
      return `${rank}:${JSON.stringify(String(value))}`;
  }
}
