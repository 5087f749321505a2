import { pageSize, toPage, type Page } from '@dabba/subgraph-kit';
import type { Review } from '../domain/review';
import { parseReviewCursor, reviewCursor } from '../domain/review-order';
import type { ReviewRepository } from '../persistence/review-repository';

/** A store's visible reviews, newest first, a page at a time. */
export type ListStoreReviews = (args: {
  storeId: string;
  first: number;
  after?: string | null;
}) => Promise<Page<Review>>;

export function makeListStoreReviews(reviews: ReviewRepository): ListStoreReviews {
  return async ({ storeId, first, after }) => {
    const size = pageSize(first);
    const position = after ? parseReviewCursor(after) : null;
    // One extra review tells whether another page follows.
    const found = await reviews.listVisibleByStore(storeId, position, size + 1);
    return toPage(found, size, reviewCursor);
  };
}
