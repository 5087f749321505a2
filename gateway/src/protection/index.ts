import type { ApolloServerPlugin, PersistedQueryOptions } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type pino from 'pino';
import type { GatewayContext } from '../context';
import { depthLimitRule } from '../depth-limit';
import type { ProtectionConfig } from './config';
import { createCostLimit, type CostLimit } from './cost-limit';
import { createPersistedQueries, type PersistedQueries } from './persisted-queries';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { createGatewayRedis } from './redis-client';

export type { ProtectionConfig } from './config';
export { RATE_LIMITED, rateLimitedError, type RateLimiter } from './rate-limit';
export { QUERY_TOO_COMPLEX, type CostLimit } from './cost-limit';
export { PERSISTED_QUERY_NOT_ALLOWED, type PersistedQueries } from './persisted-queries';

/**
 * Everything that bounds what a caller may ask of the gateway, built once from its config. HTTP
 * requests go through all of it; the subscription engine calls `rateLimiter.consume`,
 * `persistedQueries.resolve`, the validation rules and `costLimit.assertWithinLimit` itself when a
 * client subscribes.
 */
export interface Protection {
  /** Depth limit, next to graphql-js's own rules. */
  validationRules: ValidationRule[];
  /** Cost limit and allow-list, once an operation is parsed and validated. */
  plugins: ApolloServerPlugin<GatewayContext>[];
  /** ApolloServer's `persistedQueries` option. */
  persistedQueries: PersistedQueryOptions | false | undefined;
  rateLimiter: RateLimiter;
  costLimit: CostLimit;
  operations: PersistedQueries;
  /** serveApollo's limits: body size, request time, CORS origins. */
  http: { maxBodyBytes: number; requestTimeoutMs: number; corsOrigins: readonly string[] };
  close(): void;
}

export function createProtection(
  config: { redisUrl: string | undefined; protection: ProtectionConfig },
  logger: pino.Logger,
): Protection {
  const limits = config.protection;
  // First, as it may fail (an unreadable manifest) before anything is started.
  const operations = createPersistedQueries(limits.persistedQueries, limits.persistedQueryManifest);
  const costLimit = createCostLimit(limits.cost);
  const redis = config.redisUrl ? createGatewayRedis(config.redisUrl, logger) : undefined;
  return {
    validationRules: [depthLimitRule(limits.maxOperationDepth)],
    plugins: [costLimit.plugin, ...operations.plugins],
    persistedQueries: operations.apolloOption,
    rateLimiter: createRateLimiter({ limits: limits.rateLimits, ...(redis ? { redis } : {}) }),
    costLimit,
    operations,
    http: {
      maxBodyBytes: limits.maxBodyBytes,
      requestTimeoutMs: limits.requestTimeoutMs,
      corsOrigins: limits.corsOrigins,
    },
    close: () => redis?.disconnect(),
  };
}
