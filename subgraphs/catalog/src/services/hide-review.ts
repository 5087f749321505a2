import { BadUserInputError, NotFoundError, type UnitOfWork } from '@dabba/subgraph-kit';
import { hideReview, ratingChanges, type Review } from '../domain/review';
import type { RatingRepository } from '../persistence/rating-repository';
import type { ReviewRepository } from '../persistence/review-repository';
import { applyRatingChanges } from './rating-changes';

/**
 * Support hides a review: it leaves the store's list and its stars are taken out of every rating
 * it counted in, in one transaction. Hiding a hidden review changes nothing and returns it.
 */
export type HideReview = (request: {
  reviewId: string;
  reason: string;
  hiddenBy: string;
}) => Promise<Review>;

export function makeHideReview(deps: {
  reviews: ReviewRepository;
  ratings: RatingRepository;
  unitOfWork: UnitOfWork;
}): HideReview {
  const { reviews, ratings, unitOfWork } = deps;
  return ({ reviewId, reason, hiddenBy }) =>
    unitOfWork.run(async (tx) => {
      const review = await reviews.findById(reviewId, tx.session);
      if (!review) throw new NotFoundError('There is no review with this id', { reviewId });
      const decided = hideReview(review, { reason, hiddenBy, now: new Date() });
      if ('kind' in decided) {
        throw new BadUserInputError(`reason ${decided.message}`, { field: decided.field });
      }
      // The conditional update decides, so the stars come out once even if two hide at once.
      if (decided.changed && (await reviews.hide(review.id, decided.review.hidden!, tx.session))) {
        await applyRatingChanges(tx, ratings, review, ratingChanges(review, 'out'));
      }
      return decided.review;
    });
}
