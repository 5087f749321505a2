import { createFailFastRedis, type Logger } from '@dabba/subgraph-kit';
import type Redis from 'ioredis';

/**
 * How the users subgraph talks to Redis (login and password reset throttles). Each throttle falls
 * back on memory when a command fails: a command not answered in a second is refused, and one
 * caught by a dropped connection is resent at most twice. The few attempts counted before the
 * client is ready count in memory.
 */
export function createRedisClient(url: string, logger: Pick<Logger, 'warn' | 'info'>): Redis {
  return createFailFastRedis(url, logger, {
    commandTimeoutMs: 1_000,
    maxRetriesPerRequest: 2,
    unavailable: 'redis unavailable',
    available: 'redis available again',
  });
}
