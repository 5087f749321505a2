import { BadUserInputError } from '@dabba/subgraph-kit';
import { createStore, isCurrency, ownerReference, type NewStore } from './store';

const valid: NewStore = {
  id: 'sto_1',
  name: '  Phở   Hòa ',
  kind: 'RESTAURANT',
  currency: 'VND',
  ownerId: 'usr_1',
  createdAt: new Date('2026-03-01T00:00:00.000Z'),
};

describe('createStore', () => {
  it('normalizes the name', () => {
    expect(createStore(valid)).toEqual({ ...valid, name: 'Phở Hòa' });
  });

  it('reports every invalid field at once', () => {
    try {
      createStore({ ...valid, id: '', name: ' ', kind: 'PHARMACY', currency: 'vnd', ownerId: ' ' });
      throw new Error('expected a BadUserInputError');
    } catch (error) {
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).details).toEqual({
        fields: {
          id: 'must not be blank',
          name: 'must not be blank',
          kind: 'must be one of RESTAURANT, GROCERY',
          currency: 'must be an ISO 4217 currency code',
          ownerId: 'must not be blank',
        },
      });
    }
  });

  it('limits names to 80 characters', () => {
    expect(() => createStore({ ...valid, name: 'x'.repeat(80) })).not.toThrow();
    expect(() => createStore({ ...valid, name: 'x'.repeat(81) })).toThrow(BadUserInputError);
  });
});

describe('isCurrency', () => {
  it.each(['VND', 'INR', 'USD', 'SGD'])('accepts %s', (code) => {
    expect(isCurrency(code)).toBe(true);
  });

  it.each(['', 'usd', 'XYZ', 'DONG', 'US'])('rejects %j', (code) => {
    expect(isCurrency(code)).toBe(false);
  });
});

describe('ownerReference', () => {
  it('is a User reference keyed by the owner id', () => {
    expect(ownerReference(createStore(valid))).toEqual({ __typename: 'User', id: 'usr_1' });
  });
});
