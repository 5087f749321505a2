import type { Money } from '@dabba/subgraph-kit';
import type { BasketPrice } from '../domain/pricing';
import type { InvalidMenuSelection } from '../services/quote-basket';
import type { QuotedLineRef } from '../services/quote-menu-lines';
import type {
  BelowMinimumOrder,
  CouponCodeTaken,
  CouponRejected,
  InsufficientStock,
  InvalidCatalogInput,
  ReservationKeyReused,
  SkuTaken,
  StockBelowReserved,
  UnknownSkus,
} from '../domain/product-results';

type Failure =
  | InvalidCatalogInput
  | SkuTaken
  | UnknownSkus
  | InsufficientStock
  | StockBelowReserved
  | ReservationKeyReused
  | CouponCodeTaken
  | CouponRejected
  | BelowMinimumOrder
  | InvalidMenuSelection;

const COUPON_MESSAGES: Record<CouponRejected['code'], string> = {
  COUPON_UNKNOWN: 'This store has no such coupon',
  COUPON_NOT_STARTED: 'This coupon cannot be used yet',
  COUPON_EXPIRED: 'This coupon has expired',
  COUPON_EXHAUSTED: 'This coupon has been used up',
};

/** The GraphQL error result of a failure: its type name, `code` and `message`. */
function failure(outcome: Failure) {
  switch (outcome.kind) {
    case 'InvalidCatalogInput':
      return {
        __typename: 'InvalidProductInput' as const,
        code: 'INVALID_INPUT',
        message: outcome.problems.map((p) => `${p.field}: ${p.message}`).join('; '),
        problems: outcome.problems,
      };
    case 'SkuTaken':
      return {
        __typename: 'SkuTaken' as const,
        code: 'SKU_TAKEN',
        message: `The store already sells ${outcome.sku}`,
        sku: outcome.sku,
      };
    case 'UnknownSkus':
      return {
        __typename: 'UnknownSkus' as const,
        code: 'UNKNOWN_SKUS',
        message: `The store has no product ${outcome.skus.join(', ')}`,
        skus: outcome.skus,
      };
    case 'InsufficientStock':
      return {
        __typename: 'InsufficientStock' as const,
        code: 'INSUFFICIENT_STOCK',
        message: `Not enough stock of ${outcome.lines.map((line) => line.sku).join(', ')}`,
        lines: outcome.lines,
      };
    case 'StockBelowReserved':
      return {
        __typename: 'StockBelowReserved' as const,
        code: 'STOCK_BELOW_RESERVED',
        message: `${outcome.reserved} units of ${outcome.sku} are held for checkouts`,
        sku: outcome.sku,
        reserved: outcome.reserved,
      };
    case 'ReservationKeyReused':
      return {
        __typename: 'ReservationKeyReused' as const,
        code: 'RESERVATION_KEY_REUSED',
        message: 'This reservation key was used for a different request',
        reservationKey: outcome.reservationKey,
      };
    case 'CouponCodeTaken':
      return {
        __typename: 'CouponCodeTaken' as const,
        code: 'COUPON_CODE_TAKEN',
        message: 'Another promotion of the store uses this coupon code',
        couponCode: outcome.couponCode,
      };
    case 'CouponRejected':
      return {
        __typename: 'CouponRejected' as const,
        code: outcome.code,
        message: COUPON_MESSAGES[outcome.code],
        couponCode: outcome.couponCode,
      };
    case 'InvalidMenuSelection':
      return {
        __typename: 'InvalidMenuSelection' as const,
        code: 'INVALID_SELECTION',
        message: `${outcome.lines.length} menu item line(s) cannot be ordered as chosen`,
        lines: outcome.lines,
      };
    case 'BelowMinimumOrder':
      return {
        __typename: 'BelowMinimumOrder' as const,
        code: 'BELOW_MINIMUM_ORDER',
        message: 'The basket is below the minimum order of this coupon',
        promotionId: outcome.promotionId,
        minimumOrder: outcome.minimumOrder,
        subtotal: outcome.subtotal,
      };
  }
}

type Success =
  | { kind: 'Product'; product: unknown }
  | { kind: 'Inventory'; inventory: unknown }
  | { kind: 'Promotion'; promotion: unknown }
  | { kind: 'Reservation'; reservation: object };

/**
 * A use case's outcome as the GraphQL object of the union (resolved by __typename). Typed loosely:
 * each resolver's own union type checks the shape.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- narrowed by each resolver's union type
export function toGraphQL(outcome: Success | Failure): any {
  switch (outcome.kind) {
    case 'Product':
      return { __typename: 'ProductPayload', product: outcome.product };
    case 'Inventory':
      return { __typename: 'InventoryPayload', inventory: outcome.inventory };
    case 'Promotion':
      return { __typename: 'PromotionPayload', promotion: outcome.promotion };
    case 'Reservation':
      return { __typename: 'StockReservation', ...outcome.reservation };
    default:
      return failure(outcome);
  }
}

/**
 * A priced basket as BasketQuote: amounts become Money in the basket's currency, and each line
 * says whether it is a product or a menu item (`refs`, by line id).
 */
export function basketQuote(price: BasketPrice, refs: Readonly<Record<string, QuotedLineRef>>) {
  const money = (amount: number): Money => ({ amount, currency: price.currency });
  const ref = (lineId: string): QuotedLineRef =>
    refs[lineId] ?? { kind: 'PRODUCT', sku: lineId, itemId: null, productId: null };
  return {
    __typename: 'BasketQuote' as const,
    subtotal: money(price.subtotal),
    total: money(price.total),
    promotionIds: price.promotionIds,
    discounts: price.discounts.map((discount) => ({
      promotionId: discount.promotionId,
      rule: discount.rule,
      description: discount.description,
      amount: money(discount.amount),
      skus: discount.lines.flatMap((lineId) => ref(lineId).sku ?? []),
      lineIds: discount.lines,
      coupon: discount.coupon,
    })),
    lines: price.lines.map((line) => ({
      ...ref(line.lineId),
      lineId: line.lineId,
      quantity: line.quantity,
      unitPrice: money(line.unitPrice),
      total: money(line.total),
      discount: money(line.discount),
      promotionId: line.promotionId,
    })),
  };
}
