import fc from 'fast-check';
import { priceBasket, type BasketLine, type PriceBasketInput } from './pricing';
import type { Promotion } from './promotion';

const NOW = new Date('2026-05-02T10:00:00Z');

function promotion(id: string, fields: Partial<Promotion>): Promotion {
  return {
    id,
    storeId: 'sto_1',
    name: id,
    currency: 'VND',
    rule: { kind: 'PERCENTAGE', percent: 10 },
    target: { kind: 'STORE' },
    minimumOrder: null,
    startsAt: new Date('2026-05-01T00:00:00Z'),
    endsAt: null,
    couponCode: null,
    perCustomerLimit: null,
    globalLimit: null,
    redemptions: 0,
    archived: false,
    createdAt: NOW,
    updatedAt: NOW,
    ...fields,
  };
}

function line(
  lineId: string,
  unitPrice: number,
  quantity: number,
  extra: Partial<BasketLine> = {},
): BasketLine {
  return { lineId, sku: lineId, categories: [], unitPrice, quantity, nearExpiry: false, ...extra };
}

function price(
  lines: BasketLine[],
  promotions: Promotion[],
  extra: Partial<PriceBasketInput> = {},
) {
  return priceBasket({
    currency: 'VND',
    lines,
    promotions,
    couponCode: null,
    customerUsage: {},
    now: NOW,
    ...extra,
  });
}

