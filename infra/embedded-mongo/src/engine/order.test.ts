import { Binary, Long, MaxKey, MinKey, ObjectId, Timestamp } from 'bson';
import { compareValues, keyOf } from './order';

describe('compareValues', () => {
  it('orders values across types as the server does', () => {
    const ascending = [
      new MinKey(),
      null,
      -5,
      Long.fromNumber(2),
      3.5,
      'a',
      'b',
      { a: 1 },
      [1],
      new Binary(Buffer.from('x')),
      new ObjectId('000000000000000000000001'),
      false,
      true,
      new Date(0),
      new Timestamp({ t: 1, i: 0 }),
      /re/,
      new MaxKey(),
    ];
    const shuffled = [...ascending].reverse();
    shuffled.sort(compareValues);
    expect(shuffled.map(keyOf)).toEqual(ascending.map(keyOf));
  });

  it('compares int, long and double numerically, NaN lowest', () => {
    expect(compareValues(1, Long.fromNumber(1))).toBe(0);
    expect(compareValues(Long.fromNumber(2), 1.5)).toBe(1);
    expect(compareValues(Long.fromString('9007199254740993'), 9007199254740992)).toBe(1);
    expect(
      compareValues(Long.fromString('9007199254740993'), Long.fromString('9007199254740994')),
    ).toBe(-1);
    expect(compareValues(NaN, -Infinity)).toBe(-1);
    expect(compareValues(NaN, NaN)).toBe(0);
  });

  it('treats null and undefined as one value', () => {
    expect(compareValues(null, undefined)).toBe(0);
  });

  it('compares strings by code point', () => {
    expect(compareValues('\u{1F600}', '\uFFFD')).toBe(1);
    expect(compareValues('ab', 'abc')).toBe(-1);
  });

  it('compares objects field by field, then arrays element by element', () => {
    expect(compareValues({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(-1);
    expect(compareValues({ a: 1 }, { a: 1, b: 0 })).toBe(-1);
    expect(compareValues({ a: 'x' }, { a: 1 })).toBe(1);
    expect(compareValues([1, 2], [1, 3])).toBe(-1);
    expect(compareValues([2], [1, 9])).toBe(1);
  });

  it('orders BinData by length, subtype, then bytes', () => {
    expect(compareValues(new Binary(Buffer.from('zz')), new Binary(Buffer.from('aaa')))).toBe(-1);
    expect(compareValues(new Binary(Buffer.from('a'), 4), new Binary(Buffer.from('b'), 0))).toBe(1);
  });

  it('orders ObjectIds by bytes, Dates by time and Timestamps by t then i', () => {
    expect(
      compareValues(
        new ObjectId('0000000000000000000000ff'),
        new ObjectId('000000000000000000000100'),
      ),
    ).toBe(-1);
    expect(compareValues(new Date(-1), new Date(1))).toBe(-1);
    expect(compareValues(new Timestamp({ t: 2, i: 0 }), new Timestamp({ t: 1, i: 9 }))).toBe(1);
  });
});

describe('keyOf', () => {
  it('gives equal values one key', () => {
    const hex = '65a1b2c3d4e5f60718293a4b';
    expect(keyOf(new ObjectId(hex))).toBe(keyOf(new ObjectId(hex)));
    expect(keyOf(1)).toBe(keyOf(1.0));
    expect(keyOf(1)).toBe(keyOf(Long.fromNumber(1)));
    expect(keyOf(-0)).toBe(keyOf(0));
    expect(keyOf(null)).toBe(keyOf(undefined));
    expect(keyOf({ a: [1, 'x'] })).toBe(keyOf({ a: [Long.fromNumber(1), 'x'] }));
  });

  it('gives distinct values distinct keys', () => {
    expect(keyOf('1')).not.toBe(keyOf(1));
    expect(keyOf({ a: 1, b: 2 })).not.toBe(keyOf({ b: 2, a: 1 }));
    expect(keyOf([1, 2])).not.toBe(keyOf([[1, 2]]));
    expect(keyOf(new Date(5))).not.toBe(keyOf(5));
    expect(keyOf(true)).not.toBe(keyOf('T'));
  });
});
