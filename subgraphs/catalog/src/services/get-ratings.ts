import type { Rating, SubjectKey } from '../domain/rating';
import type { RatingRepository } from '../persistence/rating-repository';

/**
 * The rating of each subject (store, menu item, product), in the order asked, with zero counts
 * for subjects nobody rated: one query for any number of subjects. Behind the rating loader,
 * and what the search projection reads.
 */
export type GetRatings = (subjects: readonly SubjectKey[]) => Promise<Rating[]>;

export function makeGetRatings(ratings: RatingRepository): GetRatings {
  return (subjects) => ratings.findBySubjects(subjects);
}
