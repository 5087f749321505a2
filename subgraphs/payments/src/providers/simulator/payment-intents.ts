import {
  invalidRequest,
  newId,
  notFound,
  nowSeconds,
  StripeApiError,
  type ChargeObject,
  type IntentStatus,
  type PaymentIntentObject,
} from './objects';
import { usableMethod } from './payment-methods';
import { unexpectedState, type SimulatorState } from './state';
import type { CardBehaviour } from './test-cards';

export interface IntentParams {
  amount: number;
  currency: string;
  captureMethod: PaymentIntentObject['capture_method'];
  confirm: boolean;
  paymentMethod?: string;
  customer?: string;
  metadata: Record<string, string>;
  returnUrl?: string;
  setupFutureUsage?: 'off_session' | 'on_session';
}

const CANCELABLE: IntentStatus[] = [
  'requires_payment_method',
  'requires_confirmation',
  'requires_action',
  'processing',
  'requires_capture',
];

export function createIntent(state: SimulatorState, params: IntentParams): PaymentIntentObject {
  if (!Number.isSafeInteger(params.amount) || params.amount < 1) {
    throw invalidRequest('Invalid integer: amount', 'parameter_invalid_integer', 'amount');
  }
  if (!/^[a-z]{3}$/.test(params.currency)) {
    throw invalidRequest(`Invalid currency: ${params.currency}`, 'parameter_invalid', 'currency');
  }
  if (params.customer && !state.customers.has(params.customer)) {
    throw notFound('customer', params.customer, 'customer');
  }
  const id = newId('pi');
  const intent: PaymentIntentObject = {
    id,
    object: 'payment_intent',
    amount: params.amount,
    amount_capturable: 0,
    amount_received: 0,
    currency: params.currency,
    capture_method: params.captureMethod,
    status: params.paymentMethod ? 'requires_confirmation' : 'requires_payment_method',
    client_secret: `${id}_secret_${newId('s').slice(2)}`,
    customer: params.customer ?? null,
    payment_method: null,
    setup_future_usage: params.setupFutureUsage ?? null,
    metadata: params.metadata,
    next_action: null,
    last_payment_error: null,
    latest_charge: null,
    canceled_at: null,
    cancellation_reason: null,
    created: nowSeconds(),
    livemode: false,
  };
  if (params.paymentMethod) {
    intent.payment_method = usableMethod(state, params.paymentMethod, intent);
  }
  state.intents.set(id, intent);
  state.emit('payment_intent.created', intent);
  if (params.confirm) return confirmIntent(state, id, { returnUrl: params.returnUrl });
  return structuredClone(intent);
}

/** Confirms with the intent's (or the given) payment method, as the card's behaviour dictates. */
export function confirmIntent(
  state: SimulatorState,
  id: string,
  input: { paymentMethod?: string; returnUrl?: string },
): PaymentIntentObject {
  const intent = state.intent(id);
  if (intent.status !== 'requires_payment_method' && intent.status !== 'requires_confirmation') {
    throw unexpectedState(intent, 'confirmed', [
      'requires_payment_method',
      'requires_confirmation',
    ]);
  }
  if (input.paymentMethod) {
    intent.payment_method = usableMethod(state, input.paymentMethod, intent);
  }
  if (!intent.payment_method) {
    throw invalidRequest(
      'You cannot confirm this PaymentIntent because it is missing a payment method.',
      'payment_intent_unexpected_state',
      'payment_method',
    );
  }
  const behaviour = state.behaviours.get(intent.payment_method)!;
  intent.last_payment_error = null;
  if (behaviour.kind === 'declines') return decline(state, intent, behaviour);
  if (behaviour.kind === 'succeeds') return authorized(state, intent);
  const url = state.authenticationUrl(id);
  intent.status = 'requires_action';
  intent.next_action = input.returnUrl
    ? { type: 'redirect_to_url', redirect_to_url: { url, return_url: input.returnUrl } }
    : {
        type: 'use_stripe_sdk',
        use_stripe_sdk: { type: 'three_d_secure_redirect', stripe_js: url },
      };
  state.emit('payment_intent.requires_action', intent);
  return structuredClone(intent);
}

