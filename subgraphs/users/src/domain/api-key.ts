import { createHash, timingSafeEqual } from 'node:crypto';
import { API_KEY_SCOPES, type ApiKeyScope } from '@dabba/subgraph-kit';

/**
 * A partner's credential for machine-to-machine calls: `Authorization: ApiKey <key>` at the
 * gateway. Only the SHA-256 of its secret is stored; the key is shown once, at creation.
 */
export interface ApiKey {
  /** `key_` and 24 hex digits; also the middle part of the key itself. */
  id: string;
  organizationId: string;
  name: string;
  scopes: ApiKeyScope[];
  secretHash: string;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export const API_KEY_NAME_MAX_LENGTH = 80;
/** `lastUsedAt` is written at most this often per key, so busy keys do not write on every call. */
export const LAST_USED_RESOLUTION_MS = 60_000;

const KEY_ID = /^key_[0-9a-f]{24}$/;
/** `dabba_<keyId>_<secret>`, the secret being 32 random bytes in base64url. */
const API_KEY = /^dabba_(key_[0-9a-f]{24})_([A-Za-z0-9_-]{43})$/;

export function isApiKeyId(value: string): boolean {
  return KEY_ID.test(value);
}

export function formatApiKey(keyId: string, secret: string): string {
  return `dabba_${keyId}_${secret}`;
}

/** The key's id and secret, or null when it is not shaped like a key Dabba issues. */
export function parseApiKey(key: string): { keyId: string; secret: string } | null {
  const match = API_KEY.exec(key);
  return match ? { keyId: match[1]!, secret: match[2]! } : null;
}

export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** Compares in constant time, so response times do not reveal how much of a hash matched. */
export function secretMatches(secretHash: string, secret: string): boolean {
  const expected = Buffer.from(secretHash, 'base64url');
  const actual = Buffer.from(hashApiKeySecret(secret), 'base64url');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Why these scopes cannot be granted, or null: at least one, each one of API_KEY_SCOPES. */
export function apiKeyScopesError(scopes: readonly string[]): string | null {
  if (scopes.length === 0) return 'give at least one scope';
  const unknown = scopes.filter((scope) => !(API_KEY_SCOPES as readonly string[]).includes(scope));
  if (unknown.length > 0) {
    return `unknown scope ${unknown.join(', ')}; use ${API_KEY_SCOPES.join(', ')}`;
  }
  return null;
}

/** The scopes without repeats, in API_KEY_SCOPES order. */
export function normalizeScopes(scopes: readonly string[]): ApiKeyScope[] {
  return API_KEY_SCOPES.filter((scope) => scopes.includes(scope));
}

/** Whether a use of the key at `now` should be written as its lastUsedAt. */
export function shouldRecordUse(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}

/** What the gateway learns about a verified key: enough to build the caller's identity. */
export interface VerifiedApiKey {
  apiKeyId: string;
  organizationId: string;
  scopes: ApiKeyScope[];
}
