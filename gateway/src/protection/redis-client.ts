import { createFailFastRedis } from '@dabba/subgraph-kit';
import type Redis from 'ioredis';
import type pino from 'pino';

/**
 * The gateway's Redis client for rate limits. Every request waits on it, so a command not
 * answered in 500 ms fails and a command caught by a dropped connection is not resent: the limiter
 * then keeps buckets in memory. Requests before it is ready take from buckets in memory too.
 */
export function createGatewayRedis(url: string, logger: pino.Logger): Redis {
  return createFailFastRedis(url, logger, {
    commandTimeoutMs: 500,
    maxRetriesPerRequest: 0,
    unavailable: 'redis unavailable: rate limits are kept in this process’s memory',
    available: 'redis available again: rate limits are kept there',
  });
}
