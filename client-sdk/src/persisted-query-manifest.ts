import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getOperationAST, print, type DocumentNode } from 'graphql';
import * as generated from './__generated__/graphql';

/**
 * The operations of this SDK, for the gateway's allow-list (PERSISTED_QUERIES=allowlist), in
 * Apollo's persisted query manifest format. Each body is the text the client sends (graphql-js
 * `print` of the generated document) and its id that text's SHA-256, so a request of the SDK
 * matches by its APQ hash or by its text. `pnpm sdk` writes it after codegen; it is checked in.
 */
export const PERSISTED_QUERY_MANIFEST_PATH = join(__dirname, '..', 'persisted-query-manifest.json');

export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: {
    id: string;
    name: string;
    type: 'query' | 'mutation' | 'subscription';
    body: string;
  }[];
}

/** A generated operation document (fragments' own documents are not sent on their own). */
function isOperationDocument(value: unknown): value is DocumentNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    value.kind === 'Document' &&
    (value as DocumentNode).definitions.some(
      (definition) => definition.kind === 'OperationDefinition',
    )
  );
}

export function buildPersistedQueryManifest(): PersistedQueryManifest {
  const operations = Object.values(generated)
    .filter(isOperationDocument)
    .map((document) => {
      const operation = getOperationAST(document);
      if (!operation?.name) throw new Error('Every SDK operation must have a name');
      const body = print(document);
      return {
        id: createHash('sha256').update(body).digest('hex'),
        name: operation.name.value,
        type: operation.operation,
        body,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

export function formatManifest(manifest: PersistedQueryManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(PERSISTED_QUERY_MANIFEST_PATH, formatManifest(buildPersistedQueryManifest()));
}
