import { formatMoneyDecimal } from '@dabba/subgraph-kit';
import { categoryAncestors } from './product';
import {
  isActiveAt,
  normalizeCouponCode,
  type Promotion,
  type PromotionRule,
  type PromotionRuleKind,
} from './promotion';

/**
 * Basket pricing: a pure, deterministic calculation in integer minor units.
 *
 * Policy, in the order it is applied:
 * 1. subtotal = Σ unitPrice × quantity.
 * 2. A coupon, when given, must name one of the store's promotions that is running, not used up
 *    (globally or by this customer) and whose minimum order the subtotal reaches; otherwise the
 *    quote fails with the reason. Promotions without a coupon apply by themselves when the same
 *    holds for them, and are silently left out otherwise.
 * 3. Line discounts (PERCENTAGE, per-unit FIXED_AMOUNT, BUY_X_GET_Y, BULK_TIERS): each line gets
 *    the single largest discount any eligible promotion offers it; ties go to the smaller
 *    promotion id. Line discounts never stack and never exceed the line's total.
 * 4. Order discounts (FIXED_AMOUNT on the whole store): the largest one applies, after line
 *    discounts, capped at what is left, so the total is never below zero.
 *
 * Rounding: percentages are computed on the line's total and rounded down to a whole minor unit
 * (floor), so a customer never gets more than the stated percentage. Everything else is exact.
 * Line order never matters: lines and discounts come out sorted by line id and promotion id.
 */
export interface BasketLine {
  /** Unique within the basket, e.g. the SKU or the menu item and its modifiers. */
  lineId: string;
  sku: string | null;
  categories: readonly string[];
  /** Minor units of the basket's currency. */
  unitPrice: number;
  quantity: number;
  nearExpiry: boolean;
}

export interface PriceBasketInput {
  currency: string;
  lines: readonly BasketLine[];
  /** The store's promotions that are not archived; others are ignored. */
  promotions: readonly Promotion[];
  couponCode: string | null;
  /** Orders this customer placed with each promotion (by id); empty for an anonymous quote. */
  customerUsage: Readonly<Record<string, number>>;
  now: Date;
}

export interface AppliedDiscount {
  promotionId: string;
  rule: PromotionRuleKind;
  description: string;
  amount: number;
  /** Ids of the lines it discounted; empty for an order discount. */
  lines: string[];
  /** Whether the promotion is the one the coupon code named. */
  coupon: boolean;
}

export interface PricedLine {
  lineId: string;
  unitPrice: number;
  quantity: number;
  total: number;
  discount: number;
  promotionId: string | null;
}

export interface BasketPrice {
  currency: string;
  subtotal: number;
  discounts: AppliedDiscount[];
  total: number;
  lines: PricedLine[];
  /** The promotions that gave a discount, sorted: what the order consumes. */
  promotionIds: string[];
}

export type PricingProblem =
  | { code: 'COUPON_UNKNOWN'; couponCode: string }
  | { code: 'COUPON_NOT_STARTED'; couponCode: string; startsAt: Date }
  | { code: 'COUPON_EXPIRED'; couponCode: string }
  | { code: 'COUPON_EXHAUSTED'; couponCode: string }
  | { code: 'BELOW_MINIMUM_ORDER'; promotionId: string; minimumOrder: number; subtotal: number };

export type PriceBasketResult =
  { ok: true; price: BasketPrice } | { ok: false; problem: PricingProblem };

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** floor(total × percent / 100) without losing precision on large totals. */
export function percentOf(total: number, percent: number): number {
  return Number((BigInt(total) * BigInt(percent)) / 100n);
}

function isOrderDiscount(promotion: Promotion): boolean {
  return promotion.rule.kind === 'FIXED_AMOUNT' && promotion.target.kind === 'STORE';
}

function targets(promotion: Promotion, line: BasketLine): boolean {
  const { target } = promotion;
  switch (target.kind) {
    case 'STORE':
      return true;
    case 'SKUS':
      return line.sku !== null && target.skus.includes(line.sku);
    case 'CATEGORIES': {
      const inCategories = categoryAncestors(line.categories);
      return target.categories.some((category) => inCategories.includes(category));
    }
    case 'NEAR_EXPIRY':
      return line.nearExpiry;
  }
}

/** What `rule` takes off a line, before capping at the line's total. */
function lineDiscount(rule: PromotionRule, line: BasketLine): number {
  const total = line.unitPrice * line.quantity;
  switch (rule.kind) {
    case 'PERCENTAGE':
      return percentOf(total, rule.percent);
    case 'FIXED_AMOUNT':
      return Math.min(rule.amount, line.unitPrice) * line.quantity;
    case 'BUY_X_GET_Y':
      return Math.floor(line.quantity / (rule.buy + rule.get)) * rule.get * line.unitPrice;
    case 'BULK_TIERS': {
      const tier = rule.tiers.filter((t) => line.quantity >= t.minQuantity).at(-1);
      return tier ? percentOf(total, tier.percent) : 0;
    }
  }
}

export function describeRule(rule: PromotionRule, currency: string): string {
  switch (rule.kind) {
    case 'PERCENTAGE':
      return `${rule.percent}% off`;
    case 'FIXED_AMOUNT':
      return `${formatMoneyDecimal({ amount: rule.amount, currency })} ${currency} off`;
    case 'BUY_X_GET_Y':
      return `buy ${rule.buy}, get ${rule.get} free`;
    case 'BULK_TIERS':
      return rule.tiers.map((t) => `${t.percent}% off from ${t.minQuantity}`).join(', ');
  }
}

