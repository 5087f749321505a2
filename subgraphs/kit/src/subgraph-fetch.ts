import { Agent, request, type Dispatcher } from 'undici';

/**
 * The HTTP client of every subgraph fetch of one gateway: pooled keep-alive connections per
 * subgraph origin (undici), at most `connections` each. Close it after the gateway stops.
 */
export function createSubgraphDispatcher(connections = 256): Agent {
  return new Agent({ connections });
}

/** A subgraph's answer that is not a GraphQL response: a non-2xx status, or a body not JSON. */
export class SubgraphResponseError extends Error {
  constructor(
    message: string,
    /** The start of the body, for the logs. */
    readonly body: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SubgraphResponseError';
  }
}

export class SubgraphTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`The subgraph did not answer within ${timeoutMs} ms`);
    this.name = 'SubgraphTimeoutError';
  }
}

const JSON_TYPES = /^application\/(graphql-response\+)?json/;
const LOGGED_BODY_CHARS = 500;

/**
 * POSTs a GraphQL request (`body`, already JSON) to a subgraph and reads its answer, all within
 * `timeoutMs` (response body included). Never retries: a subgraph operation may be a mutation.
 * Resolves with the text of a 2xx JSON answer (read it with readGraphQLResponse); throws
 * SubgraphResponseError for another status or content type, SubgraphTimeoutError past the
 * deadline, and undici's errors when the subgraph cannot be reached.
 */
export async function postToSubgraph(
  dispatcher: Dispatcher,
  url: string,
  options: { headers: Record<string, string>; body: string; timeoutMs: number },
): Promise<string> {
  const deadline = new AbortController();
  const timer = setTimeout(
    () => deadline.abort(new SubgraphTimeoutError(options.timeoutMs)),
    options.timeoutMs,
  );
  try {
    const response = await request(url, {
      method: 'POST',
      headers: options.headers,
      body: options.body,
      dispatcher,
      signal: deadline.signal,
    });
    const text = await response.body.text();
    const contentType = response.headers['content-type'];
    if (response.statusCode < 200 || response.statusCode > 299) {
      throw new SubgraphResponseError(
        `The subgraph answered HTTP ${response.statusCode}`,
        text.slice(0, LOGGED_BODY_CHARS),
        response.statusCode,
      );
    }
    if (typeof contentType !== 'string' || !JSON_TYPES.test(contentType)) {
      throw new SubgraphResponseError(
        `The subgraph answered ${String(contentType)}, not JSON`,
        text.slice(0, LOGGED_BODY_CHARS),
        response.statusCode,
      );
    }
    return text;
  } finally {
    clearTimeout(timer);
  }
}

/** The GraphQL response in a subgraph's JSON answer; a new object on every call. */
export function readGraphQLResponse(text: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new SubgraphResponseError(
      'The subgraph answered JSON that is not a GraphQL response',
      text.slice(0, LOGGED_BODY_CHARS),
    );
  }
  return parsed as Record<string, unknown>;
}