describe('priceBasket', () => {
  it('rounds percentages down per line and keeps the best single discount per line', () => {
    const result = price(
      [line('MILK', 33333, 1, { categories: ['dairy/milk'] }), line('RICE', 120000, 2)],
      [
        promotion('pro_a', {
          rule: { kind: 'PERCENTAGE', percent: 15 },
          target: { kind: 'CATEGORIES', categories: ['dairy'] },
        }),
        promotion('pro_b', { rule: { kind: 'PERCENTAGE', percent: 5 } }),
      ],
    );
    expect(result).toEqual({
      ok: true,
      price: {
        currency: 'VND',
        subtotal: 273333,
        discounts: [
          {
            promotionId: 'pro_a',
            rule: 'PERCENTAGE',
            description: 'pro_a: 15% off',
            amount: 4999,
            lines: ['MILK'],
            coupon: false,
          },
          {
            promotionId: 'pro_b',
            rule: 'PERCENTAGE',
            description: 'pro_b: 5% off',
            amount: 12000,
            lines: ['RICE'],
            coupon: false,
          },
        ],
        total: 256334,
        lines: [
          {
            lineId: 'MILK',
            unitPrice: 33333,
            quantity: 1,
            total: 33333,
            discount: 4999,
            promotionId: 'pro_a',
          },
          {
            lineId: 'RICE',
            unitPrice: 120000,
            quantity: 2,
            total: 240000,
            discount: 12000,
            promotionId: 'pro_b',
          },
        ],
        promotionIds: ['pro_a', 'pro_b'],
      },
    });
  });

  it('gives buy-X-get-Y free units, bulk tiers by quantity and per-unit fixed amounts', () => {
    const result = price(
      [
        line('WATER', 5000, 7),
        line('EGGS', 30000, 12),
        line('BREAD', 8000, 3, { nearExpiry: true }),
      ],
      [
        promotion('pro_bogo', {
          rule: { kind: 'BUY_X_GET_Y', buy: 2, get: 1 },
          target: { kind: 'SKUS', skus: ['WATER'] },
        }),
        promotion('pro_bulk', {
          rule: {
            kind: 'BULK_TIERS',
            tiers: [
              { minQuantity: 6, percent: 5 },
              { minQuantity: 12, percent: 10 },
            ],
          },
          target: { kind: 'SKUS', skus: ['EGGS'] },
        }),
        promotion('pro_expiry', {
          rule: { kind: 'FIXED_AMOUNT', amount: 10000 },
          target: { kind: 'NEAR_EXPIRY' },
        }),
      ],
    );
    expect(
      result.ok && result.price.lines.map((l) => [l.lineId, l.discount, l.promotionId]),
    ).toEqual([
      ['BREAD', 24000, 'pro_expiry'], // capped at the unit price, so free
      ['EGGS', 36000, 'pro_bulk'],
      ['WATER', 10000, 'pro_bogo'], // 7 units: two free
    ]);
  });

  it('applies the largest order discount after line discounts, never below zero', () => {
    const result = price(
      [line('A', 10000, 1)],
      [
        promotion('pro_pct', { rule: { kind: 'PERCENTAGE', percent: 50 } }),
        promotion('pro_off_small', { rule: { kind: 'FIXED_AMOUNT', amount: 2000 } }),
        promotion('pro_off_big', { rule: { kind: 'FIXED_AMOUNT', amount: 20000 } }),
      ],
    );
    expect(result.ok && [result.price.total, result.price.promotionIds]).toEqual([
      0,
      ['pro_off_big', 'pro_pct'],
    ]);
    expect(
      result.ok && result.price.discounts.find((d) => d.promotionId === 'pro_off_big')?.amount,
    ).toBe(5000);
  });

  it('leaves out promotions outside their window, used up, below their minimum or archived', () => {
    const lines = [line('A', 50000, 1)];
    const skipped = [
      promotion('pro_future', { startsAt: new Date('2026-06-01T00:00:00Z') }),
      promotion('pro_ended', { endsAt: NOW }),
      promotion('pro_global', { globalLimit: 3, redemptions: 3 }),
      promotion('pro_mine', { perCustomerLimit: 1 }),
      promotion('pro_min', { minimumOrder: 50001 }),
      promotion('pro_archived', { archived: true }),
      promotion('pro_usd', { currency: 'USD' }),
    ];
    expect(price(lines, skipped, { customerUsage: { pro_mine: 1 } })).toMatchObject({
      ok: true,
      price: { total: 50000, discounts: [] },
    });
  });

  it('applies a coupon without regard to case and explains why one cannot be used', () => {
    const coupon = promotion('pro_c', {
      couponCode: 'MILK10',
      minimumOrder: 20000,
      perCustomerLimit: 1,
    });
    const lines = [line('A', 30000, 1)];
    expect(price(lines, [coupon])).toMatchObject({ ok: true, price: { total: 30000 } });
    expect(price(lines, [coupon], { couponCode: ' milk10 ' })).toMatchObject({
      ok: true,
      price: { total: 27000 },
    });
    // Beside a promotion that applies by itself, only the coupon's discount says it is the coupon.
    const automatic = promotion('pro_auto', {
      rule: { kind: 'FIXED_AMOUNT', amount: 5000 },
      target: { kind: 'STORE' },
    });
    const both = price(lines, [coupon, automatic], { couponCode: 'MILK10' });
    expect(both.ok && both.price.discounts).toEqual([
      expect.objectContaining({ promotionId: 'pro_auto', amount: 5000, coupon: false }),
      expect.objectContaining({ promotionId: 'pro_c', amount: 3000, coupon: true }),
    ]);
    expect(price(lines, [coupon], { couponCode: 'NOPE' })).toEqual({
      ok: false,
      problem: { code: 'COUPON_UNKNOWN', couponCode: 'NOPE' },
    });
    expect(price(lines, [{ ...coupon, endsAt: NOW }], { couponCode: 'milk10' })).toMatchObject({
      ok: false,
      problem: { code: 'COUPON_EXPIRED' },
    });
    expect(
      price(lines, [{ ...coupon, startsAt: new Date('2026-06-01T00:00:00Z') }], {
        couponCode: 'milk10',
      }),
    ).toMatchObject({
      ok: false,
      problem: { code: 'COUPON_NOT_STARTED' },
    });
    expect(
      price(lines, [coupon], { couponCode: 'milk10', customerUsage: { pro_c: 1 } }),
    ).toMatchObject({
      ok: false,
      problem: { code: 'COUPON_EXHAUSTED' },
    });
    expect(price([line('A', 10000, 1)], [coupon], { couponCode: 'MILK10' })).toEqual({
      ok: false,
      problem: {
        code: 'BELOW_MINIMUM_ORDER',
        promotionId: 'pro_c',
        minimumOrder: 20000,
        subtotal: 10000,
      },
    });
  });

  it('breaks ties between equal discounts by the smaller promotion id', () => {
    const result = price([line('A', 10000, 1)], [promotion('pro_z', {}), promotion('pro_m', {})]);
    expect(result.ok && result.price.promotionIds).toEqual(['pro_m']);
  });
});

