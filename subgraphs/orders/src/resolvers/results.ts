import { moneyView } from '@dabba/subgraph-kit';
import type { Decision } from '../domain/lifecycle';
import type { Order } from '../domain/order';
import type { PriceBreakdown } from '../domain/pricing';
import type { Quote } from '../domain/quote';
import type { OrderRefusal } from '../domain/results';

/** The amounts every priced view shares (a quote, an order's pricing), as Money. */
function priced(price: PriceBreakdown) {
  const money = (amount: number) => moneyView(amount, price.currency);
  return {
    subtotal: money(price.subtotal),
    discounts: price.discounts.map((discount) => ({ ...discount, amount: money(discount.amount) })),
    couponDiscount: money(price.couponDiscount),
    deliveryFee: money(price.deliveryFee),
    surgeMultiplier: price.surgeMultiplierBps / 10_000,
    serviceFee: money(price.serviceFee),
    tax: money(price.tax),
    tip: money(price.tip),
    total: money(price.total),
  };
}

/** A quote as the PriceQuote type. */
export function quoteView(quote: Quote) {
  const money = (amount: number) => moneyView(amount, quote.price.currency);
  return {
    ...quote,
    ...priced(quote.price),
    deliveryDistanceMeters: quote.price.deliveryDistanceMeters,
    lines: quote.price.lines.map((line) => ({
      ...line,
      unitPrice: money(line.unitPrice),
      total: money(line.total),
      discount: money(line.discount),
    })),
  };
}

/** An order's prices as the OrderPricing type; finalTotal includes the tip. */
export function pricingView(order: Order) {
  return {
    ...priced(order.pricing),
    finalTotal: moneyView(order.finalGoodsTotal + order.pricing.tip, order.currency),
  };
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
  | { kind: 'PriceQuote'; quote: Quote }
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
      return { __typename: 'PriceQuote', ...quoteView(outcome.quote) } as never;
    default: {
      const { kind, ...fields } = outcome;
      if (kind === 'PriceChanged') Object.assign(fields, { quote: quoteView(outcome.quote) });
      const problem =
        kind === 'CityNotServed' ? { message: `Dabba does not serve ${outcome.city} yet` } : {};
      return { __typename: kind, ...ERRORS[kind], ...problem, ...fields } as never;
    }
  }
}
