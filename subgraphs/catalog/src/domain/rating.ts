/**
 * Aggregate ratings. Each rated subject (a store, a menu item, a product) has one running total:
 * how many visible reviews rated it, the sum of their stars and how many gave each star. Totals
 * change only by deltas (a review counted in, a hidden review counted out), never by scanning the
 * reviews again, so the average is always sum / count of exactly the visible reviews.
 */

export const RATING_SUBJECT_KINDS = ['STORE', 'MENU_ITEM', 'PRODUCT'] as const;
export type RatingSubjectKind = (typeof RATING_SUBJECT_KINDS)[number];

/** What a rating is about. */
export interface SubjectKey {
  kind: RatingSubjectKind;
  id: string;
}

export const MIN_STARS = 1;
export const MAX_STARS = 5;
export type Stars = 1 | 2 | 3 | 4 | 5;
export const STAR_VALUES: readonly Stars[] = [1, 2, 3, 4, 5];

/** Reviews per star: index 0 counts the 1-star ratings, index 4 the 5-star ones. */
export type Histogram = readonly [number, number, number, number, number];

export interface Rating {
  subject: SubjectKey;
  /** Visible reviews that rated the subject. */
  count: number;
  /** The sum of their stars. */
  sum: number;
  histogram: Histogram;
}

/** A change to a rating: one review's stars counted in (+1) or out (-1). */
export interface RatingDelta {
  count: 1 | -1;
  sum: number;
  stars: Stars;
}

export function isStars(value: number): value is Stars {
  return Number.isInteger(value) && value >= MIN_STARS && value <= MAX_STARS;
}

/** One string per subject, e.g. `STORE:sto_1`: the ratings document id and the loader key. */
export function subjectKeyString({ kind, id }: SubjectKey): string {
  return `${kind}:${id}`;
}

export function emptyRating(subject: SubjectKey): Rating {
  return { subject, count: 0, sum: 0, histogram: [0, 0, 0, 0, 0] };
}

/** A review's stars counted into its subject's rating. */
export function countIn(stars: Stars): RatingDelta {
  return { count: 1, sum: stars, stars };
}

/** A review's stars taken out of its subject's rating, e.g. when the review is hidden. */
export function countOut(stars: Stars): RatingDelta {
  return { count: -1, sum: -stars, stars };
}

/** The rating after `delta`: the arithmetic the repository performs with one atomic `$inc`. */
export function applyDelta(rating: Rating, delta: RatingDelta): Rating {
  const histogram = rating.histogram.map((count, index) =>
    index === delta.stars - 1 ? count + delta.count : count,
  ) as unknown as Histogram;
  return {
    subject: rating.subject,
    count: rating.count + delta.count,
    sum: rating.sum + delta.sum,
    histogram,
  };
}

/** The mean of the stars, rounded to two decimals; null when nobody rated the subject. */
export function averageOf(rating: Pick<Rating, 'count' | 'sum'>): number | null {
  if (rating.count <= 0) return null;
  return Math.round((rating.sum / rating.count) * 100) / 100;
}
