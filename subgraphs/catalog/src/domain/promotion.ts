import { parseMoney } from '@dabba/subgraph-kit';
import { isCategoryPath, isSku, type InputProblem, type Validated } from './product';

/**
 * How a promotion discounts:
 * - PERCENTAGE: `percent` off each matching line's total;
 * - FIXED_AMOUNT: with a STORE target, `amount` off the whole order; otherwise `amount` off each
 *   matching unit (never more than the unit's price);
 * - BUY_X_GET_Y: of every `buy + get` units of a matching line, `get` are free;
 * - BULK_TIERS: the highest tier whose `minQuantity` the line reaches gives its `percent` off.
 */
export type PromotionRule =
  | { kind: 'PERCENTAGE'; percent: number }
  | { kind: 'FIXED_AMOUNT'; amount: number }
  | { kind: 'BUY_X_GET_Y'; buy: number; get: number }
  | { kind: 'BULK_TIERS'; tiers: { minQuantity: number; percent: number }[] };
export type PromotionRuleKind = PromotionRule['kind'];

/** Which basket lines a promotion applies to. */
export type PromotionTarget =
  | { kind: 'STORE' }
  | { kind: 'SKUS'; skus: string[] }
  | { kind: 'CATEGORIES'; categories: string[] }
  | { kind: 'NEAR_EXPIRY' };
export type PromotionTargetKind = PromotionTarget['kind'];

