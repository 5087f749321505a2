import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import {
  CloseCode,
  createClient as createWebSocketClient,
  type Client as WebSocketClient,
} from 'graphql-ws';

export interface ClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Sent with every request, e.g. authorization. Subscriptions send only `authorization`. */
  headers?: Record<string, string>;
  /** The graphql-ws endpoint; defaults to `url` with http: as ws: and https: as wss:. */
  subscriptionUrl?: string;
  /**
   * The WebSocket constructor for subscriptions, e.g. the `ws` package's default export on Node
   * 20, which has no global WebSocket. Defaults to the global one.
   */
  webSocketImpl?: unknown;
}

export interface ExecutionResult<TData> {
  /** Null when the operation failed as a whole; partial when some fields failed. */
  data: TData | null;
  errors?: GraphQLFormattedError[];
}

/** The server did not answer with a GraphQL response (network failure, proxy error page...). */
export class TransportError extends Error {
  readonly status: number | undefined;

  constructor(message: string, status?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransportError';
    this.status = status;
  }
}

/**
 * The server ended a subscription: with GraphQL errors (e.g. FORBIDDEN, NOT_FOUND, with their
 * `extensions.code`), or by closing the connection with a graphql-ws code (4000-4999: e.g. 4401
 * when the access token expired, 4403 when the credential was refused).
 */
export class SubscriptionError extends Error {
  readonly errors: readonly GraphQLFormattedError[];
  readonly closeCode: number | undefined;
  readonly closeReason: string | undefined;

  constructor(
    message: string,
    details: {
      errors?: readonly GraphQLFormattedError[];
      closeCode?: number;
      closeReason?: string;
    },
  ) {
    super(message);
    this.name = 'SubscriptionError';
    this.errors = details.errors ?? [];
    this.closeCode = details.closeCode;
    this.closeReason = details.closeReason;
  }
}

/** Variables may be omitted only when the operation has no required ones. */
type VariablesArgument<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface Client {
  execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: VariablesArgument<TVariables>
  ): Promise<ExecutionResult<TData>>;

  /**
   * Each result of a subscription, over the client's one graphql-ws connection (opened on the
   * first subscription, closed after the last ends). Ends when the server completes it; throws a
   * SubscriptionError when the server refuses or ends it, a TransportError when the connection
   * cannot be opened or is lost beyond graphql-ws's retries. `return()` unsubscribes.
   */
  subscribe<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: VariablesArgument<TVariables>
  ): AsyncIterableIterator<ExecutionResult<TData>>;

  /** Ends every subscription and closes the WebSocket; a later subscription opens a new one. */
  close(): Promise<void>;
}

function isExecutionResult(body: unknown): body is ExecutionResult<unknown> {
  return typeof body === 'object' && body !== null && ('data' in body || 'errors' in body);
}

/** The document's type is the contract: the server validated the result against it. */
function typedResult<TData>(result: {
  data?: unknown;
  errors?: readonly GraphQLFormattedError[];
}): ExecutionResult<TData> {
  return {
    data: (result.data ?? null) as TData | null,
    ...(result.errors ? { errors: [...result.errors] } : {}),
  };
}

/** A WebSocket close event (the DOM's, or the `ws` package's). */
function isCloseEvent(value: unknown): value is { code: number; reason: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'number' &&
    'reason' in value
  );
}

/** graphql-ws's close codes; the WebSocket protocol's own (1000-3999) mean the connection. */
const isGraphqlWsCloseCode = (code: number) => code >= 4000 && code <= 4999;

/** `http:` as `ws:` and `https:` as `wss:`. */
function webSocketUrl(url: string): string {
  const parsed = new URL(url);
  parsed.protocol = parsed.protocol.replace(/^http/, 'ws');
  return parsed.href;
}

function headerValue(headers: Record<string, string> | undefined, name: string) {
  return Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];
}

export function createClient(options: ClientOptions): Client {
  const fetchImpl = options.fetch ?? fetch;
  const printed = new WeakMap<DocumentNode, string>();
  let webSocketClient: WebSocketClient | undefined;
  const subscriptionUrl = () => options.subscriptionUrl ?? webSocketUrl(options.url);

  function requestOf(document: DocumentNode, variables: Record<string, unknown> | undefined) {
    let query = printed.get(document);
    if (query === undefined) {
      query = print(document);
      printed.set(document, query);
    }
    return { query, operationName: getOperationAST(document)?.name?.value, variables };
  }

  async function execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables]: VariablesArgument<TVariables>
  ): Promise<ExecutionResult<TData>> {
    let response: Response;
    try {
      response = await fetchImpl(options.url, {
        method: 'POST',
        headers: {
          ...options.headers,
          accept: 'application/graphql-response+json, application/json',
          'content-type': 'application/json',
        },
        body: JSON.stringify(requestOf(document, variables)),
      });
    } catch (error) {
      throw new TransportError(`Request to ${options.url} failed`, undefined, { cause: error });
    }
    // GraphQL servers answer request errors (e.g. validation) with a 4xx and a GraphQL body.
    const body: unknown = await response.json().catch(() => undefined);
    if (!isExecutionResult(body)) {
      throw new TransportError(
        `${options.url} answered ${response.status} without a GraphQL response`,
        response.status,
      );
    }
    return typedResult<TData>(body);
  }

  /** The one graphql-ws client, created at the first subscription; it connects lazily. */
  function subscriptions(): WebSocketClient {
    if (webSocketClient) return webSocketClient;
    const authorization = headerValue(options.headers, 'authorization');
    webSocketClient = createWebSocketClient({
      url: subscriptionUrl(),
      webSocketImpl: options.webSocketImpl,
      connectionParams: authorization === undefined ? {} : { authorization },
      // A lost connection is retried (the subscriptions resume on the new one); a refused
      // credential (4403) is not: it will be refused again. graphql-ws never retries 4401.
      shouldRetry: (failure) => isCloseEvent(failure) && failure.code !== CloseCode.Forbidden,
    });
    return webSocketClient;
  }

  /** What graphql-ws's iterator throws (GraphQL errors, a close event, an Error), typed. */
  function subscriptionFailure(failure: unknown): Error {
    if (Array.isArray(failure)) {
      const errors = failure as GraphQLFormattedError[];
      return new SubscriptionError(errors.map((error) => error.message).join('; '), { errors });
    }
    if (isCloseEvent(failure) && isGraphqlWsCloseCode(failure.code)) {
      const closeReason = String(failure.reason);
      return new SubscriptionError(`Subscription closed: ${failure.code} ${closeReason}`, {
        closeCode: failure.code,
        closeReason,
      });
    }
    return new TransportError(`Subscription connection to ${subscriptionUrl()} failed`, undefined, {
      cause: failure,
    });
  }

  function subscribe<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables]: VariablesArgument<TVariables>
  ): AsyncIterableIterator<ExecutionResult<TData>> {
    const results = subscriptions().iterate<TData>(requestOf(document, variables));
    // Not an async generator: its return() would wait for a pending next(), while graphql-ws's
    // unsubscribes at once and ends the pending next().
    return {
      next: () =>
        results.next().then(
          (step): IteratorResult<ExecutionResult<TData>> =>
            step.done ? step : { done: false, value: typedResult<TData>(step.value) },
          (failure: unknown) => {
            throw subscriptionFailure(failure);
          },
        ),
      return: async () => {
        await results.return?.();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  async function close(): Promise<void> {
    const closing = webSocketClient;
    webSocketClient = undefined;
    await closing?.dispose();
  }

  return { execute, subscribe, close };
}
