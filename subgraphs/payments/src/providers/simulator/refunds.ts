import { invalidRequest, newId, notFound, nowSeconds, type RefundObject } from './objects';
import { unexpectedState, type SimulatorState } from './state';

/** Refunds part or all of what a succeeded intent captured; cards refund at once. */
export function createRefund(
  state: SimulatorState,
  input: { paymentIntent: string; amount?: number; metadata: Record<string, string> },
): RefundObject {
  const intent = state.intent(input.paymentIntent, 'payment_intent');
  if (intent.status !== 'succeeded') throw unexpectedState(intent, 'refunded', ['succeeded']);
  const charge = state.latestCharge(intent);
  const remaining = charge.amount_captured - charge.amount_refunded;
  if (remaining === 0) {
    throw invalidRequest(
      `Charge ${charge.id} has already been refunded.`,
      'charge_already_refunded',
    );
  }
  const amount = input.amount ?? remaining;
  if (!Number.isSafeInteger(amount) || amount < 1) {
    throw invalidRequest('Invalid integer', 'parameter_invalid_integer', 'amount');
  }
  if (amount > remaining) {
    throw invalidRequest(
      `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`,
      'amount_too_large',
      'amount',
    );
  }
  const refund: RefundObject = {
    id: newId('re'),
    object: 'refund',
    amount,
    currency: charge.currency,
    charge: charge.id,
    payment_intent: intent.id,
    status: 'succeeded',
    failure_reason: null,
    metadata: input.metadata,
    created: nowSeconds(),
  };
  state.refunds.set(refund.id, refund);
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount_captured;
  state.emit('refund.created', refund);
  state.emit('charge.refunded', charge);
  return structuredClone(refund);
}

/**
 * A refund Stripe accepted fails later, as when the card was closed (Stripe's test mode does it to
 * the refunds of `pm_card_refundFail`): its status becomes `failed` with a `failure_reason`, the
 * money is back on the balance (the charge no longer counts it as refunded), and the failure is
 * announced by `charge.refund.updated`, `refund.updated` and `refund.failed`.
 */
export function failRefund(state: SimulatorState, id: string, failureReason: string): RefundObject {
  const refund = state.refunds.get(id);
  if (!refund) throw notFound('refund', id, 'refund');
  if (refund.status !== 'succeeded' && refund.status !== 'pending') {
    throw invalidRequest(
      `Refund ${id} has a status of ${refund.status}: only a succeeded or pending refund can fail.`,
      'refund_unexpected_state',
    );
  }
  refund.status = 'failed';
  refund.failure_reason = failureReason;
  const charge = state.charges.get(refund.charge)!;
  charge.amount_refunded -= refund.amount;
  charge.refunded = false;
  for (const type of ['charge.refund.updated', 'refund.updated', 'refund.failed']) {
    state.emit(type, refund);
  }
  return structuredClone(refund);
}

/** An intent's refunds, newest first. */
export function listRefunds(state: SimulatorState, paymentIntent: string): RefundObject[] {
  state.intent(paymentIntent, 'payment_intent');
  return [...state.refunds.values()]
    .filter((refund) => refund.payment_intent === paymentIntent)
    .reverse()
    .map((refund) => structuredClone(refund));
}
