import type { HttpRoute, HttpRouteResponse } from '@dabba/subgraph-kit';
import { z } from 'zod';
import { ProviderRequestError } from '../port';
import type { SandboxPsp } from './sandbox-psp';

/** Where a development client passes (`complete`) or fails (`fail`) a sandbox 3-D Secure check. */
export const SANDBOX_3DS_PATHS = {
  complete: '/sandbox/3ds/complete',
  fail: '/sandbox/3ds/fail',
} as const;

const body = z.object({ intentRef: z.string().regex(/^pi_\w+$/, 'must be a pi_… id') });

/**
 * The sandbox's 3-D Secure routes: `POST /sandbox/3ds/complete` and `POST /sandbox/3ds/fail`
 * with `{ "intentRef": "pi_…" }` stand in for the bank's challenge page. They answer
 * `200 { intentRef, status }`, `400` for a bad body, `404` for an unknown intent and `409` for an
 * intent that is not waiting for 3-D Secure. Served only while cards go through the sandbox.
 */
export function sandboxRoutes(sandbox: SandboxPsp): HttpRoute[] {
  const route = (path: string, passed: boolean): HttpRoute => ({
    path,
    async handle(request): Promise<HttpRouteResponse> {
      let parsed: z.infer<typeof body>;
      try {
        parsed = body.parse(JSON.parse(request.body.toString('utf8')));
      } catch {
        return { status: 400, body: { error: 'expected a JSON body { "intentRef": "pi_…" }' } };
      }
      try {
        return { status: 200, body: sandbox.completeAuthentication(parsed.intentRef, passed) };
      } catch (error) {
        if (!(error instanceof ProviderRequestError)) throw error;
        const status = error.code === 'resource_missing' ? 404 : 409;
        return { status, body: { error: error.message, code: error.code } };
      }
    },
  });
  return [route(SANDBOX_3DS_PATHS.complete, true), route(SANDBOX_3DS_PATHS.fail, false)];
}