export interface Promotion {
  id: string;
  storeId: string;
  /** Shown to customers beside the discount. */
  name: string;
  currency: string;
  rule: PromotionRule;
  target: PromotionTarget;
  /** The basket subtotal (minor units) the promotion needs, or null. */
  minimumOrder: number | null;
  startsAt: Date;
  /** Exclusive; null runs until archived. */
  endsAt: Date | null;
  /** Upper case; null for a promotion that applies by itself. */
  couponCode: string | null;
  perCustomerLimit: number | null;
  globalLimit: number | null;
  /** Orders placed with the promotion and not cancelled. */
  redemptions: number;
  archived: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface PromotionFieldsInput {
  name: string;
  rule: {
    kind: string;
    percent?: number | null;
    /** Decimal in the store's currency, for FIXED_AMOUNT. */
    amount?: string | null;
    buy?: number | null;
    get?: number | null;
    tiers?: readonly { minQuantity: number; percent: number }[] | null;
  };
  target: { kind: string; skus?: readonly string[] | null; categories?: readonly string[] | null };
  minimumOrder?: string | null;
  startsAt: Date;
  endsAt?: Date | null;
  couponCode?: string | null;
  perCustomerLimit?: number | null;
  globalLimit?: number | null;
}

export type PromotionFields = Pick<
  Promotion,
  | 'name'
  | 'currency'
  | 'rule'
  | 'target'
  | 'minimumOrder'
  | 'startsAt'
  | 'endsAt'
  | 'couponCode'
  | 'perCustomerLimit'
  | 'globalLimit'
>;

const COUPON_PATTERN = /^[A-Z0-9][A-Z0-9_-]{2,31}$/;
const MAX_TARGETS = 500;
const MAX_TIERS = 10;

/** Coupon codes compare without regard to case or surrounding spaces. */
export function normalizeCouponCode(code: string): string {
  return code.trim().toUpperCase();
}

const isWhole = (value: unknown, min: number, max = 1_000_000_000): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

function validateRule(
  rule: PromotionFieldsInput['rule'],
  currency: string,
  problem: (field: string, message: string, code?: InputProblem['code']) => null,
): PromotionRule | null {
  switch (rule.kind) {
    case 'PERCENTAGE':
      if (!isWhole(rule.percent, 1, 100)) return problem('rule.percent', 'must be from 1 to 100');
      return { kind: 'PERCENTAGE', percent: rule.percent };
    case 'FIXED_AMOUNT': {
      const parsed = parseMoney(rule.amount ?? '', currency);
      if (!parsed.ok) return problem('rule.amount', parsed.reason, 'INVALID_PRICE');
      if (parsed.money.amount === 0) return problem('rule.amount', 'must be more than zero');
      return { kind: 'FIXED_AMOUNT', amount: parsed.money.amount };
    }
    case 'BUY_X_GET_Y':
      if (!isWhole(rule.buy, 1, 100)) return problem('rule.buy', 'must be from 1 to 100');
      if (!isWhole(rule.get, 1, 100)) return problem('rule.get', 'must be from 1 to 100');
      return { kind: 'BUY_X_GET_Y', buy: rule.buy, get: rule.get };
    case 'BULK_TIERS': {
      const tiers = [...(rule.tiers ?? [])];
      if (tiers.length === 0 || tiers.length > MAX_TIERS) {
        return problem('rule.tiers', `give 1 to ${MAX_TIERS} tiers`);
      }
      let previous = 1;
      for (const tier of tiers) {
        if (!isWhole(tier.minQuantity, previous + 1, 10_000)) {
          return problem(
            'rule.tiers',
            'minQuantity must start at 2 and increase from tier to tier',
          );
        }
        if (!isWhole(tier.percent, 1, 100)) return problem('rule.tiers', 'percent must be 1–100');
        previous = tier.minQuantity;
      }
      return { kind: 'BULK_TIERS', tiers: tiers.map((tier) => ({ ...tier })) };
    }
    default:
      return problem('rule.kind', 'must be PERCENTAGE, FIXED_AMOUNT, BUY_X_GET_Y or BULK_TIERS');
  }
}

function validateTarget(
  target: PromotionFieldsInput['target'],
  problem: (field: string, message: string) => null,
): PromotionTarget | null {
  switch (target.kind) {
    case 'STORE':
    case 'NEAR_EXPIRY':
      return { kind: target.kind };
    case 'SKUS': {
      const skus = [...new Set((target.skus ?? []).map((sku) => sku.trim()))].sort();
      if (skus.length === 0 || skus.length > MAX_TARGETS) {
        return problem('target.skus', `give 1 to ${MAX_TARGETS} SKUs`);
      }
      const bad = skus.find((sku) => !isSku(sku));
      if (bad !== undefined) return problem('target.skus', `"${bad}" is not a valid SKU`);
      return { kind: 'SKUS', skus };
    }
    case 'CATEGORIES': {
      const categories = [...new Set(target.categories ?? [])].sort();
      if (categories.length === 0 || categories.length > MAX_TARGETS) {
        return problem('target.categories', `give 1 to ${MAX_TARGETS} categories`);
      }
      const bad = categories.find((path) => !isCategoryPath(path));
      if (bad !== undefined) return problem('target.categories', `"${bad}" is not a category path`);
      return { kind: 'CATEGORIES', categories };
    }
    default:
      return problem('target.kind', 'must be STORE, SKUS, CATEGORIES or NEAR_EXPIRY');
  }
}

/** Checks a promotion definition in its store's currency, reporting every wrong field. */
export function validatePromotionFields(
  input: PromotionFieldsInput,
  currency: string,
): Validated<PromotionFields> {
  const problems: InputProblem[] = [];
  const problem = (
    field: string,
    message: string,
    code: InputProblem['code'] = 'INVALID_INPUT',
  ) => {
    problems.push({ field, code, message });
    return null;
  };
  const name = input.name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name.length === 0 || [...name].length > 80) problem('name', 'must be 1 to 80 characters');
  const rule = validateRule(input.rule, currency, problem);
  const target = validateTarget(input.target, problem);
  let minimumOrder: number | null = null;
  if (input.minimumOrder != null) {
    const parsed = parseMoney(input.minimumOrder, currency);
    if (parsed.ok) minimumOrder = parsed.money.amount;
    else problem('minimumOrder', parsed.reason, 'INVALID_PRICE');
  }
  if (Number.isNaN(input.startsAt.getTime())) problem('startsAt', 'must be an instant');
  const endsAt = input.endsAt ?? null;
  if (endsAt !== null && !(endsAt.getTime() > input.startsAt.getTime())) {
    problem('endsAt', 'must be after startsAt');
  }
  const couponCode = input.couponCode == null ? null : normalizeCouponCode(input.couponCode);
  if (couponCode !== null && !COUPON_PATTERN.test(couponCode)) {
    problem('couponCode', 'must be 3 to 32 letters, digits, dashes or underscores');
  }
  for (const field of ['perCustomerLimit', 'globalLimit'] as const) {
    const limit = input[field];
    if (limit != null && !isWhole(limit, 1)) problem(field, 'must be a positive whole number');
  }
  if (problems.length > 0 || rule === null || target === null) return { ok: false, problems };
  return {
    ok: true,
    value: {
      name,
      currency,
      rule,
      target,
      minimumOrder,
      startsAt: input.startsAt,
      endsAt,
      couponCode,
      perCustomerLimit: input.perCustomerLimit ?? null,
      globalLimit: input.globalLimit ?? null,
    },
  };
}

/** Whether `now` falls in the promotion's window [startsAt, endsAt). */
export function isActiveAt(promotion: Pick<Promotion, 'startsAt' | 'endsAt'>, now: Date): boolean {
  const at = now.getTime();
  return (
    at >= promotion.startsAt.getTime() &&
    (promotion.endsAt === null || at < promotion.endsAt.getTime())
  );
}
