import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, importPKCS8 } from 'jose';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  TOKEN_REVOCATIONS_PATH,
} from '@dabba/subgraph-kit';

/** Stands in for the users subgraph: records what the gateway sent and answers one user. */
export async function fakeUsersSubgraph(): Promise<{
  server: Server;
  url: string;
  received: IncomingHttpHeaders[];
}> {
  const received: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    // The gateway's feed of revoked tokens reads here: nothing is ever revoked.
    const revocations = req.url === TOKEN_REVOCATIONS_PATH;
    if (!revocations) received.push(req.headers);
    req.resume().on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          revocations
            ? { revocations: [], hasMore: false }
            : { data: { user: { id: 'user-1', displayName: 'Asha' } } },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/graphql`, received };
}

/**
 * Access tokens for tests and benchmarks, minted as the users subgraph does, so that the gateway
 * can be exercised without it.
 */
export interface AccessTokenKeys {
  /** PKCS8 PEM, as in AUTH_JWT_PRIVATE_KEY. */
  privateKey: string;
  /** SPKI PEM, as in AUTH_JWT_PUBLIC_KEY. */
  publicKey: string;
}

export function generateAccessTokenKeys(): AccessTokenKeys {
  return generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
}

export interface MintOptions {
  roles?: string[];
  orgs?: { organizationId: string; role: string }[];
  issuer?: string;
  audience?: string;
  /** Seconds since the epoch; now by default. */
  issuedAt?: number;
  /** Lifetime in seconds; 15 minutes by default. */
  ttlSeconds?: number;
  /** The session (`sid`); a new one by default. */
  sessionId?: string;
}

export async function mintAccessToken(
  privateKeyPem: string,
  userId: string,
  options: MintOptions = {},
): Promise<string> {
  const key = await importPKCS8(privateKeyPem, ACCESS_TOKEN_ALGORITHM);
  const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
  return new SignJWT({
    sid: options.sessionId ?? `ses_${randomUUID()}`,
    roles: options.roles ?? ['customer'],
    orgs: options.orgs ?? [],
  })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid: 'dabba-1' })
    .setIssuer(options.issuer ?? ACCESS_TOKEN_ISSUER)
    .setAudience(options.audience ?? ACCESS_TOKEN_AUDIENCE)
    .setSubject(userId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.ttlSeconds ?? 15 * 60))
    .setJti(randomUUID())
    .sign(key);
}
