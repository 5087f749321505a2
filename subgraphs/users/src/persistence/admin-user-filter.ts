import type { QueryFilter } from 'mongoose';
import {
  prefixRange,
  type PlatformRole,
  type UserPosition,
  type UserSearch,
} from '../domain/admin';
import { timeOrderQuery, type TimeOrder } from './time-order';
import type { UserDocument } from './user-model';

const NEWEST_FIRST: TimeOrder<UserDocument> = { field: 'createdAt', direction: -1 };

export interface UserSearchQuery {
  search: UserSearch;
  role: PlatformRole | null;
  after: UserPosition | null;
}

/**
 * The filter and sort of one page of a user search, shaped so that an index answers it: the
 * email search is a range on `email_unique`, the phone search an equality on `phone_unique`, and the list a range on
 * `created_newest` (or `role_created_newest` with a role).
 */
export function userSearchQuery({ search, role, after }: UserSearchQuery): {
  filter: QueryFilter<UserDocument>;
  sort: Record<string, 1 | -1>;
} {
  const filter: QueryFilter<UserDocument> = role ? { roles: role } : {};
  if (search.by === 'email') {
    const { from, before } = prefixRange(search.prefix);
    // The $type condition stands alone, as the index's partial filter does, so that planners see
    // that the filter implies it.
    filter.$and = [
      { email: { $type: 'string' } },
      { email: { $gte: from, $lt: before } },
      ...(after?.by === 'email' ? [{ email: { $gt: after.email } }] : []),
    ];
    return { filter, sort: { email: 1 } };
  }
  if (search.by === 'phone') filter.phone = search.phone;
  const page = timeOrderQuery(NEWEST_FIRST, after?.by === 'created' ? after : null);
  return { filter: { ...filter, ...page.filter }, sort: page.sort };
}
