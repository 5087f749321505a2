import { createUser, type NewUser, type User } from '../domain/user';
import type { UserRepository } from '../persistence/user-repository';

/** Validates and stores a user, replacing any with the same id; the email must stay unique. */
export type SaveUser = (input: NewUser) => Promise<User>;

export function makeSaveUser(users: UserRepository): SaveUser {
  return async (input) => {
    const user = createUser(input);
    await users.save(user);
    return user;
  };
}
