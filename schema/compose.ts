/**
 * Composes every existing subgraph's schema.graphql into the checked-in supergraph
 * (schema/supergraph.graphql) and the public API schema the client SDK is generated from
 * (client-sdk/schema.graphql).
 *
 *   tsx schema/compose.ts           write both files
 *   tsx schema/compose.ts --check   fail when composition fails or either file is stale (CI)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH, composeSupergraph } from './composition';
import { REPO_ROOT, existingSubgraphs } from './subgraphs';

function staleFiles(expected: Record<string, string>): string[] {
  return Object.entries(expected)
    .filter(([file, content]) => !existsSync(file) || readFileSync(file, 'utf8') !== content)
    .map(([file]) => path.relative(REPO_ROOT, file));
}

/** Generated GraphQL files are checked in, so they follow the repository's formatting. */
async function formatGraphQL(sdl: string, file: string): Promise<string> {
  const options = await resolveConfig(file);
  return format(sdl, { ...options, filepath: file });
}

async function main(check: boolean): Promise<number> {
  const subgraphs = existingSubgraphs();
  const names = subgraphs.map((subgraph) => subgraph.name).join(', ');
  const outcome = composeSupergraph(subgraphs);
  if (!outcome.ok) {
    console.error(`Composition of ${subgraphs.length} subgraphs (${names}) failed:\n`);
    for (const error of outcome.errors) console.error(`  - ${error.replace(/\n/g, '\n    ')}`);
    return 1;
  }
  const expected = {
    [SUPERGRAPH_PATH]: outcome.supergraphSdl,
    [API_SCHEMA_PATH]: await formatGraphQL(outcome.apiSchemaSdl, API_SCHEMA_PATH),
  };
  if (check) {
    const stale = staleFiles(expected);
    if (stale.length > 0) {
      console.error(
        `Out of date: ${stale.join(', ')}. Run \`pnpm compose\` and commit the result.`,
      );
      return 1;
    }
    console.log(`Supergraph of ${names} composes and is up to date.`);
    return 0;
  }
  for (const [file, content] of Object.entries(expected)) writeFileSync(file, content);
  for (const hint of outcome.hints) console.log(`hint: ${hint}`);
  console.log(
    `Composed ${names} into ${path.relative(REPO_ROOT, SUPERGRAPH_PATH)} and ${path.relative(REPO_ROOT, API_SCHEMA_PATH)}.`,
  );
  return 0;
}

main(process.argv.includes('--check')).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
