import type { IncomingHttpHeaders } from 'node:http';
import type { HttpRouteResponse, Identity } from '@dabba/subgraph-kit';

/**
 * The answer to a caller of an internal route that is not the gateway itself (a signed identity
 * of kind `service`), or null when it is: 401 without a valid signed identity, 403 for anyone else.
 */
export function refuseUnlessGateway(
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
export function jsonBody(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
}
