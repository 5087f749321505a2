import type { Money } from '@dabba/subgraph-kit';
import { Schema, type Connection, type Model } from 'mongoose';
import { PAYMENT_STATUSES, type PaymentStatus } from '../domain/payment-status';
import type {
  CheckoutDetails,
  PaymentFailure,
  PaymentMethodKind,
  RefundStatus,
} from '../domain/payment';
import type { NextAction, ProviderName } from '../providers/port';

export interface RefundDocument {
  id: string;
  amount: Money;
  reason: string;
  status: RefundStatus;
  idempotencyKey: string;
  refundRef: string | null;
  createdAt: Date;
}

export interface PaymentDocument {
  _id: string;
  orderId: string;
  /** The order id while the payment is live (not FAILED or CANCELLED): one live payment per order. */
  liveOrderId?: string;
  customerId: string;
  storeId: string;
  method: PaymentMethodKind;
  provider: ProviderName;
  status: PaymentStatus;
  currency: string;
  amount: number;
  tip: number;
  authorized: number;
  captured: number;
  refunded: number;
  shortfall: number;
  intentRef: string | null;
  nextAction: NextAction | null;
  failure: PaymentFailure | null;
  idempotencyKey: string;
  checkout: CheckoutDetails;
  refunds: RefundDocument[];
  createdAt: Date;
  updatedAt: Date;
}

const refundSchema = new Schema<RefundDocument>(
  {
    id: { type: String, required: true },
    amount: { type: Schema.Types.Mixed, required: true },
    reason: { type: String, required: true },
    status: { type: String, required: true, enum: ['PENDING', 'SUCCEEDED', 'FAILED'] },
    idempotencyKey: { type: String, required: true },
    refundRef: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  { _id: false },
);

const paymentSchema = new Schema<PaymentDocument>(
  {
    _id: { type: String, required: true },
    orderId: { type: String, required: true },
    liveOrderId: { type: String },
    customerId: { type: String, required: true },
    storeId: { type: String, required: true },
    method: { type: String, required: true, enum: ['CARD', 'CASH'] },
    provider: { type: String, required: true },
    status: { type: String, required: true, enum: PAYMENT_STATUSES },
    currency: { type: String, required: true },
    amount: { type: Number, required: true },
    tip: { type: Number, required: true },
    authorized: { type: Number, required: true },
    captured: { type: Number, required: true },
    refunded: { type: Number, required: true },
    shortfall: { type: Number, required: true },
    intentRef: { type: String, default: null },
    nextAction: { type: Schema.Types.Mixed, default: null },
    failure: { type: Schema.Types.Mixed, default: null },
    idempotencyKey: { type: String, required: true },
    checkout: { type: Schema.Types.Mixed, required: true },
    refunds: { type: [refundSchema], default: [] },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'payments', versionKey: false, minimize: false },
);

paymentSchema.index(
  { customerId: 1, idempotencyKey: 1 },
  { unique: true, name: 'idempotency_unique' },
);
// Partial, so that failed and cancelled attempts (without liveOrderId) do not collide.
paymentSchema.index(
  { liveOrderId: 1 },
  {
    unique: true,
    name: 'live_order_unique',
    partialFilterExpression: { liveOrderId: { $type: 'string' } },
  },
);
paymentSchema.index({ orderId: 1, createdAt: -1 }, { name: 'by_order' });
paymentSchema.index({ customerId: 1, createdAt: -1, _id: -1 }, { name: 'history' });
paymentSchema.index({ intentRef: 1 }, { name: 'by_intent' });

export function paymentModel(db: Connection): Model<PaymentDocument> {
  return db.models.Payment ?? db.model<PaymentDocument>('Payment', paymentSchema);
}
