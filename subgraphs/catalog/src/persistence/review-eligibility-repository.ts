import type { ClientSession, Connection, Model } from 'mongoose';
import type { DeliveredOrder } from '../domain/review';
import { deliveredOrderModel, type DeliveredOrderDocument } from './review-eligibility-model';

function toDomain(doc: DeliveredOrderDocument): DeliveredOrder {
  return {
    orderId: doc._id,
    customerId: doc.customerId,
    storeId: doc.storeId,
    items: doc.items.map(({ kind, itemId }) => ({ kind, itemId })),
    deliveredAt: doc.deliveredAt,
  };
}

/** Delivered orders (collection `delivered_orders`): what makes a customer eligible to review. */
export class ReviewEligibilityRepository {
  private readonly model: Model<DeliveredOrderDocument>;

  constructor(db: Connection) {
    this.model = deliveredOrderModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  /** Records the delivered order; a second record of the same order keeps the first. */
  async record(order: DeliveredOrder, session: ClientSession): Promise<void> {
    const { orderId, ...fields } = order;
    await this.model.updateOne(
      { _id: orderId },
      { $setOnInsert: fields },
      { upsert: true, session },
    );
  }

  async findByOrderId(orderId: string, session?: ClientSession): Promise<DeliveredOrder | null> {
    const doc = await this.model
      .findById(orderId)
      .session(session ?? null)
      .lean<DeliveredOrderDocument>();
    return doc ? toDomain(doc) : null;
  }
}
