import { Schema, type Connection, type Model } from 'mongoose';
import { STAR_VALUES } from '../domain/rating';
import { REVIEWED_ITEM_KINDS, type ReviewedItemKind } from '../domain/review';

export interface ReviewDocument {
  _id: string;
  orderId: string;
  storeId: string;
  customerId: string;
  storeRating: number;
  comment: string | null;
  items: { kind: ReviewedItemKind; itemId: string; rating: number; comment: string | null }[];
  idempotencyKey: string;
  createdAt: Date;
  /** False once support hid the review: it leaves the store's list and the ratings. */
  visible: boolean;
  hidden: { reason: string; hiddenBy: string; hiddenAt: Date } | null;
}

const itemSchema = new Schema(
  {
    kind: { type: String, required: true, enum: REVIEWED_ITEM_KINDS },
    itemId: { type: String, required: true },
    rating: { type: Number, required: true, enum: STAR_VALUES },
    comment: { type: String, default: null },
  },
  { _id: false },
);

const hiddenSchema = new Schema(
  {
    reason: { type: String, required: true },
    hiddenBy: { type: String, required: true },
    hiddenAt: { type: Date, required: true },
  },
  { _id: false },
);

const reviewSchema = new Schema<ReviewDocument>(
  {
    _id: { type: String, required: true },
    orderId: { type: String, required: true },
    storeId: { type: String, required: true },
    customerId: { type: String, required: true },
    storeRating: { type: Number, required: true, enum: STAR_VALUES },
    comment: { type: String, default: null },
    items: { type: [itemSchema], required: true },
    idempotencyKey: { type: String, required: true },
    createdAt: { type: Date, required: true },
    visible: { type: Boolean, required: true },
    hidden: { type: hiddenSchema, default: null },
  },
  { collection: 'reviews', versionKey: false },
);

// One review per order: the guard against a second review, concurrent submissions included.
reviewSchema.index({ orderId: 1 }, { name: 'order_unique', unique: true });
// A store's visible reviews, newest first (see domain/review-order).
reviewSchema.index(
  { storeId: 1, visible: 1, createdAt: -1, _id: -1 },
  { name: 'store_visible_newest' },
);

export function reviewModel(db: Connection): Model<ReviewDocument> {
  return db.models.Review ?? db.model<ReviewDocument>('Review', reviewSchema);
}
