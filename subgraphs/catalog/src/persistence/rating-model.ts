import { Schema, type Connection, type Model } from 'mongoose';
import { RATING_SUBJECT_KINDS, type RatingSubjectKind } from '../domain/rating';

/**
 * One running total per rated subject, `_id` `<kind>:<id>` (domain/rating subjectKeyString).
 * Changed only by `$inc` in the transaction of the review that moves it.
 */
export interface RatingDocument {
  _id: string;
  kind: RatingSubjectKind;
  subjectId: string;
  count: number;
  sum: number;
  /** Reviews that gave 1 to 5 stars; a field is absent until a review gives that many. */
  stars1?: number;
  stars2?: number;
  stars3?: number;
  stars4?: number;
  stars5?: number;
}

const ratingSchema = new Schema<RatingDocument>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true, enum: RATING_SUBJECT_KINDS },
    subjectId: { type: String, required: true },
    count: { type: Number, required: true },
    sum: { type: Number, required: true },
    stars1: { type: Number },
    stars2: { type: Number },
    stars3: { type: Number },
    stars4: { type: Number },
    stars5: { type: Number },
  },
  { collection: 'ratings', versionKey: false },
);

export function ratingModel(db: Connection): Model<RatingDocument> {
  return db.models.Rating ?? db.model<RatingDocument>('Rating', ratingSchema);
}
