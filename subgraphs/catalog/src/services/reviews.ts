import type { UnitOfWork } from '@dabba/subgraph-kit';
import type { ReviewPersistence } from '../persistence/reviews';
import { makeGetRatings, type GetRatings } from './get-ratings';
import { makeHideReview, type HideReview } from './hide-review';
import { makeListStoreReviews, type ListStoreReviews } from './list-store-reviews';
import { makeRecordDeliveredOrder, type RecordDeliveredOrder } from './record-delivered-order';
import { makeSubmitReview, type SubmitReview } from './submit-review';

/** The reviews and ratings use cases, part of CatalogServices. */
export interface ReviewServices {
  recordDeliveredOrder: RecordDeliveredOrder;
  submitReview: SubmitReview;
  hideReview: HideReview;
  listStoreReviews: ListStoreReviews;
  getRatings: GetRatings;
}

export function createReviewServices(
  { reviews, ratings, eligibility }: ReviewPersistence,
  unitOfWork: UnitOfWork,
): ReviewServices {
  return {
    recordDeliveredOrder: makeRecordDeliveredOrder(eligibility),
    submitReview: makeSubmitReview({ reviews, ratings, eligibility, unitOfWork }),
    hideReview: makeHideReview({ reviews, ratings, unitOfWork }),
    listStoreReviews: makeListStoreReviews(reviews),
    getRatings: makeGetRatings(ratings),
  };
}
