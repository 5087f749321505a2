import { formatMoneyDecimal } from '@dabba/subgraph-kit';
import type { Decision } from '../domain/lifecycle';
import type { OrderRefusal } from '../domain/results';

/** Money as the GraphQL Money type. */
export function toMoney(amount: number, currency: string) {
  return { amount, currency, decimal: formatMoneyDecimal({ amount, currency }) };
}

/** The error results' `code` and default `message`, part of the API contract. */
const ERRORS: Record<string, { code: string; message: string }> = {
  InvalidOrderInput: { code: 'INVALID_INPUT', message: 'Invalid input' },
  InvalidCartSelection: {
    code: 'INVALID_SELECTION',
    message: 'The store cannot sell this selection',
  },
  CartNotFound: { code: 'CART_NOT_FOUND', message: 'You have no active cart with this id' },
  CartNotReady: { code: 'CART_NOT_READY', message: 'The cart cannot be priced yet' },
  CouponNotApplied: { code: 'COUPON_REJECTED', message: 'The coupon does not apply' },
  StoreClosed: { code: 'STORE_CLOSED', message: 'The store is closed now' },
  AddressNotServed: { code: 'ADDRESS_NOT_SERVED', message: 'The store does not deliver there' },
  CityNotServed: {
    code: 'CITY_NOT_SERVED',
    message: "Dabba does not price orders in the store's city yet",
  },
  QuoteExpired: {
    code: 'QUOTE_EXPIRED',
    message: 'The quote is unknown or expired; ask for a new one',
  },
  PriceChanged: { code: 'PRICE_CHANGED', message: 'The price changed; nothing was charged' },
  OutOfStock: { code: 'OUT_OF_STOCK', message: 'Not enough stock; nothing was held' },
  PaymentNotAuthorized: { code: 'PAYMENT_DECLINED', message: 'The payment was declined' },
  IdempotencyKeyReused: {
    code: 'IDEMPOTENCY_KEY_REUSED',
    message: 'This idempotency key was used for another checkout',
  },
  InvalidTransition: { code: 'INVALID_TRANSITION', message: 'This move is not allowed' },
  UnknownLine: { code: 'UNKNOWN_LINE', message: 'No such order line can be substituted' },
};

type Outcome =
  | OrderRefusal
  | { kind: 'Order'; order: object }
  | { kind: 'Cart'; cart: object }
  | { kind: 'PriceQuote'; quote: object }
  | Exclude<Decision, { ok: true }>;

/** A lifecycle refusal as its result type. */
function refusal(decision: Exclude<Decision, { ok: true }>) {
  switch (decision.code) {
    case 'INVALID_TRANSITION':
      return { __typename: 'InvalidTransition', ...decision };
    case 'INVALID_INPUT':
      return { __typename: 'InvalidOrderInput', ...decision };
    case 'UNKNOWN_LINE':
      return { __typename: 'UnknownLine', ...decision };
  }
}

/**
 * A use case's outcome as the GraphQL object of the same name (unions resolve by __typename);
 * error results get their code, and their default message unless they carry their own.
 */
export function toGraphQL(outcome: Outcome) {
  if ('ok' in outcome) return refusal(outcome) as never;
  switch (outcome.kind) {
    case 'Order':
      return { __typename: 'Order', ...outcome.order } as never;
    case 'Cart':
      return { __typename: 'Cart', ...outcome.cart } as never;
    case 'PriceQuote':
      return { __typename: 'PriceQuote', ...outcome.quote } as never;
    default: {
      const { kind, ...fields } = outcome;
      const problem =
        kind === 'CityNotServed' ? { message: `Dabba does not serve ${outcome.city} yet` } : {};
      return { __typename: kind, ...ERRORS[kind], ...problem, ...fields } as never;
    }
  }
}
