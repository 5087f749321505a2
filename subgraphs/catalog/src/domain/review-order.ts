import { decodeCursor, encodeCursor } from '@dabba/subgraph-kit';
import { z } from 'zod';
import type { Review } from './review';

/**
 * A store's reviews are listed newest first; the id breaks ties between reviews of the same
 * millisecond, so every review has exactly one position and pages never skip or repeat one.
 */
export interface ReviewPosition {
  createdAt: Date;
  id: string;
}

const positionSchema = z.object({ c: z.iso.datetime(), i: z.string().min(1) });

export function reviewCursor(review: Pick<Review, 'createdAt' | 'id'>): string {
  return encodeCursor({ c: review.createdAt.toISOString(), i: review.id });
}

export function parseReviewCursor(cursor: string): ReviewPosition {
  const { c, i } = decodeCursor(cursor, positionSchema);
  return { createdAt: new Date(c), id: i };
}
