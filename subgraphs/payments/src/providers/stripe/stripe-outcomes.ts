import type { Money } from '@dabba/subgraph-kit';
import Stripe from 'stripe';
import { ProviderRequestError, ProviderUnavailableError, type AuthorizationOutcome } from '../port';
import { fromStripeAmount } from './stripe-money';

/** The port's outcome of a confirmed intent. */
export function outcomeOf(intent: Stripe.PaymentIntent): AuthorizationOutcome {
  switch (intent.status) {
    case 'requires_capture':
      return {
        status: 'authorized',
        intentRef: intent.id,
        amount: fromStripeAmount(intent.amount_capturable, intent.currency),
      };
    case 'requires_action': {
      const redirect = intent.next_action?.redirect_to_url?.url;
      return {
        status: 'requires_action',
        intentRef: intent.id,
        nextAction: redirect
          ? { type: 'redirect_to_url', url: redirect }
          : { type: 'use_sdk', clientSecret: intent.client_secret ?? undefined },
      };
    }
    case 'requires_payment_method': {
      const error = intent.last_payment_error;
      return {
        status: 'declined',
        intentRef: intent.id,
        reason: error?.code ?? 'card_declined',
        declineCode: error?.decline_code,
      };
    }
    default:
      throw new ProviderRequestError(
        `Stripe left ${intent.id} in ${intent.status} after confirmation`,
        'unexpected_intent_status',
      );
  }
}

/** What an intent holds for us: the capturable hold, what was captured, or its amount. */
export function heldOrReceived(intent: Stripe.PaymentIntent): Money {
  const amount =
    intent.status === 'requires_capture'
      ? intent.amount_capturable
      : intent.status === 'succeeded'
        ? intent.amount_received
        : intent.amount;
  return fromStripeAmount(amount, intent.currency);
}

/**
 * Refuses, before calling Stripe, an amount it would refuse: `limit` is what Stripe reports (in
 * its own units) as still available.
 */
export function checkAmount(money: Money, currency: string, limit: number, what: string): void {
  if (money.currency.toLowerCase() !== currency) {
    throw new ProviderRequestError(
      `The payment is in ${currency.toUpperCase()}, not ${money.currency}`,
      'currency_mismatch',
    );
  }
  if (!Number.isSafeInteger(money.amount) || money.amount < 1) {
    throw new ProviderRequestError('The amount must be a positive integer', 'amount_invalid');
  }
  const available = fromStripeAmount(limit, currency).amount;
  if (money.amount > available) {
    throw new ProviderRequestError(
      `${money.amount} is more than the ${available} ${what}`,
      'amount_too_large',
    );
  }
}

export function translate(error: unknown): unknown {
  const { errors } = Stripe;
  if (
    error instanceof errors.StripeConnectionError ||
    error instanceof errors.StripeAPIError ||
    error instanceof errors.StripeRateLimitError
  ) {
    return new ProviderUnavailableError(`Stripe is unavailable: ${error.message}`, error);
  }
  if (
    error instanceof errors.StripeInvalidRequestError ||
    error instanceof errors.StripeIdempotencyError ||
    error instanceof errors.StripeCardError
  ) {
    return new ProviderRequestError(
      error.message,
      error.code ?? error.rawType ?? 'invalid_request',
    );
  }
  return error;
}
