import { generateKeyPairSync, randomUUID } from 'node:crypto';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  ACCESS_TOKEN_TTL_SECONDS,
  type Logger,
} from '@dabba/subgraph-kit';
import { SignJWT, importPKCS8, type KeyLike } from 'jose';
import type { AccessTokenClaims } from '../domain/session';

export interface SignedAccessToken {
  token: string;
  expiresAt: Date;
}

export interface AccessTokenSigner {
  sign(claims: AccessTokenClaims, now: Date): Promise<SignedAccessToken>;
}

/**
 * Signs access tokens with EdDSA (Ed25519): the contract the gateway verifies against
 * (iss, aud, sub, sid, roles, orgs, iat, exp = iat + 15 min, jti; `kid` header).
 */
export function createAccessTokenSigner(privateKey: KeyLike, keyId: string): AccessTokenSigner {
  return {
    async sign(claims, now) {
      const issuedAt = Math.floor(now.getTime() / 1000);
      const expiresAt = issuedAt + ACCESS_TOKEN_TTL_SECONDS;
      const token = await new SignJWT({ sid: claims.sid, roles: claims.roles, orgs: claims.orgs })
        .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid: keyId, typ: 'JWT' })
        .setIssuer(ACCESS_TOKEN_ISSUER)
        .setAudience(ACCESS_TOKEN_AUDIENCE)
        .setSubject(claims.sub)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAt)
        .setJti(randomUUID())
        .sign(privateKey);
      return { token, expiresAt: new Date(expiresAt * 1000) };
    },
  };
}

/**
 * The configured key, or outside production a key made up for this process, so development and
 * tests start without one: its tokens are valid here but the gateway cannot verify them.
 */
export async function signingKey(pem: string | undefined, logger: Logger): Promise<KeyLike> {
  if (pem) return importPKCS8(pem, ACCESS_TOKEN_ALGORITHM);
  logger.warn(
    'AUTH_JWT_PRIVATE_KEY is not set: signing access tokens with an ephemeral key, which the gateway will not verify',
  );
  return generateKeyPairSync('ed25519').privateKey;
}
