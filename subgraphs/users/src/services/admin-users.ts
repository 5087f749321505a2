import { pageSize, toPage, type Page } from '@dabba/subgraph-kit';
import { parseUserCursor, parseUserSearch, userCursor, type PlatformRole } from '../domain/admin';
import type { User } from '../domain/user';
import type { UserRepository } from '../persistence/user-repository';

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
  return async ({ first, after, search: text, role }) => {
    const size = pageSize(first);
    const search = parseUserSearch(text);
    const position = after ? parseUserCursor(after, search) : null;
    // One extra user tells whether another page follows.
    const found = await users.search({ search, role: role ?? null, after: position }, size + 1);
    return toPage(found, size, (user) => userCursor(search, user));
  };
}
