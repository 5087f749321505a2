import type { Logger } from '@dabba/subgraph-kit';
import {
  parseApiKey,
  secretMatches,
  shouldRecordUse,
  type VerifiedApiKey,
} from '../domain/api-key';
import type { ApiKeyRepository } from '../persistence';

/**
 * Checks a partner API key for the gateway: the organisation and scopes it acts with, or null
 * when it is malformed, unknown, revoked or its secret does not match (compared in constant
 * time). Records the use at most once a minute per key; a failure to record is logged, not fatal.
 */
export type VerifyApiKey = (key: string) => Promise<VerifiedApiKey | null>;

export function makeVerifyApiKey(apiKeys: ApiKeyRepository, logger: Logger): VerifyApiKey {
  return async (key) => {
    const parsed = parseApiKey(key);
    if (!parsed) return null;
    const [apiKey] = await apiKeys.findByIds([parsed.keyId]);
    if (!apiKey || apiKey.revokedAt || !secretMatches(apiKey.secretHash, parsed.secret)) {
      return null;
    }
    const now = new Date();
    if (shouldRecordUse(apiKey.lastUsedAt, now)) {
      await apiKeys.recordUse(apiKey.id, now).catch((error: unknown) => {
        logger.warn({ err: error, apiKeyId: apiKey.id }, 'could not record an API key use');
      });
    }
    return { apiKeyId: apiKey.id, organizationId: apiKey.organizationId, scopes: apiKey.scopes };
  };
}
