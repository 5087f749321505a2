import { isActiveAt, validatePromotionFields, type PromotionFieldsInput } from './promotion';

const base: PromotionFieldsInput = {
  name: 'Weekend dairy',
  rule: { kind: 'PERCENTAGE', percent: 10 },
  target: { kind: 'CATEGORIES', categories: ['dairy'] },
  startsAt: new Date('2026-05-01T00:00:00Z'),
  endsAt: new Date('2026-05-03T00:00:00Z'),
  couponCode: ' milk10 ',
  minimumOrder: '100000',
  perCustomerLimit: 1,
  globalLimit: 500,
};

describe('validatePromotionFields', () => {
  it('normalizes the coupon code and parses money in the store currency', () => {
    expect(validatePromotionFields(base, 'VND')).toEqual({
      ok: true,
      value: {
        name: 'Weekend dairy',
        currency: 'VND',
        rule: { kind: 'PERCENTAGE', percent: 10 },
        target: { kind: 'CATEGORIES', categories: ['dairy'] },
        minimumOrder: 100000,
        startsAt: base.startsAt,
        endsAt: base.endsAt,
        couponCode: 'MILK10',
        perCustomerLimit: 1,
        globalLimit: 500,
      },
    });
  });

  it.each([
    [{ rule: { kind: 'PERCENTAGE', percent: 0 } }, 'rule.percent'],
    [{ rule: { kind: 'PERCENTAGE', percent: 101 } }, 'rule.percent'],
    [{ rule: { kind: 'FIXED_AMOUNT', amount: '-5' } }, 'rule.amount'],
    [{ rule: { kind: 'FIXED_AMOUNT', amount: '0' } }, 'rule.amount'],
    [{ rule: { kind: 'BUY_X_GET_Y', buy: 2, get: 0 } }, 'rule.get'],
    [
      {
        rule: {
          kind: 'BULK_TIERS',
          tiers: [
            { minQuantity: 5, percent: 5 },
            { minQuantity: 3, percent: 10 },
          ],
        },
      },
      'rule.tiers',
    ],
    [{ rule: { kind: 'FREE_LUNCH' } }, 'rule.kind'],
    [{ target: { kind: 'SKUS', skus: [] } }, 'target.skus'],
    [{ target: { kind: 'CATEGORIES', categories: ['Not A Slug'] } }, 'target.categories'],
    [{ endsAt: new Date('2026-04-30T00:00:00Z') }, 'endsAt'],
    [{ endsAt: base.startsAt }, 'endsAt'],
    [{ couponCode: 'x' }, 'couponCode'],
    [{ globalLimit: 0 }, 'globalLimit'],
    [{ minimumOrder: '10.5' }, 'minimumOrder'],
  ] as [Partial<PromotionFieldsInput>, string][])('refuses %j (%s)', (change, field) => {
    const result = validatePromotionFields({ ...base, ...change }, 'VND');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((problem) => problem.field)).toEqual([field]);
  });
});

describe('isActiveAt', () => {
  it('runs from startsAt (inclusive) to endsAt (exclusive)', () => {
    const window = {
      startsAt: new Date('2026-05-01T00:00:00Z'),
      endsAt: new Date('2026-05-02T00:00:00Z'),
    };
    expect(isActiveAt(window, new Date('2026-04-30T23:59:59.999Z'))).toBe(false);
    expect(isActiveAt(window, new Date('2026-05-01T00:00:00Z'))).toBe(true);
    expect(isActiveAt(window, new Date('2026-05-02T00:00:00Z'))).toBe(false);
    expect(isActiveAt({ ...window, endsAt: null }, new Date('2099-01-01T00:00:00Z'))).toBe(true);
  });
});
