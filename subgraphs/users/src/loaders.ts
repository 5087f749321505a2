import { alignByKey } from '@dabba/subgraph-kit';
import DataLoader from 'dataloader';
import type { User } from './domain/user';
import type { UsersServices } from './services';

export interface UsersLoaders {
  userById: DataLoader<string, User | null>;
}

export function createUsersLoaders(services: UsersServices): UsersLoaders {
  return {
    userById: new DataLoader(async (ids) =>
      alignByKey(ids, await services.getUsersByIds(ids), (user) => user.id),
    ),
  };
}
