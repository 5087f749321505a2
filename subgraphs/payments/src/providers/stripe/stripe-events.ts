import type Stripe from 'stripe';
import type { IntentStatus, ProviderEvent, RefundOutcome } from '../port';
import { fromStripeAmount, METADATA_IDEMPOTENCY_KEY, METADATA_PAYMENT_ID } from './stripe-money';

const INTENT_AMOUNT: Record<string, (intent: Stripe.PaymentIntent) => number> = {
  'payment_intent.amount_capturable_updated': (intent) => intent.amount_capturable,
  'payment_intent.succeeded': (intent) => intent.amount_received,
  'payment_intent.payment_failed': (intent) => intent.amount,
  'payment_intent.canceled': (intent) => intent.amount,
  'payment_intent.requires_action': (intent) => intent.amount,
};

/**
 * Events that carry a refund. A refund Stripe accepted may still fail later (its status becomes
 * `failed`, with a `failure_reason`): Stripe announces it with `refund.updated`, `refund.failed`
 * and, for cards, `charge.refund.updated`.
 */
const REFUND_EVENTS = new Set([
  'refund.created',
  'refund.updated',
  'refund.failed',
  'charge.refund.updated',
]);

/** The event types payments acts on: what a Stripe webhook endpoint should subscribe to. */
export const WEBHOOK_EVENT_TYPES: readonly string[] = [
  ...Object.keys(INTENT_AMOUNT),
  ...REFUND_EVENTS,
  'charge.refunded',
];

/** Reduces a verified Stripe event to what payments acts on (see ProviderEvent). */
export function toProviderEvent(event: Stripe.Event): ProviderEvent {
  const base: ProviderEvent = {
    id: event.id,
    type: event.type,
    occurredAt: new Date(event.created * 1000),
  };
  const object = event.data.object as { object?: string };
  const intentAmount = INTENT_AMOUNT[event.type];
  if (intentAmount && object.object === 'payment_intent') {
    const intent = object as Stripe.PaymentIntent;
    const error = intent.last_payment_error;
    return {
      ...base,
      intentRef: intent.id,
      paymentId: intent.metadata?.[METADATA_PAYMENT_ID],
      intentStatus: intent.status as IntentStatus,
      amount: fromStripeAmount(intentAmount(intent), intent.currency),
      ...(event.type === 'payment_intent.payment_failed' && {
        failureReason: error?.decline_code ?? error?.code ?? 'payment_failed',
      }),
    };
  }
  if (REFUND_EVENTS.has(event.type) && object.object === 'refund') {
    const refund = object as Stripe.Refund;
    return {
      ...base,
      intentRef: refOf(refund.payment_intent),
      paymentId: refund.metadata?.[METADATA_PAYMENT_ID],
      amount: fromStripeAmount(refund.amount, refund.currency),
      refundRef: refund.id,
      refundStatus: refundStatus(refund.status),
      refundKey: refund.metadata?.[METADATA_IDEMPOTENCY_KEY],
      ...(refund.failure_reason && { failureReason: refund.failure_reason }),
    };
  }
  if (event.type === 'charge.refunded' && object.object === 'charge') {
    const charge = object as Stripe.Charge;
    return {
      ...base,
      intentRef: refOf(charge.payment_intent),
      paymentId: charge.metadata?.[METADATA_PAYMENT_ID],
      amount: fromStripeAmount(charge.amount_refunded, charge.currency),
    };
  }
  return base;
}

/** Stripe's refund states in the port's terms: anything not final yet is pending. */
export function refundStatus(status: string | null): RefundOutcome['status'] {
  if (status === 'succeeded') return 'succeeded';
  if (status === 'failed' || status === 'canceled') return 'failed';
  return 'pending';
}

function refOf(value: string | { id: string } | null): string | undefined {
  if (!value) return undefined;
  return typeof value === 'string' ? value : value.id;
}
