import type { OrderLine, OrderLineState } from './order';
import type { PriceBreakdown } from './pricing';
import { finalGoodsTotal, goodsDelta } from './settlement';

const respondBy = new Date('2026-03-01T12:10:00.000Z');

function line(
  id: string,
  netTotal: number,
  state: OrderLineState = 'ORDERED',
  substituteTotal?: number,
): OrderLine {
  return {
    id,
    kind: 'PRODUCT',
    sku: `sku-${id}`,
    itemId: null,
    modifiers: [],
    quantity: 1,
    unitPrice: netTotal,
    netTotal,
    substitution: { mode: 'SIMILAR', sku: null },
    state,
    proposedSubstitute:
      substituteTotal === undefined
        ? null
        : {
            sku: `sub-${id}`,
            quantity: 1,
            unitPrice: substituteTotal,
            total: substituteTotal,
            respondBy,
          },
  };
}

/** Only the amounts settlement reads matter; the rest is a plausible quote. */
function pricing(currency: string, total: number, tip: number, taxBps: number): PriceBreakdown {
  return {
    currency,
    lines: [],
    subtotal: 0,
    discounts: [],
    couponDiscount: 0,
    deliveryFee: 0,
    deliveryDistanceMeters: 0,
    surgeMultiplierBps: 10_000,
    serviceFee: 0,
    taxBps,
    tax: 0,
    tip,
    total,
  };
}

// 12.00 + 8.00 of goods, fees and 8% tax: 50.00 with a 5.00 tip.
const usd = pricing('USD', 5_000, 500, 800);
// 250,000 VND with a 20,000 tip, 10% tax.
const vnd = pricing('VND', 250_000, 20_000, 1_000);

describe('finalGoodsTotal', () => {
  it('is the quoted total without the tip while nothing changed', () => {
    expect(finalGoodsTotal(usd, [line('a', 1_200), line('b', 800)])).toBe(4_500);
    expect(finalGoodsTotal(vnd, [line('a', 45_000)])).toBe(230_000);
  });

  it('counts a line waiting for the customer as ordered', () => {
    const lines = [line('a', 1_200, 'SUBSTITUTION_PROPOSED', 1_500), line('b', 800)];
    expect(goodsDelta(lines)).toBe(0);
    expect(finalGoodsTotal(usd, lines)).toBe(4_500);
  });

  it('refunds a removed line with its tax', () => {
    // −8.00 and −0.64 tax
    expect(finalGoodsTotal(usd, [line('a', 1_200), line('b', 800, 'REMOVED')])).toBe(3_636);
    // −45,000 and −4,500 tax
    expect(finalGoodsTotal(vnd, [line('a', 45_000, 'REMOVED'), line('b', 60_000)])).toBe(180_500);
  });

  it('charges a dearer substitute the difference and its tax', () => {
    // +3.00 and +0.24 tax
    expect(finalGoodsTotal(usd, [line('a', 1_200, 'SUBSTITUTED', 1_500), line('b', 800)])).toBe(
      4_824,
    );
    expect(finalGoodsTotal(vnd, [line('a', 45_000, 'SUBSTITUTED', 52_000)])).toBe(237_700);
  });

  it('refunds a cheaper substitute the difference and its tax', () => {
    // −2.00 and −0.16 tax
    expect(finalGoodsTotal(usd, [line('a', 1_200, 'SUBSTITUTED', 1_000), line('b', 800)])).toBe(
      4_284,
    );
  });

  it('sums several changes before taxing them once', () => {
    const lines = [line('a', 1_200, 'SUBSTITUTED', 1_250), line('b', 800, 'REMOVED')];
    expect(goodsDelta(lines)).toBe(-750);
    expect(finalGoodsTotal(usd, lines)).toBe(4_500 - 750 - 60);
  });

  it('rounds the tax half up, a refund exactly as a charge', () => {
    const tenPercent = pricing('USD', 1_000, 0, 1_000);
    expect(finalGoodsTotal(tenPercent, [line('a', 100, 'SUBSTITUTED', 105)])).toBe(1_006);
    expect(finalGoodsTotal(tenPercent, [line('a', 100, 'SUBSTITUTED', 95)])).toBe(994);
    expect(finalGoodsTotal(tenPercent, [line('a', 100, 'SUBSTITUTED', 104)])).toBe(1_004);
    expect(finalGoodsTotal(tenPercent, [line('a', 100, 'SUBSTITUTED', 96)])).toBe(996);
  });

  it('adds no tax where the city charges none', () => {
    const untaxed = pricing('VND', 100_000, 0, 0);
    expect(finalGoodsTotal(untaxed, [line('a', 30_000, 'REMOVED')])).toBe(70_000);
  });

  it('never goes below zero when order-wide discounts outweigh what is left', () => {
    // A 40.00 coupon on 50.00 of goods: removing every line would refund more than was paid.
    const couponed = pricing('USD', 1_000, 0, 0);
    expect(
      finalGoodsTotal(couponed, [line('a', 3_000, 'REMOVED'), line('b', 2_000, 'REMOVED')]),
    ).toBe(0);
  });
});
