import type { Money } from '@dabba/subgraph-kit';

/** The metadata keys under which our ids travel on Stripe objects. */
export const METADATA_PAYMENT_ID = 'payment_id';
export const METADATA_ORDER_ID = 'order_id';
export const METADATA_USER_ID = 'user_id';
export const METADATA_IDEMPOTENCY_KEY = 'idempotency_key';

/**
 * Currencies Stripe's API counts in hundredths although ICU, whose minor units we keep, gives them
 * none: ISK (whole krónur only since 2023, sent as multiples of 100) and HUF (two-decimal for
 * charges). An amount in them is multiplied by 100 on the way to Stripe and divided on the way
 * back. Every other currency Stripe takes in its smallest unit, as we keep it (VND whole đồng,
 * USD and INR cents).
 */
const HUNDREDTHS_AT_STRIPE = new Set(['ISK', 'HUF']);

function stripeScale(currency: string): number {
  return HUNDREDTHS_AT_STRIPE.has(currency.toUpperCase()) ? 100 : 1;
}

/** An amount as Stripe's API takes it, and the currency in lower case. */
export function toStripeAmount(money: Money): { amount: number; currency: string } {
  return {
    amount: money.amount * stripeScale(money.currency),
    currency: money.currency.toLowerCase(),
  };
}

/**
 * An amount Stripe reports, in our minor units. An ISK or HUF amount that is not whole (made
 * outside Dabba, e.g. in the Dashboard) is rounded to the nearest unit.
 */
export function fromStripeAmount(amount: number, currency: string): Money {
  return { amount: Math.round(amount / stripeScale(currency)), currency: currency.toUpperCase() };
}