function exhausted(promotion: Promotion, usage: Readonly<Record<string, number>>): boolean {
  if (promotion.globalLimit !== null && promotion.redemptions >= promotion.globalLimit) return true;
  const used = Object.hasOwn(usage, promotion.id) ? usage[promotion.id]! : 0;
  return promotion.perCustomerLimit !== null && used >= promotion.perCustomerLimit;
}

function checkCoupon(
  input: PriceBasketInput,
  subtotal: number,
  code: string,
): { ok: true; promotion: Promotion } | { ok: false; problem: PricingProblem } {
  const promotion = input.promotions.find(
    (candidate) =>
      !candidate.archived && candidate.couponCode === code && candidate.currency === input.currency,
  );
  if (!promotion) return { ok: false, problem: { code: 'COUPON_UNKNOWN', couponCode: code } };
  if (input.now.getTime() < promotion.startsAt.getTime()) {
    return {
      ok: false,
      problem: { code: 'COUPON_NOT_STARTED', couponCode: code, startsAt: promotion.startsAt },
    };
  }
  if (!isActiveAt(promotion, input.now)) {
    return { ok: false, problem: { code: 'COUPON_EXPIRED', couponCode: code } };
  }
  if (exhausted(promotion, input.customerUsage)) {
    return { ok: false, problem: { code: 'COUPON_EXHAUSTED', couponCode: code } };
  }
  if (promotion.minimumOrder !== null && subtotal < promotion.minimumOrder) {
    const { id: promotionId, minimumOrder } = promotion;
    return {
      ok: false,
      problem: { code: 'BELOW_MINIMUM_ORDER', promotionId, minimumOrder, subtotal },
    };
  }
  return { ok: true, promotion };
}

function assertLines(lines: readonly BasketLine[]): void {
  const seen = new Set<string>();
  for (const line of lines) {
    if (seen.has(line.lineId)) throw new RangeError(`line ${line.lineId} appears twice`);
    seen.add(line.lineId);
    if (!Number.isSafeInteger(line.unitPrice) || line.unitPrice < 0) {
      throw new RangeError(`line ${line.lineId}: unitPrice must be a non-negative integer`);
    }
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
      throw new RangeError(`line ${line.lineId}: quantity must be a positive integer`);
    }
  }
}

export function priceBasket(input: PriceBasketInput): PriceBasketResult {
  assertLines(input.lines);
  const lines = [...input.lines].sort((a, b) =>
    a.lineId < b.lineId ? -1 : a.lineId > b.lineId ? 1 : 0,
  );
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);

  let coupon: Promotion | null = null;
  if (input.couponCode !== null && input.couponCode.trim() !== '') {
    const checked = checkCoupon(input, subtotal, normalizeCouponCode(input.couponCode));
    if (!checked.ok) return checked;
    coupon = checked.promotion;
  }
  const eligible = input.promotions
    .filter(
      (promotion) =>
        promotion === coupon ||
        (promotion.couponCode === null &&
          !promotion.archived &&
          promotion.currency === input.currency &&
          isActiveAt(promotion, input.now) &&
          !exhausted(promotion, input.customerUsage) &&
          (promotion.minimumOrder === null || subtotal >= promotion.minimumOrder)),
    )
    .sort(byId);

  const applied = new Map<string, AppliedDiscount>();
  const apply = (promotion: Promotion, amount: number, lineId: string | null) => {
    const entry = applied.get(promotion.id) ?? {
      promotionId: promotion.id,
      rule: promotion.rule.kind,
      description: `${promotion.name}: ${describeRule(promotion.rule, input.currency)}`,
      amount: 0,
      lines: [],
      coupon: promotion === coupon,
    };
    entry.amount += amount;
    if (lineId !== null) entry.lines.push(lineId);
    applied.set(promotion.id, entry);
  };

  const priced: PricedLine[] = lines.map((line) => {
    const total = line.unitPrice * line.quantity;
    let best: { promotion: Promotion; amount: number } | null = null;
    for (const promotion of eligible) {
      if (isOrderDiscount(promotion) || !targets(promotion, line)) continue;
      const amount = Math.min(lineDiscount(promotion.rule, line), total);
      if (amount > 0 && (best === null || amount > best.amount)) best = { promotion, amount };
    }
    if (best) apply(best.promotion, best.amount, line.lineId);
    const { lineId, unitPrice, quantity } = line;
    return {
      lineId,
      unitPrice,
      quantity,
      total,
      discount: best?.amount ?? 0,
      promotionId: best?.promotion.id ?? null,
    };
  });

  const afterLines = subtotal - priced.reduce((sum, line) => sum + line.discount, 0);
  let orderBest: { promotion: Promotion; amount: number } | null = null;
  for (const promotion of eligible) {
    if (!isOrderDiscount(promotion) || promotion.rule.kind !== 'FIXED_AMOUNT') continue;
    const amount = Math.min(promotion.rule.amount, afterLines);
    if (amount > 0 && (orderBest === null || amount > orderBest.amount)) {
      orderBest = { promotion, amount };
    }
  }
  if (orderBest) apply(orderBest.promotion, orderBest.amount, null);

  const discounts = [...applied.values()].sort((a, b) =>
    a.promotionId < b.promotionId ? -1 : a.promotionId > b.promotionId ? 1 : 0,
  );
  const total = afterLines - (orderBest?.amount ?? 0);
  return {
    ok: true,
    price: {
      currency: input.currency,
      subtotal,
      discounts,
      total,
      lines: priced,
      promotionIds: discounts.map((discount) => discount.promotionId),
    },
  };
}
