import { signedInUserId } from '@dabba/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { averageOf, STAR_VALUES } from '../domain/rating';
import type { ReviewRefusal } from '../domain/review';
import type { SubmitReviewResult } from '../services/submit-review';

/** Each refusal as its GraphQL type, with its `code` and `message`: part of the API contract. */
function refusal(result: ReviewRefusal) {
  switch (result.kind) {
    case 'InvalidReviewInput':
      return {
        __typename: 'InvalidReviewInput' as const,
        code: 'INVALID_INPUT',
        message: `${result.field} ${result.message}`,
        field: result.field,
      };
    case 'OrderNotReviewable':
      return {
        __typename: 'OrderNotReviewable' as const,
        code: 'ORDER_NOT_REVIEWABLE',
        message: 'You have no delivered order with this id',
        orderId: result.orderId,
      };
    case 'AlreadyReviewed':
      return {
        __typename: 'AlreadyReviewed' as const,
        code: 'ALREADY_REVIEWED',
        message: 'This order already has a review',
        orderId: result.orderId,
      };
  }
}

function submitted(result: SubmitReviewResult) {
  return 'kind' in result ? refusal(result) : { __typename: 'Review' as const, ...result };
}

const userReference = (id: string) => ({ __typename: 'User' as const, id });

/** Reviews and ratings: merged into the subgraph's resolvers by resolvers/index.ts. */
export const reviewResolvers = {
  Mutation: {
    submitReview: async (_parent, { input }, { identity, services }) =>
      submitted(await services.submitReview(signedInUserId(identity), input)),
    hideReview: (_parent, { id, reason }, { identity, services }) =>
      services.hideReview({ reviewId: id, reason, hiddenBy: signedInUserId(identity) }),
  },
  Store: {
    rating: (store, _args, { loaders }) =>
      loaders.ratingBySubject.load({ kind: 'STORE', id: store.id }),
    reviews: (store, { first, after }, { services }) =>
      services.listStoreReviews({ storeId: store.id, first, after }),
  },
  Rating: {
    average: (rating) => averageOf(rating),
    histogram: (rating) =>
      STAR_VALUES.map((stars) => ({ stars, count: rating.histogram[stars - 1] ?? 0 })),
  },
  Review: {
    store: async (review, _args, { loaders }) => {
      const store = await loaders.storeById.load(review.storeId);
      if (!store) throw new Error(`review ${review.id} names a missing store ${review.storeId}`);
      return store;
    },
    author: (review) => userReference(review.customerId),
    itemRatings: (review) => review.items,
    moderation: (review) =>
      review.hidden && {
        reason: review.hidden.reason,
        hiddenBy: userReference(review.hidden.hiddenBy),
        hiddenAt: review.hidden.hiddenAt,
      },
  },
} satisfies Resolvers;
