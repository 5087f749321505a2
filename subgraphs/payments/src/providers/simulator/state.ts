import {
  newId,
  notFound,
  nowSeconds,
  StripeApiError,
  type ChargeObject,
  type CustomerObject,
  type EventObject,
  type IntentStatus,
  type PaymentIntentObject,
  type PaymentMethodObject,
  type RefundObject,
} from './objects';
import type { CardBehaviour } from './test-cards';

/** Everything the simulated Stripe account holds, and how it announces changes. */
export class SimulatorState {
  readonly customers = new Map<string, CustomerObject>();
  readonly paymentMethods = new Map<string, PaymentMethodObject>();
  /** How each payment method behaves at confirmation (from its test card). */
  readonly behaviours = new Map<string, CardBehaviour>();
  readonly intents = new Map<string, PaymentIntentObject>();
  readonly charges = new Map<string, ChargeObject>();
  readonly refunds = new Map<string, RefundObject>();
  readonly listeners = new Set<(event: EventObject) => void>();

  constructor(
    readonly apiVersion: string,
    readonly authenticationUrl: (intentId: string) => string,
  ) {}

  intent(id: string, param?: string): PaymentIntentObject {
    const intent = this.intents.get(id);
    if (!intent) throw notFound('payment_intent', id, param);
    return intent;
  }

  /** The charge behind an intent that was confirmed. */
  latestCharge(intent: PaymentIntentObject): ChargeObject {
    return this.charges.get(intent.latest_charge as string)!;
  }

  emit(type: string, object: EventObject['data']['object']): void {
    const event: EventObject = {
      id: newId('evt'),
      object: 'event',
      api_version: this.apiVersion,
      created: nowSeconds(),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: structuredClone(object) },
    };
    for (const listener of this.listeners) listener(event);
  }
}

/** Stripe's refusal of an operation the intent's status does not allow. */
export function unexpectedState(
  intent: PaymentIntentObject,
  verb: string,
  allowed: IntentStatus[],
): StripeApiError {
  return new StripeApiError(400, {
    type: 'invalid_request_error',
    code: 'payment_intent_unexpected_state',
    message:
      `This PaymentIntent could not be ${verb} because it has a status of ${intent.status}. ` +
      `Only a PaymentIntent with one of the following statuses may be ${verb}: ${allowed.join(', ')}.`,
    payment_intent: structuredClone(intent),
  });
}
