import { buildSchema, parse, validate } from 'graphql';
import { depthLimitRule } from './depth-limit';

const schema = buildSchema(`
  type Store { name: String!, owner: User! }
  type User { name: String!, stores: [Store!]! }
  type Query { store: Store }
`);

function errors(query: string, maxDepth: number): string[] {
  return validate(schema, parse(query), [depthLimitRule(maxDepth)]).map((error) => error.message);
}

describe('depthLimitRule', () => {
  it('accepts an operation at the limit and rejects one beyond it', () => {
    const threeDeep = '{ store { owner { name } } }';
    const fourDeep = '{ store { owner { stores { name } } } }';

    expect(errors(threeDeep, 3)).toEqual([]);
    expect(errors(fourDeep, 3)).toEqual([
      'Operation is nested 4 fields deep; at most 3 are allowed.',
    ]);
  });

  it('counts fields inside fragments and inline fragments', () => {
    const query = `
      { store { ...Owner } }
      fragment Owner on Store { owner { ... on User { stores { name } } } }
    `;

    expect(errors(query, 3)).toHaveLength(1);
    expect(errors(query, 4)).toEqual([]);
  });

  it('does not count introspection', () => {
    expect(errors('{ __schema { types { fields { type { ofType { name } } } } } }', 1)).toEqual([]);
  });

  it('measures a fragment spread many times over once', () => {
    const spreads = (name: string) => Array.from({ length: 20 }, () => `...${name}`).join(' ');
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Store { owner { stores { ${spreads(`F${i + 1}`)} } } }`,
    ).join('\n');
    const query = `{ store { ...F0 } } ${fragments} fragment F30 on Store { name }`;

    const started = Date.now();
    expect(errors(query, 100)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