const skus = ['A', 'B', 'C', 'D', 'E'];
const lineArb = fc.record({
  sku: fc.constantFrom(...skus),
  unitPrice: fc.integer({ min: 0, max: 5_000_000 }),
  quantity: fc.integer({ min: 1, max: 50 }),
  categories: fc.subarray(['dairy/milk', 'dairy/cheese', 'produce/fruit', 'snacks']),
  nearExpiry: fc.boolean(),
});
const ruleArb = fc.oneof(
  fc.record({
    kind: fc.constant('PERCENTAGE' as const),
    percent: fc.integer({ min: 1, max: 100 }),
  }),
  fc.record({
    kind: fc.constant('FIXED_AMOUNT' as const),
    amount: fc.integer({ min: 1, max: 10_000_000 }),
  }),
  fc.record({
    kind: fc.constant('BUY_X_GET_Y' as const),
    buy: fc.integer({ min: 1, max: 5 }),
    get: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    kind: fc.constant('BULK_TIERS' as const),
    tiers: fc.constant(null).map(() => [
      { minQuantity: 3, percent: 5 },
      { minQuantity: 10, percent: 20 },
    ]),
  }),
);
const targetArb = fc.oneof(
  fc.constant({ kind: 'STORE' as const }),
  fc.constant({ kind: 'NEAR_EXPIRY' as const }),
  fc.record({ kind: fc.constant('SKUS' as const), skus: fc.subarray(skus, { minLength: 1 }) }),
  fc.record({
    kind: fc.constant('CATEGORIES' as const),
    categories: fc.subarray(['dairy', 'produce', 'snacks'], { minLength: 1 }),
  }),
);
const promotionsArb = fc
  .array(
    fc.record({
      rule: ruleArb,
      target: targetArb,
      minimumOrder: fc.option(fc.integer({ min: 0, max: 20_000_000 })),
      globalLimit: fc.option(fc.integer({ min: 1, max: 3 })),
      redemptions: fc.integer({ min: 0, max: 3 }),
    }),
    { maxLength: 6 },
  )
  .map((defs) => defs.map((def, at) => promotion(`pro_${at}`, def)));
const basketArb = fc.record({
  lines: fc.uniqueArray(lineArb, { selector: (l) => l.sku, minLength: 1, maxLength: 5 }),
  promotions: promotionsArb,
});

describe('priceBasket properties', () => {
  it('never goes below zero or above the subtotal, is deterministic, and ignores line order', () => {
    fc.assert(
      fc.property(basketArb, fc.infiniteStream(fc.nat()), ({ lines, promotions }, seeds) => {
        const basket = lines.map((l) => ({ ...l, lineId: l.sku }));
        const first = price(basket, promotions);
        if (!first.ok) throw new Error('no coupon was given, so pricing cannot fail');
        const { subtotal, total, discounts } = first.price;
        expect(subtotal).toBe(basket.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0));
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(subtotal);
        expect(total).toBe(subtotal - discounts.reduce((sum, d) => sum + d.amount, 0));
        expect(discounts.every((d) => Number.isInteger(d.amount) && d.amount > 0)).toBe(true);
        expect(price(basket, promotions)).toEqual(first);
        const shuffled = [...basket].sort(() => (seeds.next().value % 2 === 0 ? -1 : 1));
        expect(price(shuffled, [...promotions].reverse())).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});
