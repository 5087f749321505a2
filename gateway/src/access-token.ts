import { createPublicKey } from 'node:crypto';
import { errors, importSPKI, jwtVerify, type KeyLike } from 'jose';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  UnauthenticatedError,
} from '@dabba/subgraph-kit';
import { z } from 'zod';
import type { Caller, CredentialVerifier } from './identity';
import type { RevokedTokens } from './token-revocations';

/** Seconds of clock skew between the users subgraph and the gateway that `exp` and `iat` forgive. */
const CLOCK_TOLERANCE_SECONDS = 5;

/**
 * Verified tokens remembered, by their exact text, until they expire: a client sends the same
 * token for its whole lifetime, and the signature check is most of the cost of a request's
 * authentication (about 0.1 ms). Bounded, oldest first out.
 */
const VERIFIED_CACHE_SIZE = 10_000;

export const ACCESS_TOKEN_EXPIRED_MESSAGE = 'Access token expired';
export const ACCESS_TOKEN_REVOKED_MESSAGE = 'Access token revoked: refresh the session';
export const INVALID_ACCESS_TOKEN_MESSAGE = 'Invalid access token';

const claimsSchema = z.object({
  sub: z.string().min(1),
  sid: z.string().min(1),
  iat: z.number(),
  exp: z.number(),
  roles: z.array(z.string()),
  orgs: z.array(z.object({ organizationId: z.string().min(1), role: z.string().min(1) })),
});

/** Whether `pem` is an Ed25519 public key in SPKI PEM, for the config to fail fast on anything else. */
export function isEd25519PublicKeyPem(pem: string): boolean {
  if (!pem.includes('-----BEGIN PUBLIC KEY-----')) return false;
  try {
    return createPublicKey(pem).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}

/** Parses the public key once at startup; verifying then costs one signature check per request. */
export function importAccessTokenKey(pem: string): Promise<KeyLike> {
  return importSPKI(pem, ACCESS_TOKEN_ALGORITHM);
}

interface VerifiedToken {
  caller: Caller;
  userId: string;
  sessionId: string;
  issuedAt: number;
  expiresAtMs: number;
}

/**
 * Verifies a Bearer access token and says which user presented it. Without a key (development
 * and tests without AUTH_JWT_PUBLIC_KEY) every token is refused. With `revoked`, a token whose
 * session ended, or issued before its user's roles or memberships changed, is refused too (the
 * client refreshes its session), remembered or not.
 */
export function accessTokenVerifier(
  key: KeyLike | undefined,
  options: { cacheSize?: number; revoked?: RevokedTokens } = {},
): CredentialVerifier {
  const cacheSize = options.cacheSize ?? VERIFIED_CACHE_SIZE;
  const verified = new Map<string, VerifiedToken>();
  const current = (token: VerifiedToken): Caller => {
    if (options.revoked?.isRevoked(token.userId, token.sessionId, token.issuedAt)) {
      throw new UnauthenticatedError(ACCESS_TOKEN_REVOKED_MESSAGE);
    }
    return token.caller;
  };
  return async (text): Promise<Caller> => {
    const now = Date.now();
    const known = verified.get(text);
    if (known && now < known.expiresAtMs) return current(known);
    verified.delete(text);
    if (!key) throw new UnauthenticatedError(INVALID_ACCESS_TOKEN_MESSAGE);
    const token = await verify(text, key, now);
    if (cacheSize > 0) {
      if (verified.size >= cacheSize) verified.delete(verified.keys().next().value!);
      verified.set(text, token);
    }
    return current(token);
  };
}

async function verify(token: string, key: KeyLike, now: number): Promise<VerifiedToken> {
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp'],
      currentDate: new Date(now),
    }));
  } catch (error) {
    // jose checks the signature before the claims, so only a genuine token is called expired.
    throw new UnauthenticatedError(
      error instanceof errors.JWTExpired
        ? ACCESS_TOKEN_EXPIRED_MESSAGE
        : INVALID_ACCESS_TOKEN_MESSAGE,
    );
  }
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) throw new UnauthenticatedError(INVALID_ACCESS_TOKEN_MESSAGE);
  return {
    caller: {
      kind: 'user',
      userId: claims.data.sub,
      roles: claims.data.roles,
      organizations: claims.data.orgs,
      scopes: [],
    },
    userId: claims.data.sub,
    sessionId: claims.data.sid,
    issuedAt: claims.data.iat,
    expiresAtMs: claims.data.exp * 1000,
  };
}
