import type { Connection } from 'mongoose';
import { RefreshTokenRepository } from './refresh-token-repository';
import { UserRepository } from './user-repository';

export { RefreshTokenRepository, UserRepository };

export interface UsersPersistence {
  users: UserRepository;
  refreshTokens: RefreshTokenRepository;
}

/** Repositories over the users database, with their indexes in place. */
export async function openUsersPersistence(db: Connection): Promise<UsersPersistence> {
  const users = new UserRepository(db);
  const refreshTokens = new RefreshTokenRepository(db);
  await users.syncIndexes();
  await refreshTokens.syncIndexes();
  return { users, refreshTokens };
}
