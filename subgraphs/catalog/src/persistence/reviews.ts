import type { Connection } from 'mongoose';
import { RatingRepository } from './rating-repository';
import { ReviewEligibilityRepository } from './review-eligibility-repository';
import { ReviewRepository } from './review-repository';

/** The repositories of reviews and ratings, part of CatalogPersistence. */
export interface ReviewPersistence {
  reviews: ReviewRepository;
  ratings: RatingRepository;
  eligibility: ReviewEligibilityRepository;
}

export async function openReviewPersistence(db: Connection): Promise<ReviewPersistence> {
  const persistence = {
    reviews: new ReviewRepository(db),
    ratings: new RatingRepository(db),
    eligibility: new ReviewEligibilityRepository(db),
  };
  await Promise.all(Object.values(persistence).map((repository) => repository.syncIndexes()));
  return persistence;
}
