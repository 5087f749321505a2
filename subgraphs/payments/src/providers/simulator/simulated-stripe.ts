import type { EventObject, PaymentIntentObject, RefundObject } from './objects';
import {
  cancelIntent,
  captureIntent,
  completeAuthentication,
  confirmIntent,
  createIntent,
  type IntentParams,
} from './payment-intents';
import { createCustomer, listPaymentMethods } from './payment-methods';
import { createRefund, failRefund, listRefunds } from './refunds';
import { SimulatorState } from './state';

export type { IntentParams } from './payment-intents';

export interface SimulatorOptions {
  /** The URL put in a 3-D Secure next action; the simulator serves no page there. */
  authenticationUrl?: (intentId: string) => string;
  /** The api_version stamped on events. */
  apiVersion?: string;
}

/**
 * Stripe's test mode in memory: customers, card payment methods (the test tokens of
 * `test-cards.ts`), PaymentIntents with their state machine (confirm, 3-D Secure, manual capture,
 * cancel), charges and refunds (which may fail later, as Stripe's do). Every change Stripe would
 * announce goes to the event listeners as a Stripe-shaped event. Refusals throw `StripeApiError`
 * with Stripe's status and error body.
 * State lives in this object only: a new simulator starts empty.
 */
export class SimulatedStripe {
  private readonly state: SimulatorState;

  constructor(options: SimulatorOptions = {}) {
    this.state = new SimulatorState(
      options.apiVersion ?? '2026-10-28.endive',
      options.authenticationUrl ?? ((id) => `https://sandbox-psp.invalid/3ds/${id}`),
    );
  }

  /** Calls `listener` with every event; returns a function that stops it. */
  onEvent(listener: (event: EventObject) => void): () => void {
    this.state.listeners.add(listener);
    return () => void this.state.listeners.delete(listener);
  }

  get intentCount(): number {
    return this.state.intents.size;
  }

  createCustomer(input: { email?: string; metadata: Record<string, string> }) {
    return createCustomer(this.state, input);
  }

  listPaymentMethods(customerId: string) {
    return listPaymentMethods(this.state, customerId);
  }

  createIntent(params: IntentParams): PaymentIntentObject {
    return createIntent(this.state, params);
  }

  retrieveIntent(id: string, expandCharge = false): PaymentIntentObject {
    const intent = structuredClone(this.state.intent(id));
    if (expandCharge && intent.latest_charge) {
      intent.latest_charge = structuredClone(this.state.latestCharge(intent));
    }
    return intent;
  }

  confirmIntent(id: string, input: { paymentMethod?: string; returnUrl?: string }) {
    return confirmIntent(this.state, id, input);
  }

  /** The customer passes (or fails) the 3-D Secure challenge of an intent in requires_action. */
  completeAuthentication(id: string, passed: boolean): PaymentIntentObject {
    return completeAuthentication(this.state, id, passed);
  }

  captureIntent(id: string, amountToCapture?: number): PaymentIntentObject {
    return captureIntent(this.state, id, amountToCapture);
  }

  cancelIntent(id: string, reason?: string): PaymentIntentObject {
    return cancelIntent(this.state, id, reason);
  }

  createRefund(input: {
    paymentIntent: string;
    amount?: number;
    metadata: Record<string, string>;
  }) {
    return createRefund(this.state, input);
  }

  /** A refund fails after Stripe accepted it (the card was closed, by default). */
  failRefund(id: string, failureReason = 'expired_or_canceled_card'): RefundObject {
    return failRefund(this.state, id, failureReason);
  }

  listRefunds(paymentIntent: string) {
    return listRefunds(this.state, paymentIntent);
  }
}
