import type { Model, QueryFilter } from 'mongoose';
import type { TimePosition } from '../domain/position';

/** A list ordered by a time field, then by `_id` in the same direction. */
export interface TimeOrder<Document> {
  field: keyof Document & string;
  direction: 1 | -1;
}

/**
 * The filter and sort of the rows that come after `after` (exclusive) in `order`. The top-level
 * bound lets an index on (…, field, _id) skip what came before; $or breaks ties by id.
 */
export function timeOrderQuery<Document>(
  { field, direction }: TimeOrder<Document>,
  after: TimePosition | null,
): { filter: QueryFilter<Document>; sort: Record<string, 1 | -1> } {
  const sort = { [field]: direction, _id: direction };
  if (!after) return { filter: {}, sort };
  const [atOrBeyond, beyond] = direction === 1 ? ['$gte', '$gt'] : ['$lte', '$lt'];
  const filter = {
    [field]: { [atOrBeyond]: after.at },
    $or: [{ [field]: { [beyond]: after.at } }, { [field]: after.at, _id: { [beyond]: after.id } }],
  };
  return { filter: filter as QueryFilter<Document>, sort };
}

/** Up to `limit` rows matching `filter` after `after`, in `order`. */
export function findInTimeOrder<Document>(
  model: Model<Document>,
  filter: QueryFilter<Document>,
  order: TimeOrder<Document>,
  after: TimePosition | null,
  limit: number,
): Promise<Document[]> {
  const page = timeOrderQuery(order, after);
  return model
    .find({ ...filter, ...page.filter })
    .sort(page.sort)
    .limit(limit)
    .lean<Document[]>()
    .exec();
}
