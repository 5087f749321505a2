import type { IncomingHttpHeaders } from 'node:http';
import type { HttpRoute, HttpRouteResponse, Identity } from '@dabba/subgraph-kit';
import type { z } from 'zod';

/**
 * The answer to a caller of an internal route that is not the gateway itself (a signed identity
 * of kind `service`), or null when it is: 401 without a valid signed identity, 403 for anyone else.
 */
function refuseUnlessGateway(
  verifyInternalCaller: (headers: IncomingHttpHeaders) => Identity,
  headers: IncomingHttpHeaders,
  what: string,
): HttpRouteResponse | null {
  let caller: Identity;
  try {
    caller = verifyInternalCaller(headers);
  } catch {
    return { status: 401, body: { error: 'Missing or invalid caller identity' } };
  }
  return caller.kind === 'service'
    ? null
    : { status: 403, body: { error: `Only the gateway may ${what}` } };
}

/** The JSON body of an internal request, or null when it is not JSON. */
function jsonBody(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
}

/**
 * A POST route only the gateway may call: the caller is checked (401, 403), then the JSON body
 * against `body` (400 with `expected` when it does not match), then `handle` answers.
 */
export function gatewayOnlyRoute<S extends z.ZodType>(route: {
  path: string;
  verifyInternalCaller: (headers: IncomingHttpHeaders) => Identity;
  /** What only the gateway may do, for the 403 message, e.g. `verify API keys`. */
  what: string;
  body: S;
  /** The 400 message, e.g. `Expected a JSON body { "key": … }`. */
  expected: string;
  handle(request: z.infer<S>): Promise<HttpRouteResponse>;
}): HttpRoute {
  return {
    path: route.path,
    async handle({ headers, body }) {
      const refused = refuseUnlessGateway(route.verifyInternalCaller, headers, route.what);
      if (refused) return refused;
      const request = route.body.safeParse(jsonBody(body));
      if (!request.success) return { status: 400, body: { error: route.expected } };
      return route.handle(request.data);
    },
  };
}
