import { z } from 'zod';
import { BadUserInputError } from './errors';
import { decodeCursor, encodeCursor, pageSize, toPage } from './pagination';

const position = z.object({ at: z.string(), id: z.string() });

describe('pageSize', () => {
  it('accepts 1..100', () => {
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
  });

  it.each([0, -1, 101, 2.5, Number.NaN])('rejects %s as BAD_USER_INPUT', (first) => {
    expect(() => pageSize(first)).toThrow(BadUserInputError);
    expect(() => pageSize(first)).toThrow('first must be between 1 and 100');
  });
});

describe('cursors', () => {
  it('round-trips a position', () => {
    const cursor = encodeCursor({ at: '2026-01-01T00:00:00.000Z', id: 'sto_1' });
    expect(cursor).toMatch(/^[\w-]+$/);
    expect(decodeCursor(cursor, position)).toEqual({ at: '2026-01-01T00:00:00.000Z', id: 'sto_1' });
  });

  it.each(['not a cursor', encodeCursor({ at: 1 }), encodeCursor('x'), ''])(
    'rejects %j as BAD_USER_INPUT',
    (cursor) => {
      expect(() => decodeCursor(cursor, position)).toThrow(BadUserInputError);
    },
  );
});

describe('toPage', () => {
  const cursorOf = (n: number) => `c${n}`;

  it('uses the extra item only to report a next page', () => {
    expect(toPage([1, 2, 3], 2, cursorOf)).toEqual({
      edges: [
        { cursor: 'c1', node: 1 },
        { cursor: 'c2', node: 2 },
      ],
      pageInfo: { hasNextPage: true, endCursor: 'c2' },
    });
  });

  it('reports the last page', () => {
    expect(toPage([1], 2, cursorOf).pageInfo).toEqual({ hasNextPage: false, endCursor: 'c1' });
    expect(toPage([], 2, cursorOf)).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });
});
