import { Kind } from 'graphql';
import { DateTimeScalar } from './scalars';

describe('DateTime', () => {
  it('serializes dates as ISO-8601 UTC strings', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2026, 10, 21, 9, 30)))).toBe(
      '2026-11-21T09:30:00.000Z',
    );
  });

  it('parses UTC instants from variables and literals', () => {
    expect(DateTimeScalar.parseValue('2026-11-21T09:30:00Z')).toEqual(
      new Date(Date.UTC(2026, 10, 21, 9, 30)),
    );
    expect(
      DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '2026-11-21T09:30:00.250Z' }),
    ).toEqual(new Date(Date.UTC(2026, 10, 21, 9, 30, 0, 250)));
  });

  it.each(['2026-11-21', '2026-11-21T09:30:00+07:00', '2026-13-45T99:00:00Z', 42])(
    'rejects %j',
    (value) => {
      expect(() => DateTimeScalar.parseValue(value)).toThrow();
    },
  );

  it('rejects non-string literals and invalid dates', () => {
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow();
    expect(() => DateTimeScalar.serialize(new Date(Number.NaN))).toThrow();
  });
});
