import {
  invalidRequest,
  newId,
  notFound,
  nowSeconds,
  type CustomerObject,
  type PaymentIntentObject,
  type PaymentMethodObject,
} from './objects';
import type { SimulatorState } from './state';
import { TEST_CARDS } from './test-cards';

export function createCustomer(
  state: SimulatorState,
  input: { email?: string; metadata: Record<string, string> },
): CustomerObject {
  const customer: CustomerObject = {
    id: newId('cus'),
    object: 'customer',
    email: input.email ?? null,
    metadata: input.metadata,
    created: nowSeconds(),
    livemode: false,
  };
  state.customers.set(customer.id, customer);
  return structuredClone(customer);
}

/** The customer's saved card payment methods, newest first. */
export function listPaymentMethods(
  state: SimulatorState,
  customerId: string,
): PaymentMethodObject[] {
  if (!state.customers.has(customerId)) throw notFound('customer', customerId, 'customer');
  return [...state.paymentMethods.values()]
    .filter((method) => method.customer === customerId)
    .reverse()
    .map((method) => structuredClone(method));
}

/**
 * The id of a payment method the intent may use. A test token (`pm_card_visa`) becomes a fresh
 * `pm_…` with the token's behaviour, as in Stripe's test mode; a saved method must belong to the
 * intent's customer.
 */
export function usableMethod(
  state: SimulatorState,
  ref: string,
  intent: PaymentIntentObject,
): string {
  const card = TEST_CARDS[ref];
  if (card) {
    const method: PaymentMethodObject = {
      id: newId('pm'),
      object: 'payment_method',
      type: 'card',
      card: {
        brand: card.brand,
        last4: card.last4,
        exp_month: 12,
        exp_year: new Date().getUTCFullYear() + 3,
      },
      customer: null,
      created: nowSeconds(),
      livemode: false,
    };
    state.paymentMethods.set(method.id, method);
    state.behaviours.set(method.id, card.behaviour);
    return method.id;
  }
  const method = state.paymentMethods.get(ref);
  if (!method) throw notFound('PaymentMethod', ref, 'payment_method');
  if (method.customer && method.customer !== intent.customer) {
    throw invalidRequest(
      `The provided PaymentMethod ${ref} belongs to another Customer.`,
      'payment_method_invalid_parameter',
      'payment_method',
    );
  }
  return ref;
}
