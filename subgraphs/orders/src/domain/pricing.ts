import type { Fulfilment, GeoPoint } from './cart';

/** One basket line as the catalog priced it, in minor units of the order's currency. */
export interface PricedLine {
  /** The cart line's id. */
  lineId: string;
  kind: 'PRODUCT' | 'MENU_ITEM';
  sku: string | null;
  itemId: string | null;
  /** PRODUCT lines: the catalog's product id, when the catalog gave it. */
  productId?: string | null;
  quantity: number;
  unitPrice: number;
  /** unitPrice × quantity. */
  total: number;
  /** The line's own discount. */
  discount: number;
}

/** What one promotion took off, in minor units. */
export interface Discount {
  promotionId: string;
  description: string;
  amount: number;
  /** Whether it is the coupon's promotion. */
  coupon: boolean;
}

/** Every amount of a quote, computed by the server alone; integers in minor units. */
export interface PriceBreakdown {
  currency: string;
  lines: PricedLine[];
  subtotal: number;
  discounts: Discount[];
  couponDiscount: number;
  deliveryFee: number;
  deliveryDistanceMeters: number;
  /** 10,000 = ×1.0. */
  surgeMultiplierBps: number;
  serviceFee: number;
  /** The city's tax rate applied, in basis points. */
  taxBps: number;
  tax: number;
  tip: number;
  total: number;
}

/** A city's delivery, service-fee and tax configuration, amounts in its currency's minor units. */
export interface CityRates {
  countryCode: string;
  city: string;
  currency: string;
  /** Covers the first `deliveryIncludedMeters`. */
  deliveryBaseFee: number;
  deliveryIncludedMeters: number;
  /** Per started kilometre beyond the included distance. */
  deliveryFeePerKm: number;
  /** Farther addresses are not served. */
  maxDeliveryMeters: number;
  /** On the discounted goods, clamped to [serviceFeeMin, serviceFeeMax]. */
  serviceFeeBps: number;
  serviceFeeMin: number;
  serviceFeeMax: number;
  /** On the discounted goods plus the delivery and service fees; the tip is not taxed. */
  taxBps: number;
}

/**
 * The basket as the catalog's quoteBasket priced it. Its `discounts` list every promotion's whole
 * amount, line discounts included (each line's `discount` is its share of one of them), so the
 * goods cost `subtotal − Σ discounts` and the lines' discounts are never subtracted again.
 */
export interface BasketPrice {
  currency: string;
  lines: PricedLine[];
  discounts: Discount[];
  subtotal: number;
}

export interface PricingInput {
  basket: BasketPrice;
  fulfilment: Fulfilment;
  /** Store to delivery address; ignored for pickup. */
  distanceMeters: number;
  /** 10,000 = ×1.0; clamped to [10,000, 50,000]. */
  surgeMultiplierBps: number;
  rates: CityRates;
  tip: number;
}

export type PricingResult =
  | { ok: true; price: PriceBreakdown }
  | { ok: false; code: 'ADDRESS_NOT_SERVED' | 'CURRENCY_MISMATCH'; message: string };

export const MIN_SURGE_BPS = 10_000;
export const MAX_SURGE_BPS = 50_000;

