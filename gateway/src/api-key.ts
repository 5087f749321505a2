import { createHash } from 'node:crypto';
import { API_KEY_ROLE, UnauthenticatedError } from '@dabba/subgraph-kit';
import { GraphQLError } from 'graphql';
import type pino from 'pino';
import { z } from 'zod';
import type { Caller, CredentialVerifier } from './identity';
import { postAsGateway } from './users-internal';

/** The users subgraph's route that checks a key, on the origin of its GraphQL URL. */
export const API_KEY_VERIFY_PATH = '/internal/api-keys/verify';
export const INVALID_API_KEY_MESSAGE = 'Invalid API key';
export const API_KEYS_UNAVAILABLE_MESSAGE =
  'API keys cannot be checked right now. Try again later.';

/** How long a verified key is trusted without asking again: a revocation takes this long here. */
export const DEFAULT_API_KEY_CACHE_TTL_MS = 60_000;
/** How long a refused key is refused without asking again, so a bad key cannot flood users. */
export const DEFAULT_API_KEY_REFUSED_CACHE_TTL_MS = 10_000;
const DEFAULT_CACHE_SIZE = 10_000;
/** Keys Dabba issues are 80 characters; longer credentials are refused without asking. */
const MAX_KEY_LENGTH = 512;

const verifiedSchema = z.object({
  organizationId: z.string().min(1),
  scopes: z.array(z.string()),
  apiKeyId: z.string().min(1).max(64),
});

export interface ApiKeyVerifierOptions {
  /** The users subgraph's GraphQL URL, as the gateway routes to it. */
  usersUrl: string;
  identitySecret: string;
  /** Limit of one verification call. */
  timeoutMs: number;
  logger: pino.Logger;
  /** 0 asks users for every request. */
  cacheTtlMs?: number;
  refusedCacheTtlMs?: number;
  /** Keys remembered at most (verified and refused together); oldest out. */
  cacheSize?: number;
}

/** A subgraph's routing URL as the supergraph names it (`@join__graph(name:, url:)`). */
export function supergraphRoutingUrl(supergraphSdl: string, name: string): string {
  const graph = new RegExp(`@join__graph\\(name: "${name}", url: "([^"]+)"\\)`).exec(supergraphSdl);
  if (!graph) throw new Error(`the supergraph has no subgraph named ${name}`);
  return graph[1]!;
}

export function apiKeyVerificationUrl(usersUrl: string): string {
  return new URL(API_KEY_VERIFY_PATH, usersUrl).toString();
}

/** Users could not answer: the caller is told to retry, never why (that is in the logs). */
function unavailable(): GraphQLError {
  return new GraphQLError(API_KEYS_UNAVAILABLE_MESSAGE, {
    extensions: { code: 'INTERNAL', http: { status: 503 } },
  });
}

/**
 * Verifies `Authorization: ApiKey <key>` by asking the users subgraph (signed as the gateway
 * itself), and makes the caller the key: `{ kind: 'apiKey', organizations: [{ organizationId,
 * role: 'API_KEY' }], scopes, apiKeyId }`. Answers are remembered by the key's SHA-256 (never the
 * key itself): verified keys for `cacheTtlMs`, refused ones for `refusedCacheTtlMs`; concurrent
 * requests with the same key share one call.
 */
export function apiKeyVerifier(options: ApiKeyVerifierOptions): CredentialVerifier {
  const url = apiKeyVerificationUrl(options.usersUrl);
  const ttl = options.cacheTtlMs ?? DEFAULT_API_KEY_CACHE_TTL_MS;
  const refusedTtl = options.refusedCacheTtlMs ?? DEFAULT_API_KEY_REFUSED_CACHE_TTL_MS;
  const cacheSize = options.cacheSize ?? DEFAULT_CACHE_SIZE;
  const remembered = new Map<string, { caller: Caller | null; expiresAtMs: number }>();
  const inFlight = new Map<string, Promise<Caller | null>>();

  function remember(hash: string, caller: Caller | null): void {
    const ttlMs = caller ? ttl : refusedTtl;
    if (ttlMs <= 0 || cacheSize <= 0) return;
    if (remembered.size >= cacheSize) remembered.delete(remembered.keys().next().value!);
    remembered.set(hash, { caller, expiresAtMs: Date.now() + ttlMs });
  }

  async function ask(key: string): Promise<Caller | null> {
    let response: Response;
    let body: unknown;
    try {
      response = await postAsGateway(url, { key }, options);
      body = await response.json();
    } catch (error) {
      options.logger.error({ err: error, url }, 'API key verification failed');
      throw unavailable();
    }
    if (response.status === 401) return null;
    const verified = response.status === 200 ? verifiedSchema.safeParse(body) : null;
    if (!verified?.success) {
      options.logger.error(
        { status: response.status, url },
        'API key verification answered unexpectedly',
      );
      throw unavailable();
    }
    const { organizationId, scopes, apiKeyId } = verified.data;
    return {
      kind: 'apiKey',
      userId: null,
      roles: [],
      organizations: [{ organizationId, role: API_KEY_ROLE }],
      scopes,
      apiKeyId,
    };
  }

  return async (key) => {
    if (key.length > MAX_KEY_LENGTH) throw new UnauthenticatedError(INVALID_API_KEY_MESSAGE);
    const hash = createHash('sha256').update(key).digest('base64url');
    const known = remembered.get(hash);
    let caller: Caller | null;
    if (known && Date.now() < known.expiresAtMs) {
      caller = known.caller;
    } else {
      remembered.delete(hash);
      let pending = inFlight.get(hash);
      if (!pending) {
        pending = ask(key).then((answer) => {
          remember(hash, answer);
          return answer;
        });
        inFlight.set(hash, pending);
        void pending.finally(() => inFlight.delete(hash)).catch(() => undefined);
      }
      caller = await pending;
    }
    if (!caller) throw new UnauthenticatedError(INVALID_API_KEY_MESSAGE);
    return caller;
  };
}
