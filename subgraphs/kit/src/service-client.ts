import type { Dispatcher } from 'undici';
import { REQUEST_ID_HEADER } from './http';
import { signIdentity, type Identity } from './identity';
import { postToSubgraph, readGraphQLResponse } from './subgraph-fetch';

/** Another subgraph refused or failed a request: a GraphQL error, or no answer in time. */
export class UpstreamError extends Error {
  constructor(
    message: string,
    /** The upstream's `extensions.code`, or UNAVAILABLE when it did not answer. */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UpstreamError';
  }
}

export interface ServiceClient {
  /**
   * Runs one operation on the subgraph as `identity` (signed like the gateway signs it) and
   * returns its `data`. Throws UpstreamError on any GraphQL error or when there is no answer.
   */
  request<T>(
    document: string,
    variables: Record<string, unknown>,
    identity: Identity,
    requestId?: string,
  ): Promise<T>;
}

/**
 * A subgraph calling another one directly, for the few synchronous steps a use case cannot do
 * through events (e.g. orders holding stock in the catalog at checkout). It never retries: the
 * operations it runs are made idempotent by their own keys, so the caller decides.
 */
export function createServiceClient(options: {
  url: string;
  identitySecret: string;
  timeoutMs: number;
  dispatcher: Dispatcher;
}): ServiceClient {
  return {
    async request<T>(
      document: string,
      variables: Record<string, unknown>,
      identity: Identity,
      requestId?: string,
    ): Promise<T> {
      let text: string;
      try {
        text = await postToSubgraph(options.dispatcher, options.url, {
          headers: {
            'content-type': 'application/json',
            ...signIdentity(identity, options.identitySecret),
            ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
          },
          body: JSON.stringify({ query: document, variables }),
          timeoutMs: options.timeoutMs,
        });
      } catch (error) {
        throw new UpstreamError(`${options.url} did not answer`, 'UNAVAILABLE', { cause: error });
      }
      const response = readGraphQLResponse(text) as {
        data?: T;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      const [first] = response.errors ?? [];
      if (first || response.data === undefined || response.data === null) {
        throw new UpstreamError(
          first?.message ?? 'The subgraph answered no data',
          first?.extensions?.code ?? 'INTERNAL',
        );
      }
      return response.data;
    },
  };
}
