import {
  apiKeyScopesError,
  formatApiKey,
  hashApiKeySecret,
  normalizeScopes,
  type ApiKey,
} from '../domain/api-key';
import { invalidInput, type InvalidInput } from '../domain/auth-results';
import {
  idempotencyKeyError,
  normalizeOrganizationName,
  organizationNameError,
} from '../domain/organization';
import { isDuplicateKeyError, type ApiKeyRepository } from '../persistence';
import { newApiKeyId, newApiKeySecret } from './organization-ids';

export interface CreatedApiKey {
  kind: 'CreatedApiKey';
  apiKey: ApiKey;
  /** `dabba_<id>_<secret>`; null when answering a replay, since only the hash was kept. */
  key: string | null;
}

export interface CreateApiKeyInput {
  organizationId: string;
  name: string;
  scopes: readonly string[];
  idempotencyKey?: string | null;
}

/**
 * Creates an API key for the organisation and returns its secret, this once. A replay of the
 * same idempotency key by the same user returns the same key, without the secret.
 */
export type CreateApiKey = (
  creatorId: string,
  input: CreateApiKeyInput,
) => Promise<CreatedApiKey | InvalidInput>;

export function makeCreateApiKey(apiKeys: ApiKeyRepository): CreateApiKey {
  return async (creatorId, { organizationId, name, scopes, idempotencyKey }) => {
    // Key names follow the rules of organisation names: 1 to 80 characters, spaces tidied.
    const nameError = organizationNameError(name);
    if (nameError) return invalidInput('name', `name ${nameError}`);
    const scopesError = apiKeyScopesError(scopes);
    if (scopesError) return invalidInput('scopes', scopesError);
    const keyError = idempotencyKey == null ? null : idempotencyKeyError(idempotencyKey);
    if (keyError) return invalidInput('idempotencyKey', `idempotencyKey ${keyError}`);

    const replay = async (): Promise<CreatedApiKey | null> => {
      if (idempotencyKey == null) return null;
      const first = await apiKeys.findByIdempotencyKey(organizationId, creatorId, idempotencyKey);
      return first ? { kind: 'CreatedApiKey', apiKey: first, key: null } : null;
    };
    const earlier = await replay();
    if (earlier) return earlier;

    const secret = newApiKeySecret();
    const apiKey: ApiKey = {
      id: newApiKeyId(),
      organizationId,
      name: normalizeOrganizationName(name),
      scopes: normalizeScopes(scopes),
      secretHash: hashApiKeySecret(secret),
      createdBy: creatorId,
      createdAt: new Date(),
      lastUsedAt: null,
      revokedAt: null,
    };
    try {
      await apiKeys.insert(apiKey, idempotencyKey ?? null);
    } catch (error) {
      // A concurrent request with the same idempotency key won.
      const winner = isDuplicateKeyError(error) ? await replay() : null;
      if (winner) return winner;
      throw error;
    }
    return { kind: 'CreatedApiKey', apiKey, key: formatApiKey(apiKey.id, secret) };
  };
}
