import Redis from 'ioredis';
import type { Logger } from './logger';

export interface FailFastRedisOptions {
  /** A command not answered in this time is refused (Redis answers in well under a millisecond). */
  commandTimeoutMs: number;
  /** How often a command caught by a dropped connection is resent. */
  maxRetriesPerRequest: number;
  /** Logged once when Redis becomes unreachable, e.g. what the caller falls back on meanwhile. */
  unavailable: string;
  /** Logged once when it answers again. */
  available: string;
}

/**
 * A Redis client for callers that fall back on memory while Redis is away, so a command must fail
 * at once rather than wait for it: no offline queue (commands are refused while not connected),
 * and a connection attempt gives up after 2 s (default 10) and is retried in the background.
 * Connecting sends nothing that needs the queue, so the client connects in the background. Its
 * errors are logged once per outage (ioredis reports every failed reconnection), its return once.
 */
export function createFailFastRedis(
  url: string,
  logger: Pick<Logger, 'warn' | 'info'>,
  options: FailFastRedisOptions,
): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    connectTimeout: 2_000,
    commandTimeout: options.commandTimeoutMs,
    maxRetriesPerRequest: options.maxRetriesPerRequest,
  });
  let failing = false;
  redis.on('error', (error: unknown) => {
    if (failing) return;
    failing = true;
    logger.warn({ err: error }, options.unavailable);
  });
  redis.on('ready', () => {
    if (!failing) return;
    failing = false;
    logger.info(options.available);
  });
  return redis;
}
