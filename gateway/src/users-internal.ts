import { SERVICE_IDENTITY, signIdentity } from '@dabba/subgraph-kit';

/**
 * POSTs `body` as JSON to an internal route of the users subgraph (API key checks, revoked
 * tokens), signed as the gateway itself, within `timeoutMs`.
 */
export function postAsGateway(
  url: string,
  body: unknown,
  options: { identitySecret: string; timeoutMs: number },
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...signIdentity(SERVICE_IDENTITY, options.identitySecret),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(options.timeoutMs),
  });
}
