import { Int32, Long, ObjectId } from 'bson';
import { compileFilter } from './matcher';
import type { Document } from './types';

const id = new ObjectId();
const big = Long.fromBigInt(2n ** 53n + 1n);

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
  ['Long beyond 2^53, equal', { n: big }, { n: Long.fromBigInt(2n ** 53n + 1n) }, true],
  ['Long beyond 2^53, off by one', { n: big }, { n: Long.fromBigInt(2n ** 53n) }, false],
  ['Long beyond 2^53 against a double', { n: big }, { n: 2 ** 53 }, false],
  ['$gt a double, Long just above', { n: { $gt: 2 ** 53 } }, { n: big }, true],
  ['$lte a Long, Long just above', { n: { $lte: Long.fromBigInt(2n ** 53n) } }, { n: big }, false],
  ['$gte a Long, in an array', { n: { $gte: big } }, { n: [1, big] }, true],
  ['Long against a string', { n: big }, { n: '9007199254740993' }, false],
  ['Long against null', { n: { $lt: big } }, { n: null }, false],
  ['two conditions, second fails', { _id: id, stock: { $gte: 1 } }, { _id: id, stock: 0 }, false],
  ['two conditions hold', { _id: id, stock: { $gte: 1 } }, { _id: id, stock: 4 }, true],
];

describe('compileFilter', () => {
  it.each(cases)('%s', (_name, filter, doc, expected) => {
    expect(compileFilter(filter)(doc)).toBe(expected);
  });

  it('refuses an int64 beyond 2^53 where mingo would round it', () => {
    expect(() => compileFilter({ n: { $in: [big] } })).toThrow(
      expect.objectContaining({ code: 115 }),
    );
    expect(compileFilter({ n: { $in: [Long.fromNumber(5)] } })({ n: 5 })).toBe(true);
  });
});
