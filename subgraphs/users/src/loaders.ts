import { alignByKey } from '@dabba/subgraph-kit';
import DataLoader from 'dataloader';
import type { User } from './domain/user';
import {
  createOrganizationLoaders,
  type OrganizationLoaders,
} from './resolvers/organization-loaders';
import { createProfileLoaders, type ProfileLoaders } from './resolvers/profile-loaders';
import type { UsersServices } from './services';

export interface UsersLoaders extends OrganizationLoaders, ProfileLoaders {
  userById: DataLoader<string, User | null>;
}

export function createUsersLoaders(services: UsersServices): UsersLoaders {
  return {
    ...createOrganizationLoaders(services),
    ...createProfileLoaders(services),
    userById: new DataLoader(async (ids) =>
      alignByKey(ids, await services.getUsersByIds(ids), (user) => user.id),
    ),
  };
}
