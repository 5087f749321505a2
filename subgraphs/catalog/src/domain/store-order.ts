import { decodeCursor, encodeCursor } from '@dabba/subgraph-kit';
import { z } from 'zod';
import type { Store } from './store';

/**
 * Stores are listed oldest first; the id breaks ties between stores created in the same
 * millisecond, so every store has exactly one position and pages never skip or repeat one.
 */
export interface StorePosition {
  createdAt: Date;
  id: string;
}

const positionSchema = z.object({ c: z.iso.datetime(), i: z.string().min(1) });

export function storeCursor(store: Pick<Store, 'createdAt' | 'id'>): string {
  return encodeCursor({ c: store.createdAt.toISOString(), i: store.id });
}

export function parseStoreCursor(cursor: string): StorePosition {
  const { c, i } = decodeCursor(cursor, positionSchema);
  return { createdAt: new Date(c), id: i };
}
