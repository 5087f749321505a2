import { randomUUID } from 'node:crypto';
import { ANONYMOUS, SERVICE_IDENTITY, type Identity } from '@dabba/subgraph-kit';
import type { GraphQLError } from 'graphql';
import {
  callerBucket,
  createRateLimiter,
  type RateLimiterOptions,
  type RateLimits,
} from './rate-limit';
import { CLOSED_PORT_URL, redisForTests, silentLogger } from './rate-limit-testing';
import { createGatewayRedis } from './redis-client';

const redis = redisForTests('rate limit');

/** Buckets that do not refill while a test runs (a token every 20 to 30 s). */
const LIMITS: RateLimits = {
  anonymous: { capacity: 2, refillPerMinute: 2 },
  user: { capacity: 3, refillPerMinute: 3 },
  apiKey: { capacity: 4, refillPerMinute: 2 },
};

const anonymous = (clientIp: string): Identity => ({ ...ANONYMOUS, clientIp });
const user = (userId: string, clientIp = '10.0.0.1'): Identity => ({
  kind: 'user',
  userId,
  roles: ['customer'],
  organizations: [],
  scopes: [],
  clientIp,
});
const apiKey = (apiKeyId: string): Identity => ({
  kind: 'apiKey',
  userId: null,
  roles: [],
  organizations: [{ organizationId: 'org_1', role: 'API_KEY' }],
  scopes: ['menus:read'],
  apiKeyId,
  clientIp: '10.0.0.1',
});

/** How many of `attempts` operations in a row were let through, and the first refusal. */
async function admitted(
  consume: (identity: Identity) => Promise<void>,
  identity: Identity,
  attempts: number,
): Promise<{ admitted: number; refusal?: GraphQLError }> {
  let count = 0;
  for (let i = 0; i < attempts; i += 1) {
    try {
      await consume(identity);
      count += 1;
    } catch (error) {
      return { admitted: count, refusal: error as GraphQLError };
    }
  }
  return { admitted: count };
}

const adapters: [string, () => Partial<RateLimiterOptions>][] = [['in memory', () => ({})]];
if (redis.enabled) {
  adapters.push(['on Redis', () => ({ redis: redis.client(), keyPrefix: `test:${randomUUID()}` })]);
}

describe.each(adapters)('rate limiter %s', (_name, options) => {
  const limiter = () => createRateLimiter({ limits: LIMITS, ...options() });

  it('lets an anonymous address make its burst, then refuses it with RATE_LIMITED', async () => {
    const { consume } = limiter();
    const started = performance.now();
    const result = await admitted(consume, anonymous('203.0.113.7'), 5);
    const elapsedSeconds = (performance.now() - started) / 1000;

    expect(result.admitted).toBe(2);
    // The next token in 30 s (2 a minute), less what refilled meanwhile, rounded up.
    const retryAfter = result.refusal?.extensions.retryAfter;
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(retryAfter).toBeGreaterThanOrEqual(Math.floor(30 - elapsedSeconds));
    expect(result.refusal?.message).toBe(`Too many requests: try again in ${retryAfter} s.`);
    expect(result.refusal?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter });
    // Another address has its own allowance.
    expect((await admitted(consume, anonymous('203.0.113.8'), 2)).admitted).toBe(2);
  });

  it('counts a user across addresses, and an API key by its id', async () => {
    const { consume } = limiter();
    const id = randomUUID();
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) await consume(user(id, ip));
    await expect(consume(user(id, '10.0.0.4'))).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED' },
    });
    expect((await admitted(consume, user(randomUUID()), 3)).admitted).toBe(3);
    expect((await admitted(consume, apiKey(randomUUID()), 6)).admitted).toBe(4);
  });

  it('answers an HTTP request over the limit 429 with Retry-After', async () => {
    const { consumeRequest } = limiter();
    const { refusal } = await admitted(consumeRequest, anonymous('198.51.100.1'), 3);

    const http = refusal?.extensions.http as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    expect([...http.headers]).toEqual([['retry-after', String(refusal?.extensions.retryAfter)]]);
  });

  it('never limits the gateway’s own calls, nor a kind without a limit', async () => {
    const { consume } = createRateLimiter({ limits: { ...LIMITS, user: null }, ...options() });
    expect((await admitted(consume, SERVICE_IDENTITY, 10)).admitted).toBe(10);
    expect((await admitted(consume, user(randomUUID()), 10)).admitted).toBe(10);
  });
});

(redis.enabled ? describe : describe.skip)('rate limiter keys on Redis', () => {
  it('keys a bucket by kind of caller and a hash of its id, never the id itself', async () => {
    const keyPrefix = `test:${randomUUID()}`;
    const { consume } = createRateLimiter({ limits: LIMITS, redis: redis.client(), keyPrefix });
    await consume(anonymous('203.0.113.9'));
    await consume(user('203.0.113.9'));

    const keys = await redis.client().keys(`${keyPrefix}:*`);
    expect(keys.sort()).toEqual([
      expect.stringMatching(new RegExp(`^${keyPrefix}:anonymous:[\\w-]{43}$`)),
      expect.stringMatching(new RegExp(`^${keyPrefix}:user:[\\w-]{43}$`)),
    ]);
    expect(keys[0]!.split(':')[3]).toBe(keys[1]!.split(':')[3]);
  });
});

describe('callerBucket', () => {
  const defaults = { capacity: 60, refillPerMinute: 300 };

  it('refills by the rate per minute, holding the burst given', () => {
    expect(callerBucket(90, 5, defaults)).toEqual({ capacity: 5, refillPerMinute: 90 });
  });

  it('holds the default burst, or a minute’s worth when that is less', () => {
    expect(callerBucket(600, undefined, defaults)).toEqual({ capacity: 60, refillPerMinute: 600 });
    expect(callerBucket(2, undefined, defaults)).toEqual({ capacity: 2, refillPerMinute: 2 });
  });

  it('leaves a rate of 0 unlimited', () => {
    expect(callerBucket(0, 5, defaults)).toBeNull();
  });
});

describe('rate limiter while Redis is down', () => {
  it('keeps buckets in memory and still refuses over the limit', async () => {
    const down = createGatewayRedis(CLOSED_PORT_URL, silentLogger);
    try {
      const { consume } = createRateLimiter({ limits: LIMITS, redis: down });
      expect(await admitted(consume, anonymous('192.0.2.1'), 4)).toMatchObject({
        admitted: 2,
        refusal: { extensions: { code: 'RATE_LIMITED' } },
      });
    } finally {
      down.disconnect();
    }
  });
});
