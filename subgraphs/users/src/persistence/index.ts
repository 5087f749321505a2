import type { Connection } from 'mongoose';
import { UserRepository } from './user-repository';

export { UserRepository };

export interface UsersPersistence {
  users: UserRepository;
}

/** Repositories over the users database, with their indexes in place. */
export async function openUsersPersistence(db: Connection): Promise<UsersPersistence> {
  const users = new UserRepository(db);
  await users.syncIndexes();
  return { users };
}
