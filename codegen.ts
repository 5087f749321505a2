import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types for every subgraph that has a schema.graphql. Each subgraph exports its request
 * context as `<Name>Context` from src/context.ts. Its package.json `codegen.mappers` point GraphQL
 * types at the domain types resolvers actually return, so parents are typed as what the services
 * produce.
 */
function mappers(name: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join('subgraphs', name, 'package.json'), 'utf8')) as {
    codegen?: { mappers?: Record<string, string> };
  };
  return manifest.codegen?.mappers ?? {};
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

const subgraphs = readdirSync('subgraphs', { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(join('subgraphs', entry.name, 'schema.graphql')),
  )
  .map((entry) => entry.name)
  .sort();

const config: CodegenConfig = {
  overwrite: true,
  silent: true,
  generates: Object.fromEntries(
    subgraphs.map((name) => [
      `subgraphs/${name}/src/__generated__/resolvers-types.ts`,
      {
        schema: `subgraphs/${name}/schema.graphql`,
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          contextType: `../context#${pascal(name)}Context`,
          mappers: mappers(name),
          scalars: { DateTime: 'Date' },
          enumsAsTypes: true,
          useTypeImports: true,
          useIndexSignature: true,
          mapperTypeSuffix: 'Model',
        },
      },
    ]),
  ),
};

export default config;
