import { z } from 'zod';
import { BadUserInputError } from './errors';

export const MAX_PAGE_SIZE = 100;

/** Validates a connection's `first` argument. */
export function pageSize(first: number, max: number = MAX_PAGE_SIZE): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadUserInputError(`first must be between 1 and ${max}`, { argument: 'first' });
  }
  return first;
}

/** Cursors are opaque to clients: base64url JSON that only the issuing subgraph interprets. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor<T extends z.ZodTypeAny>(cursor: string, schema: T): z.infer<T> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadUserInputError('after is not a valid cursor', { argument: 'after' });
  }
  const position = schema.safeParse(decoded);
  if (!position.success) {
    throw new BadUserInputError('after is not a valid cursor', { argument: 'after' });
  }
  return position.data;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Builds a page from up to `first + 1` items fetched after the cursor: the extra item only
 * tells whether another page exists.
 */
export function toPage<T>(items: T[], first: number, cursorOf: (item: T) => string): Page<T> {
  const nodes = items.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: items.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
