import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, UnauthenticatedError, type Identity } from '@dabba/subgraph-kit';
import type pino from 'pino';
import { accessTokenVerifier, importAccessTokenKey } from './access-token';
import { apiKeyVerifier } from './api-key';
import { clientIp } from './client-ip';
import type { GatewayConfig } from './config';
import { startTokenRevocationFeed } from './token-revocations';

/**
 * Edge authentication: decides who the caller of one HTTP request is. The gateway signs the result
 * for every subgraph fetch, so this is the only place that reads credentials.
 */
export type Authenticate = (request: CallerRequest) => Promise<Identity>;

/** What authentication reads of a request: an HTTP request, or a WebSocket's connection_init. */
export type CallerRequest = Pick<IncomingMessage, 'headers' | 'socket'>;

/** Who presented a credential; the gateway adds where the request came from. */
export type Caller = Omit<Identity, 'clientIp'>;

/** Checks the credential of one `Authorization` scheme, throwing UnauthenticatedError if invalid. */
export type CredentialVerifier = (credential: string) => Promise<Caller>;

export interface AuthenticateOptions {
  /**
   * By lower-case `Authorization` scheme: `bearer` for access tokens, `apikey` for partner API
   * keys. Any other scheme is refused.
   */
  verifiers: Record<string, CredentialVerifier>;
  /** Take the client address from X-Forwarded-For: only behind a proxy that sets it. */
  trustProxy: boolean;
}

const AUTHORIZATION = /^(\S+) +(\S+)$/;

export function createAuthenticate(options: AuthenticateOptions): Authenticate {
  const verifiers = new Map(Object.entries(options.verifiers));
  return async (request) => {
    const ip = clientIp(request, options.trustProxy);
    const caller = await authenticateCaller(request.headers.authorization?.trim(), verifiers);
    return ip ? { ...caller, clientIp: ip } : caller;
  };
}

async function authenticateCaller(
  authorization: string | undefined,
  verifiers: Map<string, CredentialVerifier>,
): Promise<Caller> {
  // An empty header claims nothing, as some clients send one when no token is set.
  if (!authorization) return ANONYMOUS;
  const match = AUTHORIZATION.exec(authorization);
  if (!match) throw new UnauthenticatedError('Malformed Authorization header');
  const verify = verifiers.get(match[1]!.toLowerCase());
  if (!verify) throw new UnauthenticatedError('Unsupported authorization scheme');
  return verify(match[2]!);
}

/** The edge authentication of a running gateway, and how to stop what it runs in the background. */
export interface EdgeAuthentication {
  authenticate: Authenticate;
  stop(): void;
}

/**
 * The gateway's authentication from its configuration: keys are imported once, here, and the
 * feed of revoked access tokens starts (unless TOKEN_REVOCATION_POLL_MS is 0).
 */
export async function authenticateFromConfig(
  config: Pick<
    GatewayConfig,
    | 'accessTokenPublicKey'
    | 'trustProxy'
    | 'identitySecret'
    | 'subgraphTimeoutMs'
    | 'apiKeyCacheTtlMs'
    | 'apiKeyRefusedCacheTtlMs'
    | 'tokenRevocationPollMs'
  > & {
    /** The users subgraph's GraphQL URL the gateway routes to; API keys are checked beside it. */
    usersUrl: string;
  },
  logger: pino.Logger,
): Promise<EdgeAuthentication> {
  const accessTokenKey = config.accessTokenPublicKey
    ? await importAccessTokenKey(config.accessTokenPublicKey)
    : undefined;
  if (!accessTokenKey) {
    logger.warn('AUTH_JWT_PUBLIC_KEY is not set: every Bearer access token will be refused');
  }
  const revoked =
    accessTokenKey && config.tokenRevocationPollMs > 0
      ? startTokenRevocationFeed({
          usersUrl: config.usersUrl,
          identitySecret: config.identitySecret,
          timeoutMs: config.subgraphTimeoutMs,
          pollIntervalMs: config.tokenRevocationPollMs,
          logger,
        })
      : undefined;
  const authenticate = createAuthenticate({
    verifiers: {
      bearer: accessTokenVerifier(accessTokenKey, revoked ? { revoked } : {}),
      apikey: apiKeyVerifier({
        usersUrl: config.usersUrl,
        identitySecret: config.identitySecret,
        timeoutMs: config.subgraphTimeoutMs,
        cacheTtlMs: config.apiKeyCacheTtlMs,
        refusedCacheTtlMs: config.apiKeyRefusedCacheTtlMs,
        logger,
      }),
    },
    trustProxy: config.trustProxy,
  });
  return { authenticate, stop: () => revoked?.stop() };
}
