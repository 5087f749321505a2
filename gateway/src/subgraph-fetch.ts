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
    readonly status: number,
    /** The start of the body, for the logs. */
    readonly body: string,
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
 * POSTs a GraphQL request (`body`, already JSON) to a subgraph and reads its JSON answer, all
 * within `timeoutMs` (response body included). Never retries: a subgraph operation may be a
 * mutation. Throws SubgraphResponseError for a non-2xx status or a body that is not a JSON object,
 * SubgraphTimeoutError past the deadline, and undici's errors when the subgraph cannot be reached.
 */
export async function postToSubgraph(
  dispatcher: Dispatcher,
  url: string,
  options: { headers: Record<string, string>; body: string; timeoutMs: number },
): Promise<Record<string, unknown>> {
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
    const excerpt = () => text.slice(0, LOGGED_BODY_CHARS);
    if (response.statusCode < 200 || response.statusCode > 299) {
      throw new SubgraphResponseError(
        `The subgraph answered HTTP ${response.statusCode}`,
        response.statusCode,
        excerpt(),
      );
    }
    if (typeof contentType !== 'string' || !JSON_TYPES.test(contentType)) {
      throw new SubgraphResponseError(
        `The subgraph answered ${String(contentType)}, not JSON`,
        response.statusCode,
        excerpt(),
      );
    }
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new SubgraphResponseError(
        'The subgraph answered JSON that is not a GraphQL response',
        response.statusCode,
        excerpt(),
      );
    }
    return parsed as Record<string, unknown>;
  } finally {
    clearTimeout(timer);
  }
}
