import { invalidRequest, newId, nowSeconds, type RefundObject } from './objects';
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

/** An intent's refunds, newest first. */
export function listRefunds(state: SimulatorState, paymentIntent: string): RefundObject[] {
  state.intent(paymentIntent, 'payment_intent');
  return [...state.refunds.values()]
    .filter((refund) => refund.payment_intent === paymentIntent)
    .reverse()
    .map((refund) => structuredClone(refund));
}
