import fc from 'fast-check';
import { cityRatesFor } from './city-rates';
import {
  applyBps,
  distanceMeters,
  priceOrder,
  samePrice,
  type BasketPrice,
  type Discount,
  type PriceBreakdown,
  type PricingInput,
} from './pricing';

/** Hồ Chí Minh: 15,000 for the first 2 km, 5,000 a started km after, up to 15 km; service 3 %
 * (2,000 to 15,000); VAT 8 %. */
const RATES = cityRatesFor('VN', 'Hồ Chí Minh')!;

const discount = (promotionId: string, amount: number, coupon = false): Discount => ({
  promotionId,
  description: promotionId,
  amount,
  coupon,
});

/** Two lines: 2 × 60,000 with a 12,000 line discount (promotion pro_line), and 1 × 80,000. */
const BASKET: BasketPrice = {
  currency: 'VND',
  subtotal: 200_000,
  lines: [
    {
      lineId: 'lin_a',
      kind: 'PRODUCT',
      sku: 'RICE',
      itemId: null,
      quantity: 2,
      unitPrice: 60_000,
      total: 120_000,
      discount: 12_000,
    },
    {
      lineId: 'lin_b',
      kind: 'PRODUCT',
      sku: 'MILK',
      itemId: null,
      quantity: 1,
      unitPrice: 80_000,
      total: 80_000,
      discount: 0,
    },
  ],
  discounts: [discount('pro_line', 12_000), discount('pro_coupon', 20_000, true)],
};

function input(fields: Partial<PricingInput> = {}): PricingInput {
  return {
    basket: BASKET,
    fulfilment: 'DELIVERY',
    distanceMeters: 1_500,
    surgeMultiplierBps: 10_000,
    rates: RATES,
    tip: 10_000,
    ...fields,
  };
}

function priced(fields: Partial<PricingInput> = {}): PriceBreakdown {
  const result = priceOrder(input(fields));
  if (!result.ok) throw new Error(`expected a price, got ${result.code}`);
  return result.price;
}

describe('priceOrder', () => {
  it('prices a delivery within the included distance, every amount in minor units', () => {
    expect(priced()).toEqual({
      currency: 'VND',
      lines: BASKET.lines,
      subtotal: 200_000,
      discounts: BASKET.discounts,
      couponDiscount: 20_000,
      deliveryFee: 15_000,
      deliveryDistanceMeters: 1_500,
      surgeMultiplierBps: 10_000,
      // goods 168,000 × 3 % = 5,040
      serviceFee: 5_040,
      taxBps: 800,
      // (168,000 + 15,000 + 5,040) × 8 % = 15,043.2
      tax: 15_043,
      tip: 10_000,
      total: 168_000 + 15_000 + 5_040 + 15_043 + 10_000,
    });
  });

  it('takes each promotion once: line discounts are among the discounts, not added again', () => {
    const price = priced({ tip: 0 });
    const goods = price.total - price.deliveryFee - price.serviceFee - price.tax;
    expect(goods).toBe(200_000 - 12_000 - 20_000);
  });

  it('charges every started kilometre beyond the included distance', () => {
    expect(priced({ distanceMeters: 2_000 }).deliveryFee).toBe(15_000);
    expect(priced({ distanceMeters: 2_001 }).deliveryFee).toBe(20_000);
    expect(priced({ distanceMeters: 3_000 }).deliveryFee).toBe(20_000);
    expect(priced({ distanceMeters: 7_400 }).deliveryFee).toBe(15_000 + 6 * 5_000);
  });

  it('multiplies the delivery fee by the surge, rounding half up', () => {
    expect(priced({ surgeMultiplierBps: 15_000 }).deliveryFee).toBe(22_500);
    const odd = priced({
      rates: { ...RATES, deliveryBaseFee: 15_001 },
      surgeMultiplierBps: 15_000,
    });
    // 15,001 × 1.5 = 22,501.5
    expect(odd.deliveryFee).toBe(22_502);
  });

  it('clamps the surge to ×1.0 … ×5.0 and reports the multiplier applied', () => {
    const low = priced({ surgeMultiplierBps: 5_000 });
    expect([low.surgeMultiplierBps, low.deliveryFee]).toEqual([10_000, 15_000]);
    const high = priced({ surgeMultiplierBps: 90_000 });
    expect([high.surgeMultiplierBps, high.deliveryFee]).toEqual([50_000, 75_000]);
  });

  it('refuses an address beyond the city’s delivery radius, and serves one at its edge', () => {
    expect(priceOrder(input({ distanceMeters: 15_000 })).ok).toBe(true);
    expect(priceOrder(input({ distanceMeters: 15_001 }))).toMatchObject({
      ok: false,
      code: 'ADDRESS_NOT_SERVED',
    });
  });

  it('has no delivery fee, distance or surge for pickup, however far or surged', () => {
    const price = priced({
      fulfilment: 'PICKUP',
      distanceMeters: 40_000,
      surgeMultiplierBps: 30_000,
    });
    expect(price).toMatchObject({
      deliveryFee: 0,
      deliveryDistanceMeters: 0,
      surgeMultiplierBps: 10_000,
    });
    // (168,000 + 5,040) × 8 % = 13,843.2
    expect(price.tax).toBe(13_843);
    expect(price.total).toBe(168_000 + 5_040 + 13_843 + 10_000);
  });

  it('clamps the service fee to the city’s minimum and maximum', () => {
    const small: BasketPrice = { ...BASKET, subtotal: 10_000, discounts: [] };
    expect(priced({ basket: small }).serviceFee).toBe(2_000);
    const large: BasketPrice = { ...BASKET, subtotal: 2_000_000, discounts: [] };
    expect(priced({ basket: large }).serviceFee).toBe(15_000);
  });

  it('never prices goods below zero, and charges no service fee on free goods', () => {
    const free: BasketPrice = {
      ...BASKET,
      subtotal: 30_000,
      discounts: [discount('pro_x', 50_000, true)],
    };
    const price = priced({ basket: free, tip: 0 });
    expect(price.serviceFee).toBe(0);
    expect(price.couponDiscount).toBe(50_000);
    // only the delivery fee is left: 15,000 + 8 % tax
    expect([price.tax, price.total]).toEqual([1_200, 16_200]);
  });

  it('does not tax the tip', () => {
    expect(priced({ tip: 0 }).tax).toBe(priced({ tip: 500_000 }).tax);
    expect(priced({ tip: 500_000 }).total - priced({ tip: 0 }).total).toBe(500_000);
  });

  it('refuses a basket in another currency than the city’s', () => {
    expect(priceOrder(input({ basket: { ...BASKET, currency: 'INR' } }))).toMatchObject({
      ok: false,
      code: 'CURRENCY_MISMATCH',
    });
  });

  it('refuses amounts that are not non-negative integers', () => {
    expect(() => priceOrder(input({ tip: 1.5 }))).toThrow(RangeError);
    expect(() => priceOrder(input({ tip: -1 }))).toThrow(RangeError);
  });

  it('adds up, in integers, for any basket, distance, surge and tip', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 15_000 }),
        fc.integer({ min: 0, max: 80_000 }),
        fc.integer({ min: 0, max: 1e7 }),
        (subtotal, off, distance, surge, tip) => {
          const basket = { ...BASKET, subtotal, discounts: [discount('pro_a', off)] };
          const price = priced({
            basket,
            distanceMeters: distance,
            surgeMultiplierBps: surge,
            tip,
          });
          const goods = Math.max(0, subtotal - off);
          const amounts = [price.deliveryFee, price.serviceFee, price.tax, price.total];
          expect(amounts.every((amount) => Number.isSafeInteger(amount) && amount >= 0)).toBe(true);
          expect(price.total).toBe(goods + price.deliveryFee + price.serviceFee + price.tax + tip);
        },
      ),
    );
  });
});

