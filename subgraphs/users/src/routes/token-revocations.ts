import { TOKEN_REVOCATIONS_PATH, type HttpRoute } from '@dabba/subgraph-kit';
import { z } from 'zod';
import type { UsersServices } from '../services';
import { gatewayOnlyRoute } from './internal';

/** Revocations per answer; `hasMore` asks for the next page. */
export const TOKEN_REVOCATIONS_PAGE = 1_000;

const bodySchema = z.object({
  since: z.iso.datetime(),
  after: z.object({ at: z.iso.datetime(), id: z.string().min(1).max(64) }).optional(),
});

/**
 * POST /internal/token-revocations, for the gateway only: `{ since, after? }` → 200
 * `{ revocations: [{ id, scope, subject, at }], hasMore }`, oldest first (see
 * TokenRevocationRepository.listSince). A missing or forged caller identity is 401, another caller
 * 403, a malformed body 400.
 */
export function tokenRevocationRoutes(
  services: Pick<UsersServices, 'verifyInternalCaller' | 'listTokenRevocations'>,
): HttpRoute[] {
  return [
    gatewayOnlyRoute({
      path: TOKEN_REVOCATIONS_PATH,
      verifyInternalCaller: services.verifyInternalCaller,
      what: 'read token revocations',
      body: bodySchema,
      expected: 'Expected a JSON body { "since": ISO time, "after"? }',
      async handle({ since, after }) {
        const page = await services.listTokenRevocations(
          new Date(since),
          TOKEN_REVOCATIONS_PAGE + 1,
          after && { at: new Date(after.at), id: after.id },
        );
        return {
          status: 200,
          body: {
            revocations: page.slice(0, TOKEN_REVOCATIONS_PAGE).map((revocation) => ({
              ...revocation,
              at: revocation.at.toISOString(),
            })),
            hasMore: page.length > TOKEN_REVOCATIONS_PAGE,
          },
        };
      },
    }),
  ];
}
