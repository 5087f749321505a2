import type Redis from 'ioredis';
import { LRUCache } from 'lru-cache';
import { TAKE_TOKEN_LUA, takeToken, type BucketLimit, type BucketState } from './rate-limit-bucket';

/** Where callers' token buckets live. */
export interface BucketStore {
  /** Takes one token from the bucket at `key`: 0, or how many ms until it holds one. */
  take(key: string, limit: BucketLimit): Promise<number>;
}

/** How many callers' buckets an instance keeps in memory by default (about 200 bytes each). */
export const MEMORY_BUCKETS = 100_000;

/**
 * Buckets in this process's memory, on its monotonic clock. At most `maxBuckets` are kept: the
 * least recently seen caller's is dropped first and starts again full.
 */
export function memoryBucketStore(maxBuckets = MEMORY_BUCKETS): BucketStore {
  const buckets = new LRUCache<string, BucketState>({ max: maxBuckets });
  return {
    take(key, limit) {
      const { state, waitMs } = takeToken(buckets.get(key), performance.now(), limit);
      buckets.set(key, state);
      return Promise.resolve(waitMs);
    },
  };
}

const TAKE_TOKEN = 'dabbaTakeRateToken';

interface TakeTokenCommand {
  [TAKE_TOKEN](key: string, capacity: number, refillPerMinute: number): Promise<number>;
}

/**
 * Buckets in Redis, shared by every gateway instance: one atomic script call (EVALSHA) per
 * operation. While the client is not connected, or when a call fails, the bucket is taken from
 * `standIn` (this instance's memory) instead, so an outage neither holds nor fails requests.
 */
export function redisBucketStore(redis: Redis, standIn: BucketStore): BucketStore {
  redis.defineCommand(TAKE_TOKEN, { numberOfKeys: 1, lua: TAKE_TOKEN_LUA });
  const client = redis as Redis & TakeTokenCommand;
  return {
    async take(key, limit) {
      if (client.status !== 'ready') return standIn.take(key, limit);
      try {
        return await client[TAKE_TOKEN](key, limit.capacity, limit.refillPerMinute);
      } catch {
        return standIn.take(key, limit);
      }
    },
  };
}