describe('applyBps', () => {
  it('rounds half up and stays exact beyond 2^53', () => {
    expect(applyBps(12_345, 800)).toBe(988); // 987.6
    expect(applyBps(10_625, 800)).toBe(850); // 850.0
    expect(applyBps(15_625, 800)).toBe(1_250); // 1,250.0
    expect(applyBps(3, 5_000)).toBe(2); // 1.5
    expect(applyBps(1e15, 50_000)).toBe(5e15);
  });
});

describe('distanceMeters', () => {
  it('measures great-circle distances in whole metres', () => {
    const benThanh = { lat: 10.772, lng: 106.698 };
    expect(distanceMeters(benThanh, benThanh)).toBe(0);
    // one degree of latitude is ~111.2 km on the mean sphere
    expect(distanceMeters({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBe(111_195);
    const tanSonNhat = { lat: 10.8188, lng: 106.652 };
    const meters = distanceMeters(benThanh, tanSonNhat);
    expect(Number.isInteger(meters)).toBe(true);
    expect(meters).toBeGreaterThan(7_100);
    expect(meters).toBeLessThan(7_300);
    expect(distanceMeters(tanSonNhat, benThanh)).toBe(meters);
  });
});

describe('samePrice', () => {
  it('holds for equal amounts whatever the wording, and breaks on any changed amount', () => {
    const price = priced();
    const reworded = {
      ...price,
      discounts: price.discounts.map((d) => ({ ...d, description: `${d.description}!` })),
    };
    expect(samePrice(price, structuredClone(price))).toBe(true);
    expect(samePrice(price, reworded)).toBe(true);
    expect(samePrice(price, priced({ tip: 10_001 }))).toBe(false);
    expect(samePrice(price, priced({ surgeMultiplierBps: 12_000 }))).toBe(false);
    expect(samePrice(price, { ...price, currency: 'INR' })).toBe(false);
    const repriced = {
      ...price,
      lines: price.lines.map((l) => ({ ...l, unitPrice: l.unitPrice + 1 })),
    };
    expect(samePrice(price, repriced)).toBe(false);
    expect(samePrice(price, { ...price, discounts: price.discounts.slice(1) })).toBe(false);
    const moved = {
      ...price,
      discounts: price.discounts.map((d) => ({ ...d, amount: d.amount + 1 })),
    };
    expect(samePrice(price, moved)).toBe(false);
  });
});
