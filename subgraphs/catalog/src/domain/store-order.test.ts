import { BadUserInputError, encodeCursor } from '@dabba/subgraph-kit';
import { parseStoreCursor, storeCursor } from './store-order';

describe('store cursors', () => {
  const store = { id: 'sto_1', createdAt: new Date('2026-03-01T10:00:00.123Z') };

  it('round-trip a listing position', () => {
    expect(parseStoreCursor(storeCursor(store))).toEqual(store);
  });

  it('are opaque to clients', () => {
    expect(storeCursor(store)).not.toContain('sto_1');
  });

  it.each([
    ['garbage', 'not base64 JSON'],
    [encodeCursor({ c: 'yesterday', i: 'sto_1' }), 'a bad timestamp'],
    [encodeCursor({ c: '2026-03-01T10:00:00.000Z', i: '' }), 'a blank id'],
    [encodeCursor({ offset: 20 }), 'another shape'],
  ])('reject %j (%s)', (cursor) => {
    expect(() => parseStoreCursor(cursor)).toThrow(BadUserInputError);
  });
});
