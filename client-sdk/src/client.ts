import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print, type DocumentNode, type GraphQLFormattedError } from 'graphql';

export interface ClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Sent with every request, e.g. authorization. */
  headers?: Record<string, string>;
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

/** Variables may be omitted only when the operation has no required ones. */
type VariablesArgument<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface Client {
  execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: VariablesArgument<TVariables>
  ): Promise<ExecutionResult<TData>>;
}

function isExecutionResult(body: unknown): body is ExecutionResult<unknown> {
  return typeof body === 'object' && body !== null && ('data' in body || 'errors' in body);
}

export function createClient(options: ClientOptions): Client {
  const fetchImpl = options.fetch ?? fetch;
  const printed = new WeakMap<DocumentNode, string>();

  async function execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables]: VariablesArgument<TVariables>
  ): Promise<ExecutionResult<TData>> {
    let query = printed.get(document);
    if (query === undefined) {
      query = print(document);
      printed.set(document, query);
    }
    const operationName = getOperationAST(document)?.name?.value;
    let response: Response;
    try {
      response = await fetchImpl(options.url, {
        method: 'POST',
        headers: {
          ...options.headers,
          accept: 'application/graphql-response+json, application/json',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ query, operationName, variables }),
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
    // The document's type is the contract: the server validated the response against it.
    return {
      data: (body.data ?? null) as TData | null,
      ...(body.errors ? { errors: body.errors } : {}),
    };
  }

  return { execute };
}
