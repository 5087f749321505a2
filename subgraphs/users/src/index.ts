import { join } from 'node:path';
import type { SubgraphDefinition } from '@dabba/subgraph-kit';
import { createAccessTokenSigner, signingKey } from './auth/access-token-signer';
import { createLoginThrottle } from './auth/login-throttle';
import { createPasswordHasher } from './auth/password-hasher';
import { parseUsersConfig, readIdentitySecret } from './config';
import { createLogNotifier, type Notifier } from './notifications/notifier';
import { isSelf, type User } from './domain/user';
import { createUsersLoaders, type UsersLoaders } from './loaders';
import { openUsersPersistence } from './persistence';
import { createRedisClient } from './redis-client';
import { resolvers } from './resolvers';
import { organizationAccessRules } from './resolvers/organization-access';
import { apiKeyRoutes } from './routes/api-key-verify';
import { tokenRevocationRoutes } from './routes/token-revocations';
import { seedDemoUsers } from './seed';
import { createUsersServices, type UsersServices } from './services';

/** Adapters a test may replace; production builds every one from its settings. */
export interface UsersAdapters {
  notifier?: Notifier;
}

/**
 * The users subgraph. Its own settings (signing key, Redis) come from the env startSubgraph
 * read, as the kit's do.
 */
export function createUsersSubgraph(
  adapters: UsersAdapters = {},
): SubgraphDefinition<UsersServices, UsersLoaders> {
  return {
    name: 'users',
    defaultPort: 4001,
    schemaPath: join(__dirname, '..', 'schema.graphql'),
    resolvers,
    accessRules: {
      self: ({ identity, parent }) => isSelf(identity, parent as User),
      ...organizationAccessRules,
    },
    createServices: async (db, { logger, unitOfWork, env }) => {
      const config = parseUsersConfig(env);
      const privateKey = await signingKey(config.AUTH_JWT_PRIVATE_KEY, logger);
      const redis = config.REDIS_URL ? createRedisClient(config.REDIS_URL, logger) : undefined;
      // The subgraph's lifetime ends with its database connection (see RunningSubgraph.close).
      if (redis) db.once('close', () => redis.disconnect());
      return createUsersServices(await openUsersPersistence(db), {
        unitOfWork,
        logger,
        signer: createAccessTokenSigner(privateKey, config.AUTH_JWT_KEY_ID),
        hasher: createPasswordHasher(),
        throttle: createLoginThrottle(redis ? { redis, logger } : {}),
        passwordResetThrottle: createLoginThrottle({
          ...(redis ? { redis, logger } : {}),
          keyPrefix: 'password_reset_requests',
          accountLimit: 5,
          ipLimit: 30,
          windowSeconds: 60 * 60,
        }),
        notifier: adapters.notifier ?? createLogNotifier(logger),
        identitySecret: readIdentitySecret(env),
      });
    },
    routes: (services) => [...apiKeyRoutes(services), ...tokenRevocationRoutes(services)],
    createLoaders: createUsersLoaders,
    seed: seedDemoUsers,
  };
}

export const usersSubgraph = createUsersSubgraph();
