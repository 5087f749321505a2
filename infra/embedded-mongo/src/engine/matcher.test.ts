import { Int32, Long, ObjectId } from 'bson';
import { compileFilter } from './matcher';
import type { Document } from './types';

const id = new ObjectId();

/** Filters the fast path decides, with documents that fall back to mingo for some fields. */
const cases: [string, Document, Document, boolean][] = [
  ['equal ObjectId, another instance', { _id: id }, { _id: new ObjectId(id.toHexString()) }, true],
  ['different ObjectId', { _id: id }, { _id: new ObjectId() }, false],
  ['ObjectId against its hex string', { _id: id }, { _id: id.toHexString() }, false],
  ['equal string', { sku: 'a' }, { sku: 'a' }, true],
  ['missing field', { sku: 'a' }, {}, false],
  ['null field', { sku: 'a' }, { sku: null }, false],
  ['array holding the value', { tags: 'a' }, { tags: ['b', 'a'] }, true],
  ['array without the value', { tags: 'a' }, { tags: ['b'] }, false],
  ['number against a string', { n: 1 }, { n: '1' }, false],
  ['number against a Long', { n: 5 }, { n: Long.fromNumber(5) }, true],
  ['number against an Int32', { n: 5 }, { n: new Int32(5) }, true],
  ['-0 equals 0', { n: 0 }, { n: -0 }, true],
  ['NaN field', { n: 1 }, { n: Number.NaN }, false],
  ['boolean', { on: true }, { on: true }, true],
  ['inherited name is not a field', { constructor: 'x' }, {}, false],
  ['$gte met', { stock: { $gte: 1 } }, { stock: 1 }, true],
  ['$gte missed', { stock: { $gte: 1 } }, { stock: 0 }, false],
  ['$gt on a string field', { stock: { $gt: 1 } }, { stock: 'many' }, false],
  ['$lt on an array', { stock: { $lt: 3 } }, { stock: [9, 2] }, true],
  ['$lte on a Long', { stock: { $lte: 3 } }, { stock: Long.fromNumber(3) }, true],
  ['$eq ObjectId', { _id: { $eq: id } }, { _id: id }, true],
  ['two conditions, second fails', { _id: id, stock: { $gte: 1 } }, { _id: id, stock: 0 }, false],
  ['two conditions hold', { _id: id, stock: { $gte: 1 } }, { _id: id, stock: 4 }, true],
];

describe('compileFilter', () => {
  it.each(cases)('%s', (_name, filter, doc, expected) => {
    expect(compileFilter(filter)(doc)).toBe(expected);
  });
});
