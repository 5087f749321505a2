import type { HttpRoute, HttpRouteResponse } from '@dabba/subgraph-kit';
import { z } from 'zod';
import { ProviderRequestError } from '../port';
import type { SandboxPsp } from './sandbox-psp';

/** Where a development client passes (`complete`) or fails (`fail`) a sandbox 3-D Secure check. */
export const SANDBOX_3DS_PATHS = {
  complete: '/sandbox/3ds/complete',
  fail: '/sandbox/3ds/fail',
} as const;

/** Where a development client makes a refund the sandbox accepted fail. */
export const SANDBOX_REFUND_FAIL_PATH = '/sandbox/refunds/fail';

const intentBody = z.object({ intentRef: z.string().regex(/^pi_\w+$/, 'must be a pi_… id') });
const refundBody = z.object({ refundRef: z.string().regex(/^re_\w+$/, 'must be a re_… id') });

/**
 * A sandbox route taking a JSON body: `200` with what `act` returns, `400` for a bad body, `404`
 * for an unknown intent or refund and `409` for one in a state that does not allow it.
 */
function route<T>(
  path: string,
  body: z.ZodType<T>,
  example: string,
  act: (parsed: T) => unknown,
): HttpRoute {
  return {
    path,
    async handle(request): Promise<HttpRouteResponse> {
      let parsed: T;
      try {
        parsed = body.parse(JSON.parse(request.body.toString('utf8')));
      } catch {
        return { status: 400, body: { error: `expected a JSON body ${example}` } };
      }
      try {
        return { status: 200, body: act(parsed) };
      } catch (error) {
        if (!(error instanceof ProviderRequestError)) throw error;
        const status = error.code === 'resource_missing' ? 404 : 409;
        return { status, body: { error: error.message, code: error.code } };
      }
    },
  };
}

/**
 * The sandbox's routes, served only while cards go through the sandbox:
 * `POST /sandbox/3ds/complete` and `POST /sandbox/3ds/fail` with `{ "intentRef": "pi_…" }` stand
 * in for the bank's challenge page and answer `200 { intentRef, status }`;
 * `POST /sandbox/refunds/fail` with `{ "refundRef": "re_…" }` makes an accepted refund fail, as
 * Stripe's may days later, and answers `200 { refundRef, status: "failed" }`.
 */
export function sandboxRoutes(sandbox: SandboxPsp): HttpRoute[] {
  const intent = '{ "intentRef": "pi_…" }';
  return [
    route(SANDBOX_3DS_PATHS.complete, intentBody, intent, ({ intentRef }) =>
      sandbox.completeAuthentication(intentRef, true),
    ),
    route(SANDBOX_3DS_PATHS.fail, intentBody, intent, ({ intentRef }) =>
      sandbox.completeAuthentication(intentRef, false),
    ),
    route(SANDBOX_REFUND_FAIL_PATH, refundBody, '{ "refundRef": "re_…" }', ({ refundRef }) =>
      sandbox.failRefund(refundRef),
    ),
  ];
}
