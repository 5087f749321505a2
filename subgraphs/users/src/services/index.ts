import type { UnitOfWork } from '@dabba/subgraph-kit';
import type { UsersPersistence } from '../persistence';
import { makeGetUsersByIds, type GetUsersByIds } from './get-users-by-ids';
import { makeSaveUser, type SaveUser } from './save-user';

export interface UsersServices {
  getUsersByIds: GetUsersByIds;
  saveUser: SaveUser;
}

export function createUsersServices(
  { users }: UsersPersistence,
  unitOfWork: UnitOfWork,
): UsersServices {
  return {
    getUsersByIds: makeGetUsersByIds(users),
    saveUser: makeSaveUser(users, unitOfWork),
  };
}
