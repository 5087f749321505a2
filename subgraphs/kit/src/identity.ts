import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';
import { UnauthenticatedError } from './errors';

/**
 * The gateway authenticates callers and forwards who they are in two headers; subgraphs trust
 * only what the gateway signed. The signature binds the payload to a timestamp so a captured
 * request cannot be replayed after MAX_IDENTITY_AGE_MS.
 */
export const IDENTITY_HEADER = 'x-dabba-identity';
export const IDENTITY_SIGNATURE_HEADER = 'x-dabba-identity-signature';
export const MAX_IDENTITY_AGE_MS = 60_000;

const identitySchema = z.object({
  /**
   * `service` is one of Dabba's own services acting on its own behalf, never an end user: the
   * gateway calling a subgraph's internal endpoint (e.g. to check a partner API key), or orders
   * holding stock and authorising a payment at checkout.
   */
  kind: z.enum(['anonymous', 'user', 'apiKey', 'service']),
  userId: z.string().min(1).nullable(),
  roles: z.array(z.string()),
  organizations: z.array(z.object({ organizationId: z.string(), role: z.string() })),
  scopes: z.array(z.string()),
  /** For `apiKey` callers: the key's id, for audit and per-key limits. */
  apiKeyId: z.string().min(1).max(64).optional(),
  /**
   * The caller's address as the gateway saw it, for per-IP limits (e.g. login attempts); absent
   * when the gateway could not tell.
   */
  clientIp: z.string().max(64).optional(),
});

export type Identity = z.infer<typeof identitySchema>;

export const ANONYMOUS: Identity = Object.freeze({
  kind: 'anonymous',
  userId: null,
  roles: [],
  organizations: [],
  scopes: [],
}) as Identity;

function hmac(secret: string, timestamp: number, payload: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
}

/** A Dabba service (the gateway, orders) calling a subgraph on its own behalf. */
export const SERVICE_IDENTITY: Identity = Object.freeze({
  kind: 'service',
  userId: null,
  roles: [],
  organizations: [],
  scopes: [],
}) as Identity;

export function signIdentity(
  identity: Identity,
  secret: string,
  now: number = Date.now(),
): Record<string, string> {
  const payload = Buffer.from(JSON.stringify(identitySchema.parse(identity))).toString('base64url');
  return {
    [IDENTITY_HEADER]: payload,
    [IDENTITY_SIGNATURE_HEADER]: `t=${now},v1=${hmac(secret, now, payload)}`,
  };
}

function header(
  headers: IncomingHttpHeaders | Record<string, string | undefined>,
  name: string,
): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? undefined : value || undefined;
}

function parseSignature(value: string): { timestamp: number; signature: string } | null {
  const match = /^t=(\d{1,16}),v1=([0-9a-f]{64})$/.exec(value);
  if (!match) return null;
  return { timestamp: Number(match[1]), signature: match[2]! };
}

export function verifyIdentity(
  headers: IncomingHttpHeaders | Record<string, string | undefined>,
  secret: string,
  now: number = Date.now(),
): Identity {
  const payload = header(headers, IDENTITY_HEADER);
  const signatureHeader = header(headers, IDENTITY_SIGNATURE_HEADER);
  if (!payload || !signatureHeader) {
    throw new UnauthenticatedError('Missing caller identity');
  }
  const parsed = parseSignature(signatureHeader);
  if (!parsed) throw new UnauthenticatedError('Malformed identity signature');

  const expected = Buffer.from(hmac(secret, parsed.timestamp, payload), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(parsed.signature, 'hex'))) {
    throw new UnauthenticatedError('Invalid identity signature');
  }
  if (Math.abs(now - parsed.timestamp) > MAX_IDENTITY_AGE_MS) {
    throw new UnauthenticatedError('Stale identity signature');
  }

  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new UnauthenticatedError('Malformed identity');
  }
  const identity = identitySchema.safeParse(decoded);
  if (!identity.success) throw new UnauthenticatedError('Malformed identity');
  return identity.data;
}
