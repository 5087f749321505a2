import { pageSize, toPage, type Page } from '@dabba/subgraph-kit';
import { parseTimeCursor, timeCursor, type TimePosition } from '../domain/position';

/** A connection field's arguments. */
export interface PageArgs {
  first: number;
  after?: string | null;
}

/** How a list turns its cursors into positions and its rows into cursors. */
export interface PageCursors<Position, Row> {
  parse(cursor: string): Position;
  of(row: Row): string;
}

/**
 * One page of a list: checks `first` (1 to 100), reads the position in `after`, fetches one row
 * more than asked (it only tells whether another page follows) and builds the page. A bad size
 * or cursor is a BAD_USER_INPUT.
 */
export async function readPage<Position, Row>(
  { first, after }: PageArgs,
  cursors: PageCursors<Position, Row>,
  fetch: (after: Position | null, limit: number) => Promise<Row[]>,
): Promise<Page<Row>> {
  const size = pageSize(first);
  const position = after ? cursors.parse(after) : null;
  return toPage(await fetch(position, size + 1), size, (row) => cursors.of(row));
}

/** One page of a list ordered by a time of its rows (`timeOf`), the id breaking ties. */
export function readTimePage<Row extends { id: string }>(
  args: PageArgs,
  timeOf: (row: Row) => Date,
  fetch: (after: TimePosition | null, limit: number) => Promise<Row[]>,
): Promise<Page<Row>> {
  const cursors = {
    parse: parseTimeCursor,
    of: (row: Row) => timeCursor({ at: timeOf(row), id: row.id }),
  };
  return readPage(args, cursors, fetch);
}
