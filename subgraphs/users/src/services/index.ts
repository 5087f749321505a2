import type { UsersPersistence } from '../persistence';
import { makeGetUser, type GetUser } from './get-user';
import { makeGetUsersByIds, type GetUsersByIds } from './get-users-by-ids';
import { makeSaveUser, type SaveUser } from './save-user';

export interface UsersServices {
  getUser: GetUser;
  getUsersByIds: GetUsersByIds;
  saveUser: SaveUser;
}

export function createUsersServices({ users }: UsersPersistence): UsersServices {
  return {
    getUser: makeGetUser(users),
    getUsersByIds: makeGetUsersByIds(users),
    saveUser: makeSaveUser(users),
  };
}
