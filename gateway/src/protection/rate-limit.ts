import { HeaderMap } from '@apollo/server';
import type { Identity } from '@dabba/subgraph-kit';
import { GraphQLError } from 'graphql';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';
import type { BucketLimit } from './rate-limit-bucket';
import { memoryBucketStore, redisBucketStore } from './rate-limit-store';

export type { BucketLimit } from './rate-limit-bucket';

/** Each kind of caller's token bucket; `null` leaves that kind unlimited. */
export interface RateLimits {
  /** Per client address, for callers without credentials. */
  anonymous: BucketLimit | null;
  /** Per user, whatever device or address the requests come from. */
  user: BucketLimit | null;
  /** Per partner API key. */
  apiKey: BucketLimit | null;
}

export const DEFAULT_RATE_LIMITS = {
  anonymous: { capacity: 60, refillPerMinute: 300 },
  user: { capacity: 120, refillPerMinute: 600 },
  apiKey: { capacity: 240, refillPerMinute: 1_200 },
} satisfies RateLimits;

/**
 * A kind of caller's bucket from its settings: `perMinute` 0 is unlimited; without a `burst`, the
 * capacity is the default one, or `perMinute` when that is smaller (a minute's worth at most).
 */
export function callerBucket(
  perMinute: number,
  burst: number | undefined,
  defaults: BucketLimit,
): BucketLimit | null {
  if (perMinute === 0) return null;
  return { capacity: burst ?? Math.min(defaults.capacity, perMinute), refillPerMinute: perMinute };
}

export const RATE_LIMITED = 'RATE_LIMITED';

type CallerKind = keyof RateLimits;

/** Whose bucket an operation takes from; the gateway's own calls take from none. */
function callerOf(identity: Identity): { kind: CallerKind; id: string } | undefined {
  if (identity.kind === 'service') return undefined;
  if (identity.kind === 'user' && identity.userId) return { kind: 'user', id: identity.userId };
  if (identity.kind === 'apiKey' && identity.apiKeyId) {
    return { kind: 'apiKey', id: identity.apiKeyId };
  }
  return { kind: 'anonymous', id: identity.clientIp ?? 'unknown' };
}

/**
 * The error of a caller over its limit: `retryAfter` is how many seconds until its bucket holds
 * a token again. With `http`, Apollo Server answers it 429 with a Retry-After header.
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
   * Takes one operation from the caller's bucket; when it is empty, throws RATE_LIMITED with
   * `retryAfter` (e.g. for a subscription, at subscribe time).
   */
  consume(identity: Identity): Promise<void>;
  /** consume for an HTTP request: over the limit, the answer is 429 with Retry-After. */
  consumeRequest(identity: Identity): Promise<void>;
}

export interface RateLimiterOptions {
  limits: RateLimits;
  /**
   * Buckets shared by every gateway instance. While it cannot be reached, each instance keeps
   * them in its own memory. In memory only when absent.
   */
  redis?: Redis;
  /** Separates independent limiters on one Redis, e.g. in tests. */
  keyPrefix?: string;
  /** How many buckets the in-memory store keeps (the least recently seen is dropped first). */
  maxMemoryBuckets?: number;
}

/**
 * Per-caller rate limits as token buckets (rate-limit-bucket.ts), in Redis or in memory. On Redis,
 * a bucket's key is its kind of caller and a hash of the caller's id, so neither addresses nor
 * user ids are written to Redis and every key has the same length; in memory, where nothing
 * leaves the process, the id itself.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limits, redis } = options;
  const prefix = options.keyPrefix ?? 'gateway:rate-bucket';
  const memory = memoryBucketStore(options.maxMemoryBuckets);
  const store = redis ? redisBucketStore(redis, memory) : memory;
  const bucketKey = redis
    ? (kind: CallerKind, id: string) =>
        `${prefix}:${kind}:${createHash('sha256').update(id).digest('base64url')}`
    : (kind: CallerKind, id: string) => `${kind}:${id}`;

  async function take(identity: Identity, http: boolean): Promise<void> {
    const caller = callerOf(identity);
    const limit = caller && limits[caller.kind];
    if (!caller || !limit) return;
    const waitMs = await store.take(bucketKey(caller.kind, caller.id), limit);
    // Only a refusal works out how long the caller is to wait.
    if (waitMs > 0) throw rateLimitedError(Math.ceil(waitMs / 1000), http);
  }

  return {
    consume: (identity) => take(identity, false),
    consumeRequest: (identity) => take(identity, true),
  };
}
