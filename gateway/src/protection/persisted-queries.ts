import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServerPlugin, PersistedQueryOptions } from '@apollo/server';
import type { Identity } from '@dabba/subgraph-kit';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { GatewayContext } from '../context';
import { isLiveResolution } from './live-resolution';

/**
 * - `apq`: automatic persisted queries (Apollo Server's): a client may send only the SHA-256 of
 *   an operation it sent before, and any operation is accepted;
 * - `allowlist`: only the operations of the client SDK's manifest run, sent by hash or as text,
 *   for the apps (anonymous and user callers); partner API keys write their own operations and
 *   stay bound by the cost, depth and rate limits. Nothing can be registered;
 * - `off`: no persisted queries; every request carries its operation.
 */
export const PERSISTED_QUERY_MODES = ['apq', 'allowlist', 'off'] as const;
export type PersistedQueryMode = (typeof PERSISTED_QUERY_MODES)[number];

/** The client SDK's manifest (`pnpm sdk` writes it), where the repository keeps it. */
export const DEFAULT_PERSISTED_QUERY_MANIFEST = join(
  __dirname,
  '../../../client-sdk/persisted-query-manifest.json',
);

export const PERSISTED_QUERY_NOT_ALLOWED = 'PERSISTED_QUERY_NOT_ALLOWED';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const manifestSchema = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(
    z.object({
      id: z.string().regex(/^[0-9a-f]{64}$/),
      name: z.string(),
      type: z.enum(['query', 'mutation', 'subscription']),
      body: z.string(),
    }),
  ),
});

/** The allowed operations by SHA-256 of their text; fails on a manifest whose ids do not match. */
export function loadPersistedQueryManifest(path: string): Map<string, string> {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const operations = new Map<string, string>();
  for (const operation of manifest.operations) {
    if (sha256(operation.body) !== operation.id) {
      throw new Error(`${path}: the id of ${operation.name} is not the SHA-256 of its body`);
    }
    operations.set(operation.id, operation.body);
  }
  return operations;
}

/** With `http`, Apollo Server answers it with status 400. */
export function operationNotAllowedError(http = false): GraphQLError {
  return new GraphQLError(
    'This operation is not on the gateway’s allow-list: send one of the client SDK’s operations.',
    {
      extensions: { code: PERSISTED_QUERY_NOT_ALLOWED, ...(http ? { http: { status: 400 } } : {}) },
    },
  );
}

/** What a graphql-ws subscribe message (or any GraphQL request) carries. */
export interface OperationPayload {
  query?: string | null;
  extensions?: Record<string, unknown> | null;
}

export interface PersistedQueries {
  /** ApolloServer's `persistedQueries` option. */
  apolloOption: PersistedQueryOptions | false | undefined;
  plugins: ApolloServerPlugin<GatewayContext>[];
  /**
   * For a subscription at subscribe time: the text of the operation to run, its own or, in
   * allow-list mode, the manifest's for its `persistedQuery` hash. Throws
   * PERSISTED_QUERY_NOT_ALLOWED when the allow-list refuses it.
   */
  resolve(identity: Identity, payload: OperationPayload): string;
}

/** Partner integrations write their own operations; the allow-list holds the apps'. */
const allowListApplies = (identity: Identity) => identity.kind !== 'apiKey';

function persistedQueryHash(payload: OperationPayload): string | undefined {
  const parsed = z
    .object({ persistedQuery: z.object({ sha256Hash: z.string() }) })
    .safeParse(payload.extensions ?? {});
  return parsed.success ? parsed.data.persistedQuery.sha256Hash : undefined;
}

function unsupportedWithoutQuery(): GraphQLError {
  return new GraphQLError('Send the operation’s text: this gateway has no operation by its hash.', {
    extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' },
  });
}

export function createPersistedQueries(
  mode: PersistedQueryMode,
  manifestPath: string = DEFAULT_PERSISTED_QUERY_MANIFEST,
): PersistedQueries {
  if (mode !== 'allowlist') {
    return {
      // Apollo Server's default is APQ in its own bounded in-memory cache.
      apolloOption: mode === 'off' ? false : undefined,
      plugins: [],
      resolve(_identity, payload) {
        if (!payload.query) throw unsupportedWithoutQuery();
        return payload.query;
      },
    };
  }

  const operations = loadPersistedQueryManifest(manifestPath);
  return {
    apolloOption: {
      // Requests by hash read the manifest; clients cannot register operations.
      cache: {
        // Apollo Server prefixes the hash (`apq:`): the hash is the key's end.
        get: async (key) => operations.get(key.slice(-64)),
        set: async () => undefined,
        delete: async () => false,
      },
    },
    plugins: [
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ queryHash, contextValue }) {
              if (isLiveResolution(contextValue) || !allowListApplies(contextValue.identity)) {
                return;
              }
              if (!operations.has(queryHash)) throw operationNotAllowedError(true);
            },
          };
        },
      },
    ],
    resolve(identity, payload) {
      const hash = persistedQueryHash(payload);
      const query = payload.query ?? (hash ? operations.get(hash) : undefined);
      if (!allowListApplies(identity)) {
        if (!query) throw unsupportedWithoutQuery();
        return query;
      }
      if (!query || !operations.has(sha256(query))) throw operationNotAllowedError();
      return query;
    },
  };
}
