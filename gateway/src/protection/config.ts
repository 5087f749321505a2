import { z } from 'zod';
import { MAX_OPERATION_DEPTH } from '../depth-limit';
import { DEFAULT_COST_LIMITS, type CostLimits } from './cost-limit';
import {
  DEFAULT_PERSISTED_QUERY_MANIFEST,
  PERSISTED_QUERY_MODES,
  type PersistedQueryMode,
} from './persisted-queries';
import { DEFAULT_RATE_LIMITS, callerBucket, type RateLimits } from './rate-limit';

/** The gateway's limits on what one request may ask for and how often (docs/gateway.md). */
export interface ProtectionConfig {
  maxBodyBytes: number;
  requestTimeoutMs: number;
  maxOperationDepth: number;
  cost: CostLimits;
  rateLimits: RateLimits;
  /** Exact browser origins allowed across origins; none: no CORS headers at all. */
  corsOrigins: string[];
  persistedQueries: PersistedQueryMode;
  /** The allow-list's manifest, read at startup in `allowlist` mode. */
  persistedQueryManifest: string;
}

const unsetWhenEmpty = (value: unknown): unknown => (value === '' ? undefined : value);

const integer = (min: number, max: number, fallback: number) =>
  z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(min).max(max).default(fallback));

const optionalInteger = (min: number, max: number) =>
  z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(min).max(max).optional());

function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

const originList = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean)
      : value,
  z
    .array(
      z
        .string()
        .refine(isOrigin, 'must be exact origins, e.g. https://app.dabba.vn, comma-separated'),
    )
    .default([]),
);

export const protectionEnvShape = {
  /** The rate limits' token buckets, shared by every gateway; in each instance's memory when unset. */
  REDIS_URL: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
      .optional(),
  ),
  /** A larger request body is refused (413 PAYLOAD_TOO_LARGE) before it is read. */
  MAX_BODY_BYTES: integer(1_024, 100 * 1_048_576, 1_048_576),
  /** An operation not answered within this is answered 504 REQUEST_TIMEOUT. */
  REQUEST_TIMEOUT_MS: integer(1, 600_000, 30_000),
  MAX_OPERATION_DEPTH: integer(1, 100, MAX_OPERATION_DEPTH),
  MAX_OPERATION_COST: integer(1, 1_000_000_000, DEFAULT_COST_LIMITS.maxCost),
  /** What a list field without first/last/limit is assumed to hold. */
  OPERATION_COST_LIST_SIZE: integer(1, 10_000, DEFAULT_COST_LIMITS.defaultListSize),
  /**
   * Operations per minute a caller's token bucket refills by (per client address for anonymous
   * callers); 0 is unlimited. `_BURST`: how many it holds, i.e. may make at once.
   */
  RATE_LIMIT_ANONYMOUS: integer(0, 1_000_000, DEFAULT_RATE_LIMITS.anonymous.refillPerMinute),
  RATE_LIMIT_ANONYMOUS_BURST: optionalInteger(1, 1_000_000),
  RATE_LIMIT_USER: integer(0, 1_000_000, DEFAULT_RATE_LIMITS.user.refillPerMinute),
  RATE_LIMIT_USER_BURST: optionalInteger(1, 1_000_000),
  RATE_LIMIT_API_KEY: integer(0, 1_000_000, DEFAULT_RATE_LIMITS.apiKey.refillPerMinute),
  RATE_LIMIT_API_KEY_BURST: optionalInteger(1, 1_000_000),
  CORS_ORIGINS: originList,
  PERSISTED_QUERIES: z.preprocess(unsetWhenEmpty, z.enum(PERSISTED_QUERY_MODES).default('apq')),
  PERSISTED_QUERY_MANIFEST: z.preprocess(
    unsetWhenEmpty,
    z.string().default(DEFAULT_PERSISTED_QUERY_MANIFEST),
  ),
};

type ProtectionEnv = z.infer<z.ZodObject<typeof protectionEnvShape>>;

export function protectionConfig(env: ProtectionEnv): ProtectionConfig {
  return {
    maxBodyBytes: env.MAX_BODY_BYTES,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    maxOperationDepth: env.MAX_OPERATION_DEPTH,
    cost: { maxCost: env.MAX_OPERATION_COST, defaultListSize: env.OPERATION_COST_LIST_SIZE },
    rateLimits: {
      anonymous: callerBucket(
        env.RATE_LIMIT_ANONYMOUS,
        env.RATE_LIMIT_ANONYMOUS_BURST,
        DEFAULT_RATE_LIMITS.anonymous,
      ),
      user: callerBucket(env.RATE_LIMIT_USER, env.RATE_LIMIT_USER_BURST, DEFAULT_RATE_LIMITS.user),
      apiKey: callerBucket(
        env.RATE_LIMIT_API_KEY,
        env.RATE_LIMIT_API_KEY_BURST,
        DEFAULT_RATE_LIMITS.apiKey,
      ),
    },
    corsOrigins: env.CORS_ORIGINS,
    persistedQueries: env.PERSISTED_QUERIES,
    persistedQueryManifest: env.PERSISTED_QUERY_MANIFEST,
  };
}
