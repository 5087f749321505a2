import { envPrefix, existingSubgraphs } from '@dabba/schema';
import { parseConfig, subgraphEnvSchema } from '@dabba/subgraph-kit';
import { z } from 'zod';
import { isEd25519PublicKeyPem } from './access-token';
import { protectionConfig, protectionEnvShape, type ProtectionConfig } from './protection/config';
import { DEFAULT_TOKEN_REVOCATION_POLL_MS } from './token-revocations';

const unsetWhenEmpty = (value: unknown): unknown => (value === '' ? undefined : value);

type SubgraphUrlVariable = `${string}_SUBGRAPH_URL`;

/** `USERS_SUBGRAPH_URL` etc.: where the gateway reaches each subgraph instead of its supergraph URL. */
export function subgraphUrlVariable(name: string): SubgraphUrlVariable {
  return `${envPrefix(name)}_SUBGRAPH_URL`;
}

const subgraphUrlSchema = z.preprocess(unsetWhenEmpty, z.url({ protocol: /^https?$/ }).optional());

const subgraphUrlsShape: Record<SubgraphUrlVariable, typeof subgraphUrlSchema> = Object.fromEntries(
  existingSubgraphs().map((subgraph) => [subgraphUrlVariable(subgraph.name), subgraphUrlSchema]),
);

const gatewayEnvSchema = subgraphEnvSchema
  .pick({ NODE_ENV: true, LOG_LEVEL: true, IDENTITY_SECRET: true, AMQP_URL: true })
  .extend({
    /**
     * WebSocket ping interval of subscription connections; one that does not answer within it is
     * dropped.
     */
    SUBSCRIPTION_KEEPALIVE_MS: z.preprocess(
      unsetWhenEmpty,
      z.coerce.number().int().min(1_000).max(300_000).default(12_000),
    ),
    PORT: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(0).max(65535).default(4000)),
    HOST: z.preprocess(unsetWhenEmpty, z.string().optional()),
    /** Apollo Sandbox on GET /graphql, and introspection with it; off in production unless set. */
    SANDBOX_ENABLED: z.preprocess(unsetWhenEmpty, z.stringbool().optional()),
    /** How long one subgraph fetch may take, response body included, before it fails. */
    SUBGRAPH_TIMEOUT_MS: z.preprocess(
      unsetWhenEmpty,
      z.coerce.number().int().min(1).max(300_000).default(10_000),
    ),
    /**
     * A subgraph query identical to one in flight (same subgraph, caller identity, text and
     * variables) shares its answer instead of being sent again. Mutations are always sent.
     */
    SUBGRAPH_QUERY_DEDUPLICATION: z.preprocess(unsetWhenEmpty, z.stringbool().default(true)),
    /**
     * How long a verified partner API key is trusted before users is asked again: a revoked key
     * keeps working here for up to this long. 0 asks every time.
     */
    API_KEY_CACHE_TTL_MS: z.preprocess(
      unsetWhenEmpty,
      z.coerce.number().int().min(0).max(300_000).default(60_000),
    ),
    /** How long a refused API key is refused without asking users again. */
    API_KEY_REFUSED_CACHE_TTL_MS: z.preprocess(
      unsetWhenEmpty,
      z.coerce.number().int().min(0).max(300_000).default(10_000),
    ),
    /**
     * How often revoked access tokens (ended sessions, changed roles or memberships) are read
     * from the users subgraph: a revocation takes up to this long here. 0 turns the feed off.
     */
    TOKEN_REVOCATION_POLL_MS: z.preprocess(
      unsetWhenEmpty,
      z.coerce.number().int().min(0).max(60_000).default(DEFAULT_TOKEN_REVOCATION_POLL_MS),
    ),
    /** Behind a proxy that sets X-Forwarded-For: the client address is its first hop. */
    TRUST_PROXY: z.preprocess(unsetWhenEmpty, z.stringbool().default(false)),
  })
  .extend(protectionEnvShape)
  .extend(subgraphUrlsShape);

