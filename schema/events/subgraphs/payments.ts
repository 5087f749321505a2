import { z } from 'zod';
import { id, instant, money } from '../fields';

const paymentMethod = z.enum(['CARD', 'CASH']);

/**
 * Events the payments subgraph publishes; orders and catalog (stock commit) consume them, and
 * payments itself consumes `webhook.received` to apply a provider's webhook after answering it.
 */
export const paymentsEvents = {
  'payments.payment.authorized.v1': z.object({
    paymentId: id,
    orderId: id,
    customerId: id,
    method: paymentMethod,
    amount: money,
    authorizedAt: instant,
  }),
  'payments.payment.captured.v1': z.object({
    paymentId: id,
    orderId: id,
    /** What was captured, tip included. */
    amount: money,
    tip: money,
    /** What was due beyond the authorised amount and so not captured (zero normally). */
    shortfall: money,
    capturedAt: instant,
  }),
  'payments.payment.failed.v1': z.object({
    paymentId: id,
    orderId: id,
    /** Machine-readable, e.g. card_declined, authentication_failed. */
    reason: z.string().min(1).max(200),
    failedAt: instant,
  }),
  'payments.payment.refunded.v1': z.object({
    paymentId: id,
    orderId: id,
    refundId: id,
    amount: money,
    /** Whether the whole captured amount has now been refunded. */
    full: z.boolean(),
    refundedAt: instant,
  }),
  /**
   * A refund the provider had accepted failed later (e.g. the card was closed): the customer did
   * not get the money, which is the payment's again (it is CAPTURED or PARTIALLY_REFUNDED again),
   * so support can give it back another way.
   */
  'payments.payment.refund_failed.v1': z.object({
    paymentId: id,
    orderId: id,
    customerId: id,
    refundId: id,
    amount: money,
    /** The provider's reason, e.g. expired_or_canceled_card, lost_or_stolen_card, unknown. */
    reason: z.string().min(1).max(200),
    failedAt: instant,
  }),
  /** The payment was cancelled before capture: its hold released, no money moved. */
  'payments.payment.cancelled.v1': z.object({
    paymentId: id,
    orderId: id,
    customerId: id,
    cancelledAt: instant,
  }),
  /** A verified provider webhook was stored; payments applies it to the payment asynchronously. */
  'payments.webhook.received.v1': z.object({
    /** The stored webhook's id: `<provider>:<provider event id>`. */
    webhookId: id,
    provider: z.enum(['stripe', 'sandbox', 'cash']),
    providerEventType: z.string().min(1).max(200),
  }),
};
