import { join } from 'node:path';
import type { SubgraphDefinition } from '@dabba/subgraph-kit';
import { createUsersLoaders, type UsersLoaders } from './loaders';
import { openUsersPersistence } from './persistence';
import { resolvers } from './resolvers';
import { seedDemoUsers } from './seed';
import { createUsersServices, type UsersServices } from './services';

export const usersSubgraph: SubgraphDefinition<UsersServices, UsersLoaders> = {
  name: 'users',
  defaultPort: 4001,
  schemaPath: join(__dirname, '..', 'schema.graphql'),
  resolvers,
  createServices: async (db, { unitOfWork }) =>
    createUsersServices(await openUsersPersistence(db), unitOfWork),
  createLoaders: createUsersLoaders,
  seed: seedDemoUsers,
};
