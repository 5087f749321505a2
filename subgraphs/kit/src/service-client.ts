import type { Dispatcher } from 'undici';
import { ServiceUnavailableError } from './errors';
import { REQUEST_ID_HEADER } from './http';
import { signIdentity, type Identity } from './identity';
import { postToSubgraph, readGraphQLResponse } from './subgraph-fetch';

/** Another subgraph answered a request with a GraphQL error: a fault of ours, not the client's. */
export class UpstreamError extends Error {
  constructor(
    message: string,
    /** The upstream's `extensions.code`. */
    readonly code: string,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

/** Another subgraph did not answer (down, or past the deadline): the client may try again. */
export class UpstreamUnavailableError extends ServiceUnavailableError {
  constructor(service: string, cause: unknown) {
    super(`The ${service} service did not answer; try again`);
    this.cause = cause;
  }
}

export interface ServiceClient {
  /**
   * Runs one operation on the subgraph as `identity` (signed like the gateway signs it) and
   * returns its `data`. Throws UpstreamError on any GraphQL error, UpstreamUnavailableError when
   * there is no answer.
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
  /** For errors and logs, e.g. catalog. */
  service: string;
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
        throw new UpstreamUnavailableError(options.service, error);
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
