import type { User } from '../domain/user';
import type { UserRepository } from '../persistence/user-repository';

export type GetUser = (id: string) => Promise<User | null>;

export function makeGetUser(users: UserRepository): GetUser {
  return async (id) => (await users.findByIds([id]))[0] ?? null;
}
