import { NotFoundError } from '@dabba/subgraph-kit';
import type { ApiKey } from '../domain/api-key';
import type { ApiKeyRepository } from '../persistence';

/**
 * Revokes the key; revoking it again changes nothing (the first revocation time stays). The
 * gateway remembers verified keys for up to API_KEY_CACHE_TTL_MS (60 s by default), so a revoked
 * key may still be let in for that long.
 */
export type RevokeApiKey = (id: string) => Promise<ApiKey>;

export function makeRevokeApiKey(apiKeys: ApiKeyRepository): RevokeApiKey {
  return async (id) => {
    const revoked = await apiKeys.revoke(id, new Date());
    if (!revoked) throw new NotFoundError('No such API key');
    return revoked;
  };
}