/** round_half_up(amount × bps / 10,000) for non-negative integers, exact at any size. */
export function applyBps(amount: number, bps: number): number {
  return Number((BigInt(amount) * BigInt(bps) + 5_000n) / 10_000n);
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

function assertAmount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

/** The distance fee before surge: the base, plus every started kilometre past the included ones. */
function distanceFee(meters: number, rates: CityRates): number {
  const beyond = meters - rates.deliveryIncludedMeters;
  return beyond > 0
    ? rates.deliveryBaseFee + Math.ceil(beyond / 1000) * rates.deliveryFeePerKm
    : rates.deliveryBaseFee;
}

/**
 * Prices an order from the catalog's basket price and the city's rates, in integer minor units:
 * goods = subtotal − Σ discounts (never below 0); delivery fee = distance fee × surge (delivery
 * only); service fee = goods × rate, clamped (0 without goods); tax on goods and both fees; the
 * tip is added untaxed. Pickup has no distance, fee or surge (reported as ×1.0).
 */
export function priceOrder(input: PricingInput): PricingResult {
  const { basket, rates, tip } = input;
  if (basket.currency !== rates.currency) {
    return {
      ok: false,
      code: 'CURRENCY_MISMATCH',
      message: `the basket is in ${basket.currency} but ${rates.city} prices in ${rates.currency}`,
    };
  }
  assertAmount('subtotal', basket.subtotal);
  assertAmount('tip', tip);
  for (const discount of basket.discounts) assertAmount('discount', discount.amount);

  const delivery = input.fulfilment === 'DELIVERY';
  const distance = delivery ? Math.max(0, Math.round(input.distanceMeters)) : 0;
  if (distance > rates.maxDeliveryMeters) {
    return {
      ok: false,
      code: 'ADDRESS_NOT_SERVED',
      message: `the address is ${distance} m from the store; it delivers up to ${rates.maxDeliveryMeters} m`,
    };
  }
  const surgeMultiplierBps = delivery
    ? clamp(Math.round(input.surgeMultiplierBps), MIN_SURGE_BPS, MAX_SURGE_BPS)
    : MIN_SURGE_BPS;
  const deliveryFee = delivery ? applyBps(distanceFee(distance, rates), surgeMultiplierBps) : 0;

  const discountTotal = basket.discounts.reduce((sum, discount) => sum + discount.amount, 0);
  const goods = Math.max(0, basket.subtotal - discountTotal);
  const couponDiscount = basket.discounts
    .filter((discount) => discount.coupon)
    .reduce((sum, discount) => sum + discount.amount, 0);
  const serviceFee =
    goods === 0
      ? 0
      : clamp(applyBps(goods, rates.serviceFeeBps), rates.serviceFeeMin, rates.serviceFeeMax);
  const tax = applyBps(goods + deliveryFee + serviceFee, rates.taxBps);

  return {
    ok: true,
    price: {
      currency: basket.currency,
      lines: basket.lines.map((line) => ({ ...line })),
      subtotal: basket.subtotal,
      discounts: basket.discounts.map((discount) => ({ ...discount })),
      couponDiscount,
      deliveryFee,
      deliveryDistanceMeters: distance,
      surgeMultiplierBps,
      serviceFee,
      taxBps: rates.taxBps,
      tax,
      tip,
      total: goods + deliveryFee + serviceFee + tax + tip,
    },
  };
}

/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS_METERS = 6_371_008.8;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle (haversine) distance in whole metres. */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h))));
}

const sameLine = (a: PricedLine, b: PricedLine) =>
  a.lineId === b.lineId &&
  a.quantity === b.quantity &&
  a.unitPrice === b.unitPrice &&
  a.total === b.total &&
  a.discount === b.discount;

const sameDiscount = (a: Discount, b: Discount) =>
  a.promotionId === b.promotionId && a.amount === b.amount && a.coupon === b.coupon;

const AMOUNTS = [
  'subtotal',
  'couponDiscount',
  'deliveryFee',
  'serviceFee',
  'tax',
  'tip',
  'total',
] as const;

/**
 * Whether two prices charge the same: same currency, lines, discounts and every amount. Wording
 * (discount descriptions) and the inputs behind a fee (distance, surge, tax rate) do not count:
 * only what the customer pays does.
 */
export function samePrice(a: PriceBreakdown, b: PriceBreakdown): boolean {
  return (
    a.currency === b.currency &&
    AMOUNTS.every((field) => a[field] === b[field]) &&
    a.lines.length === b.lines.length &&
    a.lines.every((line, index) => sameLine(line, b.lines[index]!)) &&
    a.discounts.length === b.discounts.length &&
    a.discounts.every((discount, index) => sameDiscount(discount, b.discounts[index]!))
  );
}
