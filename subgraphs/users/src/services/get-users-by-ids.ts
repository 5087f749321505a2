import type { User } from '../domain/user';
import type { UserRepository } from '../persistence/user-repository';

/** Batch lookup behind the per-request DataLoader; returns the users found, in any order. */
export type GetUsersByIds = (ids: readonly string[]) => Promise<User[]>;

export function makeGetUsersByIds(users: UserRepository): GetUsersByIds {
  return (ids) => (ids.length === 0 ? Promise.resolve([]) : users.findByIds(ids));
}
