import {
  TOKEN_REVOCATIONS_PATH,
  type HttpRoute,
  type HttpRouteResponse,
} from '@dabba/subgraph-kit';
import { z } from 'zod';
import type { UsersServices } from '../services';
import { jsonBody, refuseUnlessGateway } from './internal';

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
    {
      path: TOKEN_REVOCATIONS_PATH,
      async handle({ headers, body }): Promise<HttpRouteResponse> {
        const refused = refuseUnlessGateway(
          services.verifyInternalCaller,
          headers,
          'read token revocations',
        );
        if (refused) return refused;
        const request = bodySchema.safeParse(jsonBody(body));
        if (!request.success) {
          return {
            status: 400,
            body: { error: 'Expected a JSON body { "since": ISO time, "after"? }' },
          };
        }
        const { since, after } = request.data;
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
    },
  ];
}
