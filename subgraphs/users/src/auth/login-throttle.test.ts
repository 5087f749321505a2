import { randomUUID } from 'node:crypto';
import { createLogger } from '@dabba/subgraph-kit';
import type Redis from 'ioredis';
import { createRedisClient } from '../redis-client';
import {
  createLoginThrottle,
  type LoginThrottleOptions,
  type ThrottleLogger,
} from './login-throttle';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.warn('REDIS_URL is not set: skipping the Redis login throttle tests');
/** Nothing listens there: every connection attempt is refused. */
const CLOSED_PORT_URL = 'redis://127.0.0.1:1';
const silent = createLogger('users-test', 'silent');

/** A logger that keeps what it was told. */
function recordingLogger(): ThrottleLogger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    warn: (_fields, message) => lines.push(`warn: ${message}`),
    info: (_fields, message) => lines.push(`info: ${message}`),
  };
}

/** Resolves once the client has connected and passed its ready check. */
async function ready(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve) => redis.once('ready', () => resolve()));
}

let redis: Redis | undefined;

beforeAll(async () => {
  if (!REDIS_URL) return;
  // Built as the subgraph builds it, so the suite also checks that those settings work on a live Redis.
  redis = createRedisClient(REDIS_URL, silent);
  await ready(redis);
});

afterAll(() => {
  redis?.disconnect();
});

const adapters: [string, () => LoginThrottleOptions][] = [['in memory', () => ({})]];
if (REDIS_URL) {
  adapters.push(['on Redis', () => ({ redis: redis!, keyPrefix: `test:${randomUUID()}` })]);
}

describe.each(adapters)('LoginThrottle %s', (_name, options) => {
  it('locks an account out after its limit, for the rest of the window', async () => {
    const throttle = createLoginThrottle({ ...options(), accountLimit: 3, windowSeconds: 60 });
    for (let i = 0; i < 3; i += 1) {
      expect(await throttle.retryAfterSeconds('email:a@b.vn', `ip-${i}`)).toBe(0);
      await throttle.recordFailure('email:a@b.vn', `ip-${i}`);
    }
    const wait = await throttle.retryAfterSeconds('email:a@b.vn', 'ip-other');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await throttle.retryAfterSeconds('email:c@d.vn', 'ip-other')).toBe(0);
  });

  it('locks an address out across accounts', async () => {
    const throttle = createLoginThrottle({ ...options(), ipLimit: 2, windowSeconds: 60 });
    await throttle.recordFailure('email:1@b.vn', '10.0.0.9');
    await throttle.recordFailure('email:2@b.vn', '10.0.0.9');
    expect(await throttle.retryAfterSeconds('email:3@b.vn', '10.0.0.9')).toBeGreaterThan(0);
    expect(await throttle.retryAfterSeconds('email:3@b.vn', '10.0.0.10')).toBe(0);
  });

  it('clears an account’s failures on success, and keeps counting past the limit', async () => {
    const throttle = createLoginThrottle({ ...options(), accountLimit: 2, windowSeconds: 60 });
    await throttle.recordFailure('phone:+84901234567', 'ip');
    await throttle.recordFailure('phone:+84901234567', 'ip');
    await throttle.recordFailure('phone:+84901234567', 'ip');
    expect(await throttle.retryAfterSeconds('phone:+84901234567', 'ip')).toBeGreaterThan(0);
    await throttle.recordSuccess('phone:+84901234567');
    expect(await throttle.retryAfterSeconds('phone:+84901234567', 'ip')).toBe(0);
  });
});

describe('LoginThrottle while Redis cannot be reached', () => {
  let unreachable: Redis;

  beforeAll(() => {
    unreachable = createRedisClient(CLOSED_PORT_URL, silent);
  });

  afterAll(() => {
    unreachable.disconnect();
  });

  it('keeps answering, counts in memory and locks the account out at its limit', async () => {
    const logger = recordingLogger();
    const throttle = createLoginThrottle({
      redis: unreachable,
      logger,
      accountLimit: 3,
      windowSeconds: 60,
    });
    const started = Date.now();
    for (let i = 0; i < 3; i += 1) {
      expect(await throttle.retryAfterSeconds('email:down@b.vn', `ip-${i}`)).toBe(0);
      await throttle.recordFailure('email:down@b.vn', `ip-${i}`);
    }
    const wait = await throttle.retryAfterSeconds('email:down@b.vn', 'ip-other');
    // Nothing waited for the client: each step failed over at once (connectTimeout alone is 2 s).
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await throttle.retryAfterSeconds('email:other@b.vn', 'ip-other')).toBe(0);

    await throttle.recordSuccess('email:down@b.vn');
    expect(await throttle.retryAfterSeconds('email:down@b.vn', 'ip-other')).toBe(0);
    expect(logger.lines).toEqual([
      'warn: redis unavailable: counting attempts in this process’s memory until it answers again',
    ]);
  });

  it('locks an address out across accounts', async () => {
    const throttle = createLoginThrottle({ redis: unreachable, ipLimit: 2, windowSeconds: 60 });
    await throttle.recordFailure('email:1@b.vn', '10.0.0.9');
    await throttle.recordFailure('email:2@b.vn', '10.0.0.9');
    expect(await throttle.retryAfterSeconds('email:3@b.vn', '10.0.0.9')).toBeGreaterThan(0);
    expect(await throttle.retryAfterSeconds('email:3@b.vn', '10.0.0.10')).toBe(0);
  });
});

(REDIS_URL ? describe : describe.skip)('LoginThrottle through a Redis outage', () => {
  it('counts in memory while Redis is away and in Redis again once it is back, logging each once', async () => {
    const client = createRedisClient(REDIS_URL!, silent);
    try {
      await ready(client);
      const logger = recordingLogger();
      const throttle = createLoginThrottle({
        redis: client,
        logger,
        keyPrefix: `test:${randomUUID()}`,
        accountLimit: 2,
        windowSeconds: 60,
      });
      await throttle.recordFailure('email:flaky@b.vn', 'ip');
      expect(logger.lines).toEqual([]);

      const ended = new Promise((resolve) => client.once('end', resolve));
      client.disconnect();
      await ended;
      await throttle.recordFailure('email:flaky@b.vn', 'ip');
      await throttle.recordFailure('email:flaky@b.vn', 'ip');
      expect(await throttle.retryAfterSeconds('email:flaky@b.vn', 'ip')).toBeGreaterThan(0);
      expect(logger.lines).toHaveLength(1);

      await client.connect();
      await ready(client);
      // Redis still holds its own count (1 of 2): what was counted in memory is not copied back.
      expect(await throttle.retryAfterSeconds('email:flaky@b.vn', 'ip')).toBe(0);
      await throttle.recordFailure('email:flaky@b.vn', 'ip');
      expect(await throttle.retryAfterSeconds('email:flaky@b.vn', 'ip')).toBeGreaterThan(0);
      expect(logger.lines).toEqual([
        'warn: redis unavailable: counting attempts in this process’s memory until it answers again',
        'info: redis answers again: counting attempts there',
      ]);
    } finally {
      client.disconnect();
    }
  });
});
