import { BadUserInputError } from '@dabba/subgraph-kit';
import { createStore, organizationReference, type NewStore } from './store';

const valid: NewStore = {
  id: 'sto_1',
  name: '  Phở   Hòa ',
  kind: 'RESTAURANT',
  currency: 'VND',
  organizationId: 'org_1',
  createdAt: new Date('2026-03-01T00:00:00.000Z'),
};

describe('createStore', () => {
  it('normalizes the name', () => {
    expect(createStore(valid)).toEqual({ ...valid, name: 'Phở Hòa' });
  });

  it('reports every invalid field at once', () => {
    try {
      createStore({
        ...valid,
        id: '',
        name: ' ',
        kind: 'PHARMACY',
        currency: 'vnd',
        organizationId: ' ',
      });
      throw new Error('expected a BadUserInputError');
    } catch (error) {
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).details).toEqual({
        fields: {
          id: 'must not be blank',
          name: 'must not be blank',
          kind: 'must be one of RESTAURANT, GROCERY',
          currency: 'must be an ISO 4217 currency code',
          organizationId: 'must not be blank',
        },
      });
    }
  });

  it('limits names to 80 characters', () => {
    expect(() => createStore({ ...valid, name: 'x'.repeat(80) })).not.toThrow();
    expect(() => createStore({ ...valid, name: 'x'.repeat(81) })).toThrow(BadUserInputError);
  });
});

describe('organizationReference', () => {
  it('is an Organization reference keyed by the organisation id', () => {
    expect(organizationReference(createStore(valid))).toEqual({
      __typename: 'Organization',
      id: 'org_1',
    });
  });
});
