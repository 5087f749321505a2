import { decodeCursor, encodeCursor } from '@dabba/subgraph-kit';
import { z } from 'zod';

/**
 * A row's place in a list ordered by one of its times (when a member joined, when an invitation
 * or an API key was created), the id breaking ties: each row has exactly one position, so pages
 * never skip or repeat one.
 */
export interface TimePosition {
  at: Date;
  id: string;
}

const positionSchema = z.object({ t: z.iso.datetime(), i: z.string().min(1) }).strict();

export function timeCursor({ at, id }: TimePosition): string {
  return encodeCursor({ t: at.toISOString(), i: id });
}

/** A cursor this subgraph did not make is a BAD_USER_INPUT on `after`. */
export function parseTimeCursor(cursor: string): TimePosition {
  const { t, i } = decodeCursor(cursor, positionSchema);
  return { at: new Date(t), id: i };
}
