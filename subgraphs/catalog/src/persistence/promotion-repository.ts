import { ConflictError } from '@dabba/subgraph-kit';
import { Schema, mongo, type ClientSession, type Connection, type Model } from 'mongoose';
import type { Promotion, PromotionRule, PromotionTarget } from '../domain/promotion';

const DUPLICATE_KEY = 11000;

interface PromotionDocument extends Omit<Promotion, 'id'> {
  _id: string;
  /**
   * `<storeId>/<COUPON>` while the promotion has a coupon and is not archived, absent otherwise:
   * a unique sparse index on it keeps live coupon codes unique per store.
   */
  liveCoupon?: string;
}

const promotionSchema = new Schema<PromotionDocument>(
  {
    _id: { type: String, required: true },
    storeId: { type: String, required: true },
    name: { type: String, required: true },
    currency: { type: String, required: true },
    rule: { type: Schema.Types.Mixed, required: true },
    target: { type: Schema.Types.Mixed, required: true },
    minimumOrder: { type: Number, default: null },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, default: null },
    couponCode: { type: String, default: null },
    liveCoupon: { type: String },
    perCustomerLimit: { type: Number, default: null },
    globalLimit: { type: Number, default: null },
    redemptions: { type: Number, required: true, min: 0 },
    archived: { type: Boolean, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'promotions', versionKey: false, _id: false, minimize: false },
);
promotionSchema.index({ storeId: 1, archived: 1 }, { name: 'store_live' });
promotionSchema.index(
  { liveCoupon: 1 },
  { name: 'live_coupon_unique', unique: true, sparse: true },
);

function promotionModel(db: Connection): Model<PromotionDocument> {
  return db.models.Promotion ?? db.model<PromotionDocument>('Promotion', promotionSchema);
}

function toDomain(doc: PromotionDocument): Promotion {
  return {
    id: doc._id,
    storeId: doc.storeId,
    name: doc.name,
    currency: doc.currency,
    rule: doc.rule as PromotionRule,
    target: doc.target as PromotionTarget,
    minimumOrder: doc.minimumOrder ?? null,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt ?? null,
    couponCode: doc.couponCode ?? null,
    perCustomerLimit: doc.perCustomerLimit ?? null,
    globalLimit: doc.globalLimit ?? null,
    redemptions: doc.redemptions,
    archived: doc.archived,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

function toDocument(promotion: Promotion): PromotionDocument {
  const { id, ...fields } = promotion;
  return {
    _id: id,
    ...fields,
    ...(promotion.couponCode !== null && !promotion.archived
      ? { liveCoupon: `${promotion.storeId}/${promotion.couponCode}` }
      : {}),
  };
}

function conflict(error: unknown): never {
  if (error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY) {
    const onCoupon = /live_coupon/.test(error.message) || 'liveCoupon' in (error.keyPattern ?? {});
    throw new ConflictError(onCoupon ? 'Coupon code taken' : 'Promotion id taken', {
      field: onCoupon ? 'couponCode' : 'id',
    });
  }
  throw error;
}

export class PromotionRepository {
  private readonly model: Model<PromotionDocument>;

  constructor(db: Connection) {
    this.model = promotionModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  async findByIds(ids: readonly string[], session?: ClientSession): Promise<Promotion[]> {
    const docs = await this.model
      .find({ _id: { $in: ids } }, null, { session })
      .lean<PromotionDocument[]>();
    return docs.map(toDomain);
  }

  /** The store's promotions that are not archived, by id. */
  async findLive(storeId: string): Promise<Promotion[]> {
    const docs = await this.model
      .find({ storeId, archived: false })
      .sort({ _id: 1 })
      .lean<PromotionDocument[]>();
    return docs.map(toDomain);
  }

  /** Inserts; a live coupon code taken in the store, or a taken id, is a ConflictError. */
  async insert(promotion: Promotion, session?: ClientSession): Promise<void> {
    await this.model.insertMany([toDocument(promotion)], { session, lean: true }).catch(conflict);
  }

  /** Replaces the definition, keeping the redemption count; false when missing. */
  async update(promotion: Promotion, session?: ClientSession): Promise<boolean> {
    const { _id, redemptions: _redemptions, liveCoupon, ...fields } = toDocument(promotion);
    const result = await this.model
      .updateOne(
        { _id },
        liveCoupon === undefined
          ? { $set: fields, $unset: { liveCoupon: 1 } }
          : { $set: { ...fields, liveCoupon } },
        { session },
      )
      .catch(conflict);
    return result.matchedCount === 1;
  }

  /**
   * Counts one redemption unless the global limit is reached: one conditional increment, so the
   * limit holds however many orders arrive at once. False when the limit is reached.
   */
  async redeem(promotionId: string, session: ClientSession): Promise<boolean> {
    const result = await this.model.updateOne(
      {
        _id: promotionId,
        $or: [{ globalLimit: null }, { $expr: { $lt: ['$redemptions', '$globalLimit'] } }],
      },
      { $inc: { redemptions: 1 } },
      { session },
    );
    return result.modifiedCount === 1;
  }

  /** Gives one redemption back (a cancelled order). */
  async unredeem(promotionId: string, session: ClientSession): Promise<void> {
    await this.model.updateOne(
      { _id: promotionId, redemptions: { $gt: 0 } },
      { $inc: { redemptions: -1 } },
      { session },
    );
  }
}
