import type { QueryFilter } from 'mongoose';
import {
  prefixRange,
  type PlatformRole,
  type UserPosition,
  type UserSearch,
} from '../domain/admin';
import type { UserDocument } from './user-model';

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
  if (after?.by === 'created') {
    // The top-level bound lets the index skip what came before; $or breaks ties by id.
    filter.createdAt = { $lte: after.createdAt };
    filter.$or = [
      { createdAt: { $lt: after.createdAt } },
      { createdAt: after.createdAt, _id: { $lt: after.id } },
    ];
  }
  return { filter, sort: { createdAt: -1, _id: -1 } };
}
