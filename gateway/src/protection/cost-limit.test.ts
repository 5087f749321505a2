import { buildSchema, getOperationAST, parse, type DocumentNode, type GraphQLError } from 'graphql';
import { createCostLimit, operationCost } from './cost-limit';

const schema = buildSchema(`
  type Store { name: String!, tags: [String!]!, owner: User!, menus(limit: Int): [Menu!]! }
  type Menu { name: String!, items: [String!]! }
  type User { name: String!, stores(first: Int! = 20, after: String): StoreConnection! }
  type StoreConnection { edges: [StoreEdge!]!, pageInfo: PageInfo! }
  type StoreEdge { cursor: String!, node: Store! }
  type PageInfo { hasNextPage: Boolean! }
  type Query { store: Store, user: User }
  type Mutation { rename(name: String!): Store }
`);

function cost(query: string, variables: Record<string, unknown> = {}, listSize = 10): number {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document)!, variables, listSize);
}

describe('operationCost', () => {
  it('counts each field once outside lists', () => {
    expect(cost('{ store { name owner { name } } }')).toBe(4);
    expect(cost('mutation { rename(name: "Phở") { name } }')).toBe(2);
  });

  it('multiplies what is selected in a list by its limit, or the default size', () => {
    expect(cost('{ store { menus(limit: 3) { name items } } }')).toBe(1 + 1 + 3 * 2);
    expect(cost('{ store { menus { name } } }', {}, 7)).toBe(1 + 1 + 7 * 1);
    // A list of scalars costs one: its items are not fetched one by one.
    expect(cost('{ store { tags } }')).toBe(2);
  });

  it('sizes a connection’s edges by its first, from variables or its default', () => {
    const page = `edges { cursor node { name } } pageInfo { hasNextPage }`;
    // user 1, stores 1, edges 1 + first × (cursor 1 + node 2), pageInfo 2
    expect(cost(`query($n: Int!) { user { stores(first: $n) { ${page} } } }`, { n: 5 })).toBe(
      1 + 1 + (1 + 5 * 3) + 2,
    );
    expect(cost(`{ user { stores { ${page} } } }`)).toBe(1 + 1 + (1 + 20 * 3) + 2);
  });

  it('multiplies nested lists', () => {
    const query = `{ user { stores(first: 10) { edges { node { menus(limit: 10) { items } } } } } }`;
    // edges: 1 + 10 × (node 1 + menus (1 + 10 × items 1))
    expect(cost(query)).toBe(1 + 1 + (1 + 10 * (1 + (1 + 10 * 1))));
  });

  it('follows fragments and inline fragments, under the page size they are spread in', () => {
    const query = `
      { user { stores(first: 4) { ...Page } } }
      fragment Page on StoreConnection { edges { ... on StoreEdge { node { name } } } }
    `;
    expect(cost(query)).toBe(1 + 1 + (1 + 4 * 2));
  });

  it('does not count introspection', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
    expect(cost('{ store { __typename name } }')).toBe(2);
  });

  it('computes a fragment spread many times over once', () => {
    const spreads = (name: string) => Array.from({ length: 20 }, () => `...${name}`).join(' ');
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Store { owner { name } ${spreads(`F${i + 1}`)} }`,
    ).join('\n');
    const query = `{ store { ...F0 } } ${fragments} fragment F30 on Store { name }`;

    expect(cost(query)).toBeGreaterThan(1e30);
  });
});

describe('createCostLimit', () => {
  const limit = createCostLimit({ maxCost: 19, defaultListSize: 10 });
  const check =
    (query: string, variables: Record<string, unknown> = {}) =>
    () =>
      limit.assertWithinLimit({ schema, document: parse(query), variables });
  const stores = 'query($n: Int!) { user { stores(first: $n) { edges { node { name } } } } }';

  it('accepts an operation at the limit', () => {
    // 1 + 1 + (1 + 8 × 2) = 19; one more store is 21
    expect(check(stores, { n: 8 })).not.toThrow();
  });

  it('refuses one above it with QUERY_TOO_COMPLEX, naming its cost and the limit', () => {
    let thrown: GraphQLError | undefined;
    try {
      check(stores, { n: 9 })();
    } catch (error) {
      thrown = error as GraphQLError;
    }
    expect(thrown?.message).toBe(
      'Operation cost 21 exceeds the limit of 19: ask for smaller pages (first) or fewer nested lists.',
    );
    expect(thrown?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      cost: 21,
      maxCost: 19,
    });
  });

  /** The cost a refusal names, or undefined when the operation is within the limit. */
  function refusedCost(document: DocumentNode, variables: Record<string, unknown>) {
    try {
      limit.assertWithinLimit({ schema, document, variables });
      return undefined;
    } catch (error) {
      return (error as GraphQLError).extensions.cost;
    }
  }

  it('judges one document sent again by the page sizes of each request', () => {
    const document = parse(stores);

    expect([8, 9, 8, 9, 12].map((n) => refusedCost(document, { n }))).toEqual([
      undefined,
      21,
      undefined,
      21,
      27,
    ]);
  });

  it('tells a page size left out (the argument’s default) from a null one (the default list size)', () => {
    const document = parse(
      'query($n: Int) { user { stores(first: $n) { edges { node { name } } } } }',
    );

    expect([{}, { n: null }, {}].map((variables) => refusedCost(document, variables))).toEqual([
      1 + 1 + (1 + 20 * 2),
      1 + 1 + (1 + 10 * 2),
      1 + 1 + (1 + 20 * 2),
    ]);
  });

  it('sizes a list by its page size whatever its other arguments hold', () => {
    const document = parse(
      'query($n: Int!, $after: String) { user { stores(first: $n, after: $after) { edges { node { name } } } } }',
    );

    expect(refusedCost(document, { n: 9, after: 'x' })).toBe(21);
    expect(refusedCost(document, { n: 9, after: 5 })).toBe(21);
  });
});
