import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SUPERGRAPH_PATH, composeSupergraph } from './composition';
import { existingSubgraphs } from './subgraphs';

const USERS_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
type User @key(fields: "id") { id: ID! displayName: String! }
type Query { user(id: ID!): User }
`;

function checkout(subgraphs: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dabba-compose-'));
  for (const [name, sdl] of Object.entries(subgraphs)) {
    mkdirSync(path.join(root, 'subgraphs', name), { recursive: true });
    writeFileSync(path.join(root, 'subgraphs', name, 'schema.graphql'), sdl);
  }
  return root;
}

describe('composeSupergraph', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('matches the checked-in supergraph', () => {
    const outcome = composeSupergraph();
    expect(outcome.ok && outcome.supergraphSdl).toBe(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  });

  it('composes only the subgraphs that exist, routed to their local ports', () => {
    const root = checkout({ users: USERS_SDL });
    roots.push(root);
    const subgraphs = existingSubgraphs(root);
    expect(subgraphs).toEqual([{ name: 'users', defaultPort: 4001 }]);

    const outcome = composeSupergraph(subgraphs, root);

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.supergraphSdl).toContain(
      'USERS @join__graph(name: "users", url: "http://localhost:4001/graphql")',
    );
    expect(outcome.apiSchemaSdl).toContain('type User {\n  id: ID!\n  displayName: String!\n}');
    expect(outcome.apiSchemaSdl).not.toContain('join__');
  });

  it('reports every composition error with its code', () => {
    const root = checkout({
      users: USERS_SDL,
      catalog: `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
type User @key(fields: "id") { id: ID! displayName: Int! }
type Query { owner: User }
`,
    });
    roots.push(root);

    const outcome = composeSupergraph(existingSubgraphs(root), root);

    expect(outcome).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(/^\[FIELD_TYPE_MISMATCH\] Type of field "User.displayName"/),
        expect.stringMatching(/^\[INVALID_FIELD_SHARING\] Non-shareable field "User.displayName"/),
      ],
    });
  });
});
