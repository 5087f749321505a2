import type { Transaction } from '@dabba/subgraph-kit';
import type { RatingDelta, SubjectKey } from '../domain/rating';
import type { Review } from '../domain/review';
import type { RatingRepository } from '../persistence/rating-repository';

/**
 * Applies a review's rating changes and announces each rated subject with
 * catalog.rating.changed.v1, in the same transaction, so the search projection re-reads what
 * the review moved.
 */
export async function applyRatingChanges(
  tx: Transaction,
  ratings: RatingRepository,
  review: Pick<Review, 'storeId'>,
  changes: readonly { subject: SubjectKey; delta: RatingDelta }[],
): Promise<void> {
  await ratings.apply(changes, tx.session);
  for (const { subject } of changes) {
    tx.publish({
      type: 'catalog.rating.changed.v1',
      subject: subject.id,
      data: { storeId: review.storeId, subjectKind: subject.kind, subjectId: subject.id },
    });
  }
}
