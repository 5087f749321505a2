import { encodeCursor } from '@dabba/subgraph-kit';
import { parseTimeCursor, timeCursor } from './position';

describe('time positions', () => {
  const position = { at: new Date('2026-03-01T10:00:00.000Z'), id: 'inv_2' };

  it('round-trips a position through an opaque cursor', () => {
    const cursor = timeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(parseTimeCursor(cursor)).toEqual(position);
  });

  it('refuses cursors it did not make', () => {
    for (const forged of [
      'not-a-cursor',
      encodeCursor({ t: 'yesterday', i: 'inv_2' }),
      encodeCursor({ t: position.at.toISOString(), i: '' }),
      encodeCursor({ t: position.at.toISOString(), i: 'inv_2', extra: 1 }),
      encodeCursor({ e: 'lan@example.vn' }),
    ]) {
      expect(() => parseTimeCursor(forged)).toThrow('after is not a valid cursor');
    }
  });
});
