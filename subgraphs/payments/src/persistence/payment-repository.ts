import { mongo, type ClientSession, type Connection, type Model } from 'mongoose';
import type { Payment } from '../domain/payment';
import { isLive } from '../domain/payment-status';
import { paymentModel, type PaymentDocument } from './payment-model';

const DUPLICATE_KEY = 11000;

function toDomain(doc: PaymentDocument): Payment {
  const { _id, liveOrderId: _live, refunds, ...fields } = doc;
  return {
    ...fields,
    id: _id,
    intentRef: doc.intentRef ?? null,
    nextAction: doc.nextAction ?? null,
    failure: doc.failure ?? null,
    refunds: (refunds ?? []).map((refund) => ({
      ...refund,
      paymentId: _id,
      refundRef: refund.refundRef ?? null,
    })),
  };
}

function toDocument(payment: Payment): PaymentDocument {
  const { id, refunds, ...fields } = payment;
  return {
    ...fields,
    _id: id,
    ...(isLive(payment.status) ? { liveOrderId: payment.orderId } : {}),
    refunds: refunds.map(({ paymentId: _paymentId, ...refund }) => refund),
  };
}

export type InsertOutcome = 'inserted' | 'duplicate_idempotency_key' | 'order_has_live_payment';

/** A position in a customer's history: newest first. */
export interface HistoryCursor {
  createdAt: Date;
  id: string;
}

export class PaymentRepository {
  private readonly model: Model<PaymentDocument>;

  constructor(db: Connection) {
    this.model = paymentModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  async insert(payment: Payment, session?: ClientSession): Promise<InsertOutcome> {
    try {
      await this.model.insertMany([toDocument(payment)], { session, lean: true });
      return 'inserted';
    } catch (error) {
      if (error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY) {
        const keys = { ...error.keyPattern, ...error.keyValue };
        return 'liveOrderId' in keys || /live_order_unique/.test(error.message)
          ? 'order_has_live_payment'
          : 'duplicate_idempotency_key';
      }
      throw error;
    }
  }

  /**
   * Replaces `previous` with `next` only if nobody changed it since it was read; false when
   * someone did (the caller reloads and decides again).
   */
  async save(next: Payment, previous: Payment, session?: ClientSession): Promise<boolean> {
    const doc = toDocument(next);
    const result = await this.model.replaceOne(
      { _id: previous.id, status: previous.status, updatedAt: previous.updatedAt },
      doc,
      { session },
    );
    return result.matchedCount === 1;
  }

  async findById(id: string, session?: ClientSession): Promise<Payment | null> {
    const doc = await this.model.findById(id, null, { session }).lean<PaymentDocument>();
    return doc ? toDomain(doc) : null;
  }

  async findByIds(ids: readonly string[]): Promise<Payment[]> {
    const docs = await this.model.find({ _id: { $in: ids } }).lean<PaymentDocument[]>();
    return docs.map(toDomain);
  }

  async findByIdempotencyKey(customerId: string, key: string): Promise<Payment | null> {
    const doc = await this.model
      .findOne({ customerId, idempotencyKey: key })
      .lean<PaymentDocument>();
    return doc ? toDomain(doc) : null;
  }

  async findLiveByOrderId(orderId: string, session?: ClientSession): Promise<Payment | null> {
    const doc = await this.model
      .findOne({ liveOrderId: orderId }, null, { session })
      .lean<PaymentDocument>();
    return doc ? toDomain(doc) : null;
  }

  async findByIntentRef(intentRef: string, session?: ClientSession): Promise<Payment | null> {
    const doc = await this.model.findOne({ intentRef }, null, { session }).lean<PaymentDocument>();
    return doc ? toDomain(doc) : null;
  }

  /** Every payment of these orders, newest first. */
  async findByOrderIds(orderIds: readonly string[]): Promise<Payment[]> {
    const docs = await this.model
      .find({ orderId: { $in: orderIds } })
      .sort({ createdAt: -1, _id: -1 })
      .lean<PaymentDocument[]>();
    return docs.map(toDomain);
  }

  /** Up to `limit` of the customer's payments after `after`, newest first. */
  async listByCustomer(
    customerId: string,
    limit: number,
    after: HistoryCursor | null,
  ): Promise<Payment[]> {
    const filter = after
      ? {
          customerId,
          $or: [
            { createdAt: { $lt: after.createdAt } },
            { createdAt: after.createdAt, _id: { $lt: after.id } },
          ],
        }
      : { customerId };
    const docs = await this.model
      .find(filter)
      .sort({ createdAt: -1, _id: -1 })
      .limit(limit)
      .lean<PaymentDocument[]>();
    return docs.map(toDomain);
  }
}
