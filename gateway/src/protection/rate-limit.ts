import { HeaderMap } from '@apollo/server';
import type { Identity } from '@dabba/subgraph-kit';
import { GraphQLError } from 'graphql';
import type Redis from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/** Operations allowed per window and caller, by kind of caller; 0 leaves that kind unlimited. */
export interface RateLimits {
  windowSeconds: number;
  /** Per client address, for callers without credentials. */
  anonymous: number;
  /** Per user, whatever device or address the requests come from. */
  user: number;
  /** Per partner API key. */
  apiKey: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  windowSeconds: 60,
  anonymous: 300,
  user: 600,
  apiKey: 1_200,
};

export const RATE_LIMITED = 'RATE_LIMITED';

type LimitedKind = Exclude<keyof RateLimits, 'windowSeconds'>;

/** Whose allowance an operation counts against; the gateway's own calls count against none. */
function callerOf(identity: Identity): { kind: LimitedKind; key: string } | undefined {
  if (identity.kind === 'service') return undefined;
  if (identity.kind === 'user' && identity.userId) return { kind: 'user', key: identity.userId };
  if (identity.kind === 'apiKey' && identity.apiKeyId) {
    return { kind: 'apiKey', key: identity.apiKeyId };
  }
  return { kind: 'anonymous', key: identity.clientIp ?? 'unknown' };
}

/**
 * The error of a caller over its limit: `retryAfter` is how many seconds until its window
 * resets. With `http`, Apollo Server answers it 429 with a Retry-After header.
 */
export function rateLimitedError(retryAfterSeconds: number, http = false): GraphQLError {
  return new GraphQLError(`Too many requests: try again in ${retryAfterSeconds} s.`, {
    extensions: {
      code: RATE_LIMITED,
      retryAfter: retryAfterSeconds,
      ...(http
        ? {
            http: {
              status: 429,
              headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]),
            },
          }
        : {}),
    },
  });
}

export interface RateLimiter {
  /**
   * Counts one operation against the caller's allowance; over it, throws RATE_LIMITED with
   * `retryAfter` (e.g. for a subscription, at subscribe time).
   */
  consume(identity: Identity): Promise<void>;
  /** consume for an HTTP request: over the allowance, the answer is 429 with Retry-After. */
  consumeRequest(identity: Identity): Promise<void>;
}

export interface RateLimiterOptions {
  limits: RateLimits;
  /**
   * Counters shared by every gateway instance. While it cannot be reached, each instance counts
   * in its own memory (rate-limiter-flexible's insurance limiter). In memory only when absent.
   */
  redis?: Redis;
  /** Separates independent limiters on one Redis, e.g. in tests. */
  keyPrefix?: string;
}

/**
 * Per-caller rate limits with rate-limiter-flexible: each caller has `limit` operations per
 * window, the window starting at its first operation; the counter lives in Redis (one atomic
 * increment per operation) or in memory.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limits, redis } = options;
  const prefix = options.keyPrefix ?? 'gateway_rate';
  const limiters = new Map<LimitedKind, RateLimiterAbstract>();
  for (const kind of ['anonymous', 'user', 'apiKey'] as const) {
    const points = limits[kind];
    if (points === 0) continue;
    const counter = { keyPrefix: `${prefix}:${kind}`, points, duration: limits.windowSeconds };
    limiters.set(
      kind,
      redis
        ? new RateLimiterRedis({
            ...counter,
            storeClient: redis,
            // Not connected: straight to memory, without waiting on the client.
            rejectIfRedisNotReady: true,
            insuranceLimiter: new RateLimiterMemory(counter),
          })
        : new RateLimiterMemory(counter),
    );
  }

  /** Seconds the caller must wait, 0 when this operation was within its allowance. */
  async function retryAfterSeconds(identity: Identity): Promise<number> {
    const caller = callerOf(identity);
    const limiter = caller && limiters.get(caller.kind);
    if (!caller || !limiter) return 0;
    try {
      await limiter.consume(caller.key);
      return 0;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    }
  }

  return {
    async consume(identity) {
      const wait = await retryAfterSeconds(identity);
      if (wait > 0) throw rateLimitedError(wait);
    },
    async consumeRequest(identity) {
      const wait = await retryAfterSeconds(identity);
      if (wait > 0) throw rateLimitedError(wait, true);
    },
  };
}
