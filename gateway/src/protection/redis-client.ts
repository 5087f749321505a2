import type pino from 'pino';
import Redis from 'ioredis';

/**
 * The gateway's Redis client for rate limits. Every request waits on it, so a command must fail
 * fast when Redis is away (the limiter then keeps buckets in memory) rather than hold the request:
 * no offline queue, a connection attempt gives up after 2 s and is retried in the background, a
 * command not answered in 500 ms fails (Redis answers in well under a millisecond), and a command
 * caught by a dropped connection is not resent. The client connects in the background: requests
 * before it is ready take from buckets in memory.
 */
export function createGatewayRedis(url: string, logger: pino.Logger): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    connectTimeout: 2_000,
    commandTimeout: 500,
    maxRetriesPerRequest: 0,
  });
  // ioredis reports every failed reconnection: one warning per outage, one line when it ends.
  let failing = false;
  redis.on('error', (error: unknown) => {
    if (failing) return;
    failing = true;
    logger.warn({ err: error }, 'redis unavailable: rate limits are kept in this process’s memory');
  });
  redis.on('ready', () => {
    if (!failing) return;
    failing = false;
    logger.info('redis available again: rate limits are kept there');
  });
  return redis;
}