/** What the customer's bank does when the 3-D Secure challenge is passed or failed. */
export function completeAuthentication(
  state: SimulatorState,
  id: string,
  passed: boolean,
): PaymentIntentObject {
  const intent = state.intent(id);
  if (intent.status !== 'requires_action') {
    throw unexpectedState(intent, 'authenticated', ['requires_action']);
  }
  intent.next_action = null;
  if (passed) return authorized(state, intent);
  intent.status = 'requires_payment_method';
  intent.payment_method = null;
  intent.last_payment_error = {
    type: 'invalid_request_error',
    code: 'payment_intent_authentication_failure',
    message: 'The provided payment method has failed authentication.',
  };
  state.emit('payment_intent.payment_failed', intent);
  return structuredClone(intent);
}

/** Captures up to what was authorized; the rest of the hold is released. */
export function captureIntent(
  state: SimulatorState,
  id: string,
  amountToCapture?: number,
): PaymentIntentObject {
  const intent = state.intent(id);
  if (intent.status !== 'requires_capture') {
    throw unexpectedState(intent, 'captured', ['requires_capture']);
  }
  const amount = amountToCapture ?? intent.amount_capturable;
  if (!Number.isSafeInteger(amount) || amount < 1) {
    throw invalidRequest('Invalid integer', 'parameter_invalid_integer', 'amount_to_capture');
  }
  if (amount > intent.amount_capturable) {
    throw invalidRequest(
      `The amount to capture (${amount}) is greater than the amount capturable ` +
        `(${intent.amount_capturable}).`,
      'amount_too_large',
      'amount_to_capture',
    );
  }
  const charge = state.latestCharge(intent);
  charge.amount_captured = amount;
  charge.captured = true;
  intent.amount_received = amount;
  intent.amount_capturable = 0;
  intent.status = 'succeeded';
  state.emit('payment_intent.succeeded', intent);
  return structuredClone(intent);
}

export function cancelIntent(
  state: SimulatorState,
  id: string,
  reason?: string,
): PaymentIntentObject {
  const intent = state.intent(id);
  if (!CANCELABLE.includes(intent.status)) throw unexpectedState(intent, 'canceled', CANCELABLE);
  intent.status = 'canceled';
  intent.amount_capturable = 0;
  intent.next_action = null;
  intent.canceled_at = nowSeconds();
  intent.cancellation_reason = reason ?? null;
  state.emit('payment_intent.canceled', intent);
  return structuredClone(intent);
}

function authorized(state: SimulatorState, intent: PaymentIntentObject): PaymentIntentObject {
  const charge = newCharge(state, intent, 'succeeded');
  intent.latest_charge = charge.id;
  if (intent.setup_future_usage && intent.customer) {
    state.paymentMethods.get(intent.payment_method!)!.customer = intent.customer;
  }
  if (intent.capture_method === 'manual') {
    intent.status = 'requires_capture';
    intent.amount_capturable = intent.amount;
    state.emit('payment_intent.amount_capturable_updated', intent);
  } else {
    charge.captured = true;
    charge.amount_captured = intent.amount;
    intent.status = 'succeeded';
    intent.amount_received = intent.amount;
    state.emit('payment_intent.succeeded', intent);
  }
  return structuredClone(intent);
}

function decline(
  state: SimulatorState,
  intent: PaymentIntentObject,
  behaviour: Extract<CardBehaviour, { kind: 'declines' }>,
): never {
  const charge = newCharge(state, intent, 'failed');
  const error = {
    type: 'card_error' as const,
    code: 'card_declined',
    decline_code: behaviour.declineCode,
    message: behaviour.message,
    charge: charge.id,
  };
  intent.latest_charge = charge.id;
  intent.status = 'requires_payment_method';
  intent.last_payment_error = error;
  intent.payment_method = null;
  state.emit('payment_intent.payment_failed', intent);
  throw new StripeApiError(402, { ...error, payment_intent: structuredClone(intent) });
}

function newCharge(
  state: SimulatorState,
  intent: PaymentIntentObject,
  status: ChargeObject['status'],
): ChargeObject {
  const charge: ChargeObject = {
    id: newId('ch'),
    object: 'charge',
    amount: intent.amount,
    amount_captured: 0,
    amount_refunded: 0,
    captured: false,
    refunded: false,
    paid: status === 'succeeded',
    status,
    currency: intent.currency,
    payment_intent: intent.id,
    payment_method: intent.payment_method!,
    metadata: { ...intent.metadata },
    created: nowSeconds(),
    livemode: false,
  };
  state.charges.set(charge.id, charge);
  return charge;
}
