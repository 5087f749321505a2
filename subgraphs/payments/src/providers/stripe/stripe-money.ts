import type { Money } from '@dabba/subgraph-kit';

/** The metadata keys under which our ids travel on Stripe objects. */
export const METADATA_PAYMENT_ID = 'payment_id';
export const METADATA_ORDER_ID = 'order_id';
export const METADATA_USER_ID = 'user_id';
export const METADATA_IDEMPOTENCY_KEY = 'idempotency_key';

/**
 * Stripe takes amounts in the currency's smallest unit, as we keep them (VND whole đồng, USD and
 * INR cents), and currencies in lower case.
 */
export function toStripeAmount(money: Money): { amount: number; currency: string } {
  return { amount: money.amount, currency: money.currency.toLowerCase() };
}

export function fromStripeAmount(amount: number, currency: string): Money {
  return { amount, currency: currency.toUpperCase() };
}
