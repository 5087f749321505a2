import { createLogger } from '@dabba/subgraph-kit';
import type Redis from 'ioredis';
import { createGatewayRedis } from './redis-client';

/** Nothing listens there: every connection attempt is refused, as in an outage. */
export const CLOSED_PORT_URL = 'redis://127.0.0.1:1';

export const silentLogger = createLogger('gateway-test', 'silent');

/**
 * For a rate limit test file: the gateway's Redis client on REDIS_URL, connected before the
 * file's tests and closed after them. Without REDIS_URL, `enabled` is false, the file's Redis
 * suites are to be skipped, and a warning says so.
 */
export function redisForTests(suites: string): { enabled: boolean; client(): Redis } {
  const url = process.env.REDIS_URL;
  if (!url) console.warn(`REDIS_URL is not set: skipping the Redis ${suites} tests`);
  let redis: Redis | undefined;

  beforeAll(async () => {
    if (!url) return;
    redis = createGatewayRedis(url, silentLogger);
    await new Promise<void>((resolve) => redis!.once('ready', () => resolve()));
  });

  afterAll(() => {
    redis?.disconnect();
  });

  return {
    enabled: Boolean(url),
    client() {
      if (!redis) throw new Error('the Redis client is connected in beforeAll, with REDIS_URL');
      return redis;
    },
  };
}
