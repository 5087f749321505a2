import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';

/** Response headers a browser script may read besides the CORS-safelisted ones. */
const EXPOSED_HEADERS = ['retry-after', 'x-request-id'];
/** How long a browser may reuse a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * Applies CORS for an allow-list of exact origins (scheme, host and port, e.g.
 * `https://app.dabba.vn`). An allowed origin gets its own origin back, the methods GraphQL uses,
 * the request headers it asked for, and Retry-After and the request id readable. Any other
 * origin, or a request without one, gets no CORS headers at all, so a browser refuses to hand the
 * response to the page. Resolves true when it answered a preflight itself.
 */
export type CorsHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export function corsAllowList(origins: readonly string[]): CorsHandler {
  const allowed = new Set(origins);
  const middleware = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
  });
  return (req, res) =>
    new Promise<boolean>((resolve, reject) => {
      // Answers differ by origin: caches must not hand one origin's answer to another.
      res.setHeader('vary', 'Origin');
      middleware(req, res, (error?: unknown) => (error ? reject(error) : resolve(false)));
      // An allowed preflight is answered (204) without calling next.
      if (res.writableEnded) resolve(true);
    });
}
