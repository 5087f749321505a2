import { Schema, type ClientSession, type Connection, type Model } from 'mongoose';

/** How many live orders a customer has placed with a promotion: `_id` `<promotionId>/<customerId>`. */
interface UsageDocument {
  _id: string;
  promotionId: string;
  customerId: string;
  count: number;
}

/** One promotion used by one order: `_id` `<orderId>/<promotionId>`. */
interface RedemptionDocument {
  _id: string;
  orderId: string;
  promotionId: string;
  customerId: string;
  /** False when a limit was already reached as the order arrived: nothing to give back. */
  counted: boolean;
  returned: boolean;
  at: Date;
}

const usageSchema = new Schema<UsageDocument>(
  {
    _id: { type: String, required: true },
    promotionId: { type: String, required: true },
    customerId: { type: String, required: true },
    count: { type: Number, required: true, min: 0 },
  },
  { collection: 'promotion_usages', versionKey: false, _id: false },
);
usageSchema.index({ customerId: 1, promotionId: 1 }, { name: 'customer_promotions' });

const redemptionSchema = new Schema<RedemptionDocument>(
  {
    _id: { type: String, required: true },
    orderId: { type: String, required: true },
    promotionId: { type: String, required: true },
    customerId: { type: String, required: true },
    counted: { type: Boolean, required: true },
    returned: { type: Boolean, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'promotion_redemptions', versionKey: false, _id: false },
);
redemptionSchema.index({ orderId: 1 }, { name: 'order' });

export interface Redemption {
  orderId: string;
  promotionId: string;
  customerId: string;
  counted: boolean;
  returned: boolean;
}

export class PromotionUsageRepository {
  private readonly usages: Model<UsageDocument>;
  private readonly redemptions: Model<RedemptionDocument>;

  constructor(db: Connection) {
    this.usages =
      db.models.PromotionUsage ?? db.model<UsageDocument>('PromotionUsage', usageSchema);
    this.redemptions =
      db.models.PromotionRedemption ??
      db.model<RedemptionDocument>('PromotionRedemption', redemptionSchema);
  }

  async syncIndexes(): Promise<void> {
    await Promise.all([this.usages.createCollection(), this.redemptions.createCollection()]);
    await Promise.all([this.usages.syncIndexes(), this.redemptions.syncIndexes()]);
  }

  /** The customer's usage of each of these promotions (absent: never used). */
  async usageOf(
    customerId: string,
    promotionIds: readonly string[],
  ): Promise<Record<string, number>> {
    const docs = await this.usages
      .find({ customerId, promotionId: { $in: promotionIds } })
      .lean<UsageDocument[]>();
    return Object.fromEntries(docs.map((doc) => [doc.promotionId, doc.count]));
  }

  /**
   * Counts one use by the customer unless `limit` (when not null) is reached: a conditional
   * increment, or the insert of the first use. False when the limit is reached. Never relies on a
   * duplicate-key error, which would abort the caller's transaction.
   */
  async use(
    promotionId: string,
    customerId: string,
    limit: number | null,
    session: ClientSession,
  ): Promise<boolean> {
    const _id = `${promotionId}/${customerId}`;
    const increment = await this.usages.updateOne(
      limit === null ? { _id } : { _id, count: { $lt: limit } },
      { $inc: { count: 1 } },
      { session },
    );
    if (increment.matchedCount === 1) return true;
    if (await this.usages.exists({ _id }).session(session)) return false;
    if (limit !== null && limit < 1) return false;
    await this.usages.insertMany([{ _id, promotionId, customerId, count: 1 }], {
      session,
      lean: true,
    });
    return true;
  }

  async giveBack(promotionId: string, customerId: string, session: ClientSession): Promise<void> {
    await this.usages.updateOne(
      { _id: `${promotionId}/${customerId}`, count: { $gt: 0 } },
      { $inc: { count: -1 } },
      { session },
    );
  }

  async recordRedemption(redemption: Redemption, session: ClientSession): Promise<void> {
    const { orderId, promotionId } = redemption;
    await this.redemptions.insertMany(
      [{ _id: `${orderId}/${promotionId}`, ...redemption, at: new Date() }],
      { session, lean: true },
    );
  }

  /** The order's counted redemptions not given back yet, which this call marks given back. */
  async takeBack(orderId: string, session: ClientSession): Promise<Redemption[]> {
    const docs = await this.redemptions
      .find({ orderId, counted: true, returned: false }, null, { session })
      .lean<RedemptionDocument[]>();
    if (docs.length > 0) {
      await this.redemptions.updateMany(
        { _id: { $in: docs.map((doc) => doc._id) }, returned: false },
        { $set: { returned: true } },
        { session },
      );
    }
    return docs.map(({ orderId: order, promotionId, customerId, counted }) => ({
      orderId: order,
      promotionId,
      customerId,
      counted,
      returned: true,
    }));
  }
}
