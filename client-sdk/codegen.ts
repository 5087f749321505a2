import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types and typed documents for every operation in operations/, checked against the supergraph's
 * public API schema (schema.graphql, written by `pnpm compose`).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: 'operations/*.graphql',
  overwrite: true,
  // The gateway's allow-list of operations (persisted-query-manifest.json), from what was generated.
  hooks: { afterAllFileWrite: 'tsx src/persisted-query-manifest.ts' },
  generates: {
    'src/__generated__/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