/** Secret stores and .env files often carry a PEM on one line with literal `\n`s. */
const pemLines = (value: unknown): unknown =>
  typeof value === 'string' ? unsetWhenEmpty(value.replace(/\\n/g, '\n')) : value;

const publicKeySchema = z
  .string({ error: 'is required in production' })
  .refine(isEd25519PublicKeyPem, 'must be an Ed25519 public key in SPKI PEM');

/**
 * Verifies access tokens; the users subgraph signs them with the matching private key. Optional
 * outside production, so a development gateway starts without one.
 */
function withPublicKey(production: boolean) {
  return gatewayEnvSchema.extend({
    AUTH_JWT_PUBLIC_KEY: z.preprocess(
      pemLines,
      production ? publicKeySchema : publicKeySchema.optional(),
    ),
  });
}

export interface GatewayConfig {
  nodeEnv: 'development' | 'test' | 'production';
  logLevel: string;
  port: number;
  host: string | undefined;
  identitySecret: string;
  sandboxEnabled: boolean;
  subgraphTimeoutMs: number;
  /** Identical subgraph queries in flight for the same caller are sent once. */
  subgraphQueryDeduplication: boolean;
  /**
   * SPKI PEM of the key access tokens are verified with; unset outside production, where every
   * Bearer token is then refused.
   */
  accessTokenPublicKey: string | undefined;
  trustProxy: boolean;
  /** Verified partner API keys are remembered this long (revocation delay at the gateway). */
  apiKeyCacheTtlMs: number;
  /** Refused partner API keys are remembered this long. */
  apiKeyRefusedCacheTtlMs: number;
  /** How often revoked access tokens are read from users; 0: never (tokens live until `exp`). */
  tokenRevocationPollMs: number;
  /** Routing URL overrides by subgraph name; subgraphs without one use the supergraph's URL. */
  subgraphUrls: Record<string, string>;
  /** Redis for the rate limits' token buckets; unset: each instance keeps them in memory. */
  redisUrl: string | undefined;
  /**
   * The event backbone subscriptions listen to; unset: the in-process broker, which only carries
   * events of subgraphs running in the gateway's own process.
   */
  amqpUrl: string | undefined;
  subscriptionKeepAliveMs: number;
  /** Limits on requests: size, time, depth, cost, rate, origins, persisted queries. */
  protection: ProtectionConfig;
}

/** Reads the gateway's configuration, failing with every invalid variable listed. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = parseConfig(withPublicKey(env.NODE_ENV === 'production'), env);
  const subgraphUrls: Record<string, string> = {};
  for (const subgraph of existingSubgraphs()) {
    const url = parsed[subgraphUrlVariable(subgraph.name)];
    if (typeof url === 'string') subgraphUrls[subgraph.name] = url;
  }
  return {
    nodeEnv: parsed.NODE_ENV,
    logLevel: parsed.LOG_LEVEL,
    port: parsed.PORT,
    host: parsed.HOST,
    identitySecret: parsed.IDENTITY_SECRET,
    sandboxEnabled: parsed.SANDBOX_ENABLED ?? parsed.NODE_ENV !== 'production',
    subgraphTimeoutMs: parsed.SUBGRAPH_TIMEOUT_MS,
    subgraphQueryDeduplication: parsed.SUBGRAPH_QUERY_DEDUPLICATION,
    accessTokenPublicKey: parsed.AUTH_JWT_PUBLIC_KEY,
    trustProxy: parsed.TRUST_PROXY,
    apiKeyCacheTtlMs: parsed.API_KEY_CACHE_TTL_MS,
    apiKeyRefusedCacheTtlMs: parsed.API_KEY_REFUSED_CACHE_TTL_MS,
    tokenRevocationPollMs: parsed.TOKEN_REVOCATION_POLL_MS,
    subgraphUrls,
    redisUrl: parsed.REDIS_URL,
    amqpUrl: parsed.AMQP_URL,
    subscriptionKeepAliveMs: parsed.SUBSCRIPTION_KEEPALIVE_MS,
    protection: protectionConfig(parsed),
  };
}
