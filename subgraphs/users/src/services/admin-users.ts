import type { Page } from '@dabba/subgraph-kit';
import { parseUserCursor, parseUserSearch, userCursor, type PlatformRole } from '../domain/admin';
import type { User } from '../domain/user';
import type { UserRepository } from '../persistence/user-repository';
import { readPage } from './paging';

/**
 * Support's user list: every user newest first, or those whose email begins with `search`
 * (in address order), or the one with that phone number; optionally only those holding `role`.
 * Pages of 1 to 100; a bad size, search or cursor is a BAD_USER_INPUT.
 */
export type SearchUsers = (args: {
  first: number;
  after?: string | null;
  search?: string | null;
  role?: PlatformRole | null;
}) => Promise<Page<User>>;

export function makeSearchUsers(users: UserRepository): SearchUsers {
  return ({ first, after, search: text, role }) => {
    const search = parseUserSearch(text);
    return readPage(
      { first, after },
      {
        parse: (cursor) => parseUserCursor(cursor, search),
        of: (user) => userCursor(search, user),
      },
      (position, limit) => users.search({ search, role: role ?? null, after: position }, limit),
    );
  };
}
