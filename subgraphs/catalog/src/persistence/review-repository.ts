import { ConflictError } from '@dabba/subgraph-kit';
import { mongo, type ClientSession, type Connection, type Model, type QueryFilter } from 'mongoose';
import type { Stars } from '../domain/rating';
import type { Review, ReviewHiding } from '../domain/review';
import type { ReviewPosition } from '../domain/review-order';
import { reviewModel, type ReviewDocument } from './review-model';

const DUPLICATE_KEY = 11000;
const NEWEST_FIRST = { createdAt: -1, _id: -1 } as const;

function toDomain(doc: ReviewDocument): Review {
  return {
    id: doc._id,
    orderId: doc.orderId,
    storeId: doc.storeId,
    customerId: doc.customerId,
    storeRating: doc.storeRating as Stars,
    comment: doc.comment ?? null,
    items: doc.items.map((item) => ({
      kind: item.kind,
      itemId: item.itemId,
      rating: item.rating as Stars,
      comment: item.comment ?? null,
    })),
    idempotencyKey: doc.idempotencyKey,
    createdAt: doc.createdAt,
    hidden: doc.hidden
      ? { reason: doc.hidden.reason, hiddenBy: doc.hidden.hiddenBy, hiddenAt: doc.hidden.hiddenAt }
      : null,
  };
}

function toDocument(review: Review): ReviewDocument {
  const { id, hidden, ...fields } = review;
  return { _id: id, ...fields, visible: hidden === null, hidden };
}

export class ReviewRepository {
  private readonly model: Model<ReviewDocument>;

  constructor(db: Connection) {
    this.model = reviewModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  /** Inserts a new review; a review of the same order already there is a ConflictError. */
  async insert(review: Review, session: ClientSession): Promise<void> {
    try {
      await this.model.insertMany([toDocument(review)], { session, lean: true });
    } catch (error) {
      if (error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY) {
        throw new ConflictError('This order already has a review', { orderId: review.orderId });
      }
      throw error;
    }
  }

  async findById(id: string, session?: ClientSession): Promise<Review | null> {
    const doc = await this.model
      .findById(id)
      .session(session ?? null)
      .lean<ReviewDocument>();
    return doc ? toDomain(doc) : null;
  }

  async findByOrderId(orderId: string, session?: ClientSession): Promise<Review | null> {
    const doc = await this.model
      .findOne({ orderId })
      .session(session ?? null)
      .lean<ReviewDocument>();
    return doc ? toDomain(doc) : null;
  }

  /**
   * Hides the review if it is still visible, with one conditional update; true when this call
   * hid it, false when it was hidden already (or does not exist).
   */
  async hide(id: string, hidden: ReviewHiding, session: ClientSession): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: id, visible: true },
      { $set: { visible: false, hidden } },
      { session },
    );
    return result.modifiedCount === 1;
  }

  /** Up to `limit` visible reviews of the store after `after` (exclusive), newest first. */
  async listVisibleByStore(
    storeId: string,
    after: ReviewPosition | null,
    limit: number,
  ): Promise<Review[]> {
    const filter: QueryFilter<ReviewDocument> = { storeId, visible: true };
    if (after) {
      filter.$or = [
        { createdAt: { $lt: after.createdAt } },
        { createdAt: after.createdAt, _id: { $lt: after.id } },
      ];
    }
    const docs = await this.model
      .find(filter)
      .sort(NEWEST_FIRST)
      .limit(limit)
      .lean<ReviewDocument[]>();
    return docs.map(toDomain);
  }
}
