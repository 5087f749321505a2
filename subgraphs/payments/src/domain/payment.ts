import type { Money } from '@dabba/subgraph-kit';
import type {
  AuthorizationOutcome,
  IntentStatus,
  NextAction,
  ProviderName,
} from '../providers/port';
import { canTransition, type PaymentStatus, type TransitionCause } from './payment-status';

export type PaymentMethodKind = 'CARD' | 'CASH';

export type RefundStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED';

/** Money given back to the customer; PENDING from before the provider is asked until its answer. */
export interface Refund {
  id: string;
  paymentId: string;
  amount: Money;
  reason: string;
  status: RefundStatus;
  /** The caller's key: a replay returns this refund. */
  idempotencyKey: string;
  /** The provider's id for it, once it answered. */
  refundRef: string | null;
  createdAt: Date;
}

export interface PaymentFailure {
  /** Machine-readable, e.g. card_declined, authentication_failed. */
  reason: string;
  /** The issuer's decline code when the card was declined, e.g. insufficient_funds. */
  declineCode: string | null;
}

/** What the authorisation was asked with, kept so a retried call repeats it exactly. */
export interface CheckoutDetails {
  paymentMethodRef: string | null;
  savePaymentMethod: boolean;
  returnUrl: string | null;
  /** The provider's customer (to save cards on), when there is one. */
  customerRef: string | null;
}

/**
 * One attempt to pay for one order. Amounts are integers in the minor units of `currency`, which
 * is the order's.
 */
export interface Payment {
  id: string;
  orderId: string;
  customerId: string;
  storeId: string;
  method: PaymentMethodKind;
  provider: ProviderName;
  status: PaymentStatus;
  currency: string;
  /** What the customer was asked to authorise: the order's total plus the tip at checkout. */
  amount: number;
  /** The tip: given at checkout, replaced by the delivered order's tip at capture. */
  tip: number;
  authorized: number;
  captured: number;
  /** Refunds that succeeded. */
  refunded: number;
  /** What was due at delivery beyond what was authorised, and so not captured. */
  shortfall: number;
  intentRef: string | null;
  nextAction: NextAction | null;
  failure: PaymentFailure | null;
  idempotencyKey: string;
  checkout: CheckoutDetails;
  refunds: Refund[];
  createdAt: Date;
  updatedAt: Date;
}

export const money = (amount: number, currency: string): Money => ({ amount, currency });

/** What may still be refunded: captured, less refunds that succeeded or are under way. */
export function refundable(payment: Payment): number {
  const pending = payment.refunds
    .filter((refund) => refund.status === 'PENDING')
    .reduce((sum, refund) => sum + refund.amount.amount, 0);
  return payment.captured - payment.refunded - pending;
}

function moveTo(
  payment: Payment,
  status: PaymentStatus,
  now: Date,
  cause: TransitionCause = 'flow',
): Payment {
  if (!canTransition(payment.status, status, cause)) {
    throw new Error(`payment ${payment.id} cannot go from ${payment.status} to ${status}`);
  }
  return { ...payment, status, updatedAt: now };
}

/**
 * The payment with `refunded` as the total of its refunds that succeeded, and the status that
 * total means: REFUNDED once it covers what was captured, PARTIALLY_REFUNDED below, CAPTURED at
 * none. `cause` is `flow` when a refund was made, `refund_failed` when one failed later.
 */
export function withRefunded(
  payment: Payment,
  refunded: number,
  cause: TransitionCause,
  now: Date,
): Payment {
  const status =
    refunded === 0 ? 'CAPTURED' : refunded >= payment.captured ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
  return { ...moveTo(payment, status, now, cause), refunded };
}

/** The payment after the provider answered an authorisation (or a confirmation after 3-D Secure). */
export function applyAuthorization(
  payment: Payment,
  outcome: AuthorizationOutcome,
  now: Date,
): Payment {
  switch (outcome.status) {
    case 'authorized':
      return {
        ...moveTo(payment, 'AUTHORIZED', now),
        intentRef: outcome.intentRef,
        authorized: outcome.amount.amount,
        nextAction: null,
      };
    case 'requires_action':
      return {
        ...moveTo(payment, 'REQUIRES_ACTION', now),
        intentRef: outcome.intentRef,
        nextAction: outcome.nextAction,
      };
    case 'declined':
      return {
        ...moveTo(payment, 'FAILED', now),
        intentRef: outcome.intentRef ?? payment.intentRef,
        nextAction: null,
        failure: { reason: outcome.reason, declineCode: outcome.declineCode ?? null },
      };
  }
}

/**
 * Where an intent's status as the provider reports it leaves the payment, or null when it says
 * nothing we act on (e.g. processing). `succeeded` is CAPTURED: we capture manually, so an intent
 * only succeeds after our own capture.
 */
export function statusOfIntent(status: IntentStatus): PaymentStatus | null {
  switch (status) {
    case 'requires_action':
      return 'REQUIRES_ACTION';
    case 'requires_capture':
      return 'AUTHORIZED';
    case 'succeeded':
      return 'CAPTURED';
    case 'canceled':
      return 'CANCELLED';
    case 'requires_payment_method':
      return 'FAILED';
    default:
      return null;
  }
}

export function cancelPayment(payment: Payment, now: Date): Payment {
  return { ...moveTo(payment, 'CANCELLED', now), nextAction: null };
}

export function failPayment(payment: Payment, reason: string, now: Date): Payment {
  return {
    ...moveTo(payment, 'FAILED', now),
    nextAction: null,
    failure: { reason, declineCode: null },
  };
}
