import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BucketLimit } from './rate-limit-bucket';
import { memoryBucketStore, redisBucketStore, type BucketStore } from './rate-limit-store';
import { CLOSED_PORT_URL, redisForTests, silentLogger } from './rate-limit-testing';
import { createGatewayRedis } from './redis-client';

const redis = redisForTests('token bucket');

/** A bucket that does not refill while a test runs: one token a minute. */
const SLOW: BucketLimit = { capacity: 5, refillPerMinute: 1 };
/** A bucket that refills in a moment: one token every 50 ms. */
const FAST: BucketLimit = { capacity: 2, refillPerMinute: 1_200 };

/** Takes until refused: how many were taken, and the wait answered then. */
async function drain(store: BucketStore, key: string, limit: BucketLimit) {
  for (let taken = 0; taken <= limit.capacity; taken += 1) {
    const waitMs = await store.take(key, limit);
    if (waitMs > 0) return { taken, waitMs };
  }
  throw new Error(`more than ${limit.capacity} tokens taken from ${key}`);
}

const stores: [string, () => BucketStore][] = [['in memory', () => memoryBucketStore()]];
if (redis.enabled) {
  stores.push(['on Redis', () => redisBucketStore(redis.client(), memoryBucketStore())]);
}

describe.each(stores)('token bucket store %s', (_name, createStore) => {
  let store: BucketStore;
  /** A bucket key of this test's own. */
  const key = () => `test:rate-bucket:${randomUUID()}`;

  beforeEach(() => {
    store = createStore();
  });

  it('lets a burst up to the capacity through, then answers the wait for the refill', async () => {
    const started = performance.now();
    const { taken, waitMs } = await drain(store, key(), SLOW);
    const elapsed = performance.now() - started;

    expect(taken).toBe(5);
    // One token a minute, less what refilled while the bucket was emptied.
    expect(waitMs).toBeLessThanOrEqual(60_000);
    expect(waitMs).toBeGreaterThanOrEqual(60_000 - Math.ceil(elapsed) - 1);
  });

  it('refills after the wait it answered', async () => {
    const bucket = key();
    expect((await drain(store, bucket, FAST)).taken).toBe(2);

    let waitMs = await store.take(bucket, FAST);
    while (waitMs > 0) {
      await sleep(waitMs);
      waitMs = await store.take(bucket, FAST);
    }
    expect(waitMs).toBe(0);
  });

  it('keeps each caller’s bucket apart', async () => {
    const first = key();
    expect((await drain(store, first, SLOW)).taken).toBe(5);
    expect((await drain(store, key(), SLOW)).taken).toBe(5);
    expect(await store.take(first, SLOW)).toBeGreaterThan(0);
  });

  it('never lets concurrent takes exceed the capacity', async () => {
    const bucket = key();
    const waits = await Promise.all(Array.from({ length: 40 }, () => store.take(bucket, SLOW)));

    expect(waits.filter((waitMs) => waitMs === 0)).toHaveLength(5);
  });
});

describe('token bucket store in memory', () => {
  it('keeps at most maxBuckets, dropping the least recently seen caller’s', async () => {
    const store = memoryBucketStore(2);
    expect((await drain(store, 'a', SLOW)).taken).toBe(5);
    expect((await drain(store, 'b', SLOW)).taken).toBe(5);
    expect(await store.take('a', SLOW)).toBeGreaterThan(0);

    await store.take('c', SLOW);
    // b was seen least recently: dropped, it starts again full; a is still empty.
    expect(await store.take('a', SLOW)).toBeGreaterThan(0);
    expect((await drain(store, 'b', SLOW)).taken).toBe(5);
  });
});

(redis.enabled ? describe : describe.skip)('token bucket store on Redis', () => {
  it('expires a bucket once it would be full again', async () => {
    const store = redisBucketStore(redis.client(), memoryBucketStore());
    const bucket = `test:rate-bucket:${randomUUID()}`;
    await store.take(bucket, SLOW);
    await store.take(bucket, SLOW);

    // Two tokens short of full: two minutes at one a minute.
    const ttl = await redis.client().pttl(bucket);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(120_000);
    expect(await redis.client().hgetall(bucket)).toEqual({
      tokens: expect.stringMatching(/^3(\.\d+)?$/),
      at: expect.stringMatching(/^\d+(\.\d+)?$/),
    });
  });

  it('takes from the stand-in while Redis cannot be reached', async () => {
    const down = createGatewayRedis(CLOSED_PORT_URL, silentLogger);
    try {
      const store = redisBucketStore(down, memoryBucketStore());
      const bucket = `test:rate-bucket:${randomUUID()}`;
      expect(await drain(store, bucket, SLOW)).toMatchObject({ taken: 5 });
      expect(await redis.client().exists(bucket)).toBe(0);
    } finally {
      down.disconnect();
    }
  });
});
