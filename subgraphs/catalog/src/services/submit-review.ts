import { randomUUID } from 'node:crypto';
import { ConflictError, type UnitOfWork } from '@dabba/subgraph-kit';
import {
  decideReview,
  isReplayOf,
  ratingChanges,
  type AlreadyReviewed,
  type Review,
  type ReviewRefusal,
  type SubmitReviewInput,
} from '../domain/review';
import type { RatingRepository } from '../persistence/rating-repository';
import type { ReviewEligibilityRepository } from '../persistence/review-eligibility-repository';
import type { ReviewRepository } from '../persistence/review-repository';
import { applyRatingChanges } from './rating-changes';

export type SubmitReviewResult = Review | ReviewRefusal;

/**
 * The customer's review of a delivered order of theirs: stored with the order's unique review,
 * counted into the store's and the items' ratings, and announced with
 * catalog.review.submitted.v1, all in one transaction. Resending the same idempotency key
 * returns the review first stored.
 */
export type SubmitReview = (
  customerId: string,
  input: SubmitReviewInput,
) => Promise<SubmitReviewResult>;

export const newReviewId = (): string => `rev_${randomUUID()}`;

function replayOrRefuse(
  existing: Review,
  input: SubmitReviewInput,
  customerId: string,
): Review | AlreadyReviewed {
  return isReplayOf(existing, input, customerId)
    ? existing
    : { kind: 'AlreadyReviewed', orderId: existing.orderId };
}

export function makeSubmitReview(deps: {
  reviews: ReviewRepository;
  ratings: RatingRepository;
  eligibility: ReviewEligibilityRepository;
  unitOfWork: UnitOfWork;
}): SubmitReview {
  const { reviews, ratings, eligibility, unitOfWork } = deps;
  return async (customerId, input) => {
    try {
      return await unitOfWork.run(async (tx): Promise<SubmitReviewResult> => {
        const order = await eligibility.findByOrderId(input.orderId, tx.session);
        const review = decideReview(input, order, {
          customerId,
          reviewId: newReviewId(),
          now: new Date(),
        });
        // Eligibility first: only the order's customer may learn that it has a review.
        if ('kind' in review) return review;
        const existing = await reviews.findByOrderId(review.orderId, tx.session);
        if (existing) return replayOrRefuse(existing, input, customerId);
        await reviews.insert(review, tx.session);
        await applyRatingChanges(tx, ratings, review, ratingChanges(review, 'in'));
        tx.publish({
          type: 'catalog.review.submitted.v1',
          subject: review.id,
          data: {
            reviewId: review.id,
            storeId: review.storeId,
            customerId: review.customerId,
            rating: review.storeRating,
            submittedAt: review.createdAt.toISOString(),
          },
        });
        return review;
      });
    } catch (error) {
      // A concurrent submission for the same order committed first (the unique index).
      if (!(error instanceof ConflictError)) throw error;
      const existing = await reviews.findByOrderId(input.orderId);
      if (!existing) throw error;
      return replayOrRefuse(existing, input, customerId);
    }
  };
}
