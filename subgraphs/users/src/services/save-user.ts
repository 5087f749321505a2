import type { UnitOfWork } from '@dabba/subgraph-kit';
import { createUser, type NewUser, type User } from '../domain/user';
import type { UserRepository } from '../persistence/user-repository';

/**
 * Validates and stores a user, replacing any with the same id (with `passwordHash`, or without
 * one); the email and phone must stay unique (ConflictError naming the field). A new user is
 * announced with users.user.registered.v1, committed with the user.
 */
export type SaveUser = (input: NewUser, credentials?: { passwordHash: string }) => Promise<User>;

export function makeSaveUser(users: UserRepository, unitOfWork: UnitOfWork): SaveUser {
  return async (input, credentials) => {
    const user = createUser(input);
    await unitOfWork.run(async (tx) => {
      if (await users.save(user, tx.session, credentials?.passwordHash)) {
        tx.publish({
          type: 'users.user.registered.v1',
          subject: user.id,
          data: { userId: user.id, locale: user.locale },
        });
      }
    });
    return user;
  };
}
