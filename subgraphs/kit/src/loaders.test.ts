import { alignByKey, groupByKey } from './loaders';

const stores = [
  { id: 's2', ownerId: 'u1' },
  { id: 's1', ownerId: 'u2' },
  { id: 's3', ownerId: 'u1' },
];

describe('alignByKey', () => {
  it('answers in key order with null for missing keys', () => {
    expect(alignByKey(['s1', 'nope', 's2'], stores, (s) => s.id)).toEqual([
      stores[1],
      null,
      stores[0],
    ]);
  });
});

describe('groupByKey', () => {
  it('groups in key order, keeping value order, with empty groups for unknown keys', () => {
    expect(groupByKey(['u1', 'u3', 'u2'], stores, (s) => s.ownerId)).toEqual([
      [stores[0], stores[2]],
      [],
      [stores[1]],
    ]);
  });
});
