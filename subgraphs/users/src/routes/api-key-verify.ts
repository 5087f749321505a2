import type { HttpRoute } from '@dabba/subgraph-kit';
import { z } from 'zod';
import type { OrganizationServices } from '../services/organization-services';
import { gatewayOnlyRoute } from './internal';

/** Where the gateway checks a partner API key: same origin as the users subgraph's GraphQL. */
export const API_KEY_VERIFY_PATH = '/internal/api-keys/verify';
export const INVALID_API_KEY = 'Invalid API key';

/** Keys Dabba issues are 80 characters; anything much longer is not worth parsing. */
const bodySchema = z.object({ key: z.string().max(512) });

/**
 * POST /internal/api-keys/verify, for the gateway only (a signed identity of kind `service`):
 * `{ "key": "dabba_…" }` → 200 `{ organizationId, scopes, apiKeyId }`, or 401 `{ error }` when
 * the key is malformed, unknown or revoked. A missing or forged caller identity is 401, another
 * caller 403, a body that is not `{ key }` 400.
 */
export function apiKeyRoutes(
  services: Pick<OrganizationServices, 'verifyApiKey' | 'verifyInternalCaller'>,
): HttpRoute[] {
  return [
    gatewayOnlyRoute({
      path: API_KEY_VERIFY_PATH,
      verifyInternalCaller: services.verifyInternalCaller,
      what: 'verify API keys',
      body: bodySchema,
      expected: 'Expected a JSON body { "key": … }',
      async handle({ key }) {
        const verified = await services.verifyApiKey(key);
        return verified
          ? { status: 200, body: verified }
          : { status: 401, body: { error: INVALID_API_KEY } };
      },
    }),
  ];
}
