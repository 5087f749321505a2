import type { Logger } from '@dabba/subgraph-kit';
import Redis, { type RedisOptions } from 'ioredis';

/**
 * How the users subgraph talks to Redis (login and password reset throttles). Each throttle falls
 * back on memory when a command fails, so a command must fail at once when Redis is away rather
 * than wait for it:
 * - no offline queue: while not connected, commands are refused instead of held until reconnect;
 * - a connection attempt gives up after 2 seconds (default 10) and is retried in the background;
 * - a command not answered in a second (Redis answers in well under a millisecond) is refused;
 * - a command caught by a dropped connection is resent at most twice.
 * Connecting itself sends nothing that needs the queue, so startup is unchanged: the client
 * connects in the background, and the few attempts counted before it is ready count in memory.
 */
export const REDIS_OPTIONS = {
  enableOfflineQueue: false,
  connectTimeout: 2_000,
  commandTimeout: 1_000,
  maxRetriesPerRequest: 2,
} as const satisfies RedisOptions;

/**
 * A client for `url`, reconnecting on its own. Its errors are logged once per outage (ioredis
 * reports every failed reconnection), and its return once.
 */
export function createRedisClient(url: string, logger: Pick<Logger, 'warn' | 'info'>): Redis {
  const redis = new Redis(url, REDIS_OPTIONS);
  let failing = false;
  redis.on('error', (error: unknown) => {
    if (failing) return;
    failing = true;
    logger.warn({ err: error }, 'redis unavailable');
  });
  redis.on('ready', () => {
    if (!failing) return;
    failing = false;
    logger.info('redis available again');
  });
  return redis;
}
