import {
  categoryAncestors,
  isNearExpiry,
  validateProductFields,
  type ProductFieldsInput,
} from './product';

const milk: ProductFieldsInput = {
  sku: 'VNM-MILK-1L',
  name: { en: ' Vinamilk  fresh milk 1L ', vi: 'Sữa tươi Vinamilk 1L' },
  brand: 'Vinamilk',
  unit: 'L',
  unitSize: 1,
  price: '32000',
  categories: ['dairy/milk', 'dairy/milk'],
  dietaryTags: ['VEGETARIAN', 'GLUTEN_FREE'],
  imageUrls: ['https://img.dabba.example/milk.jpg'],
  perishable: true,
  expiresOn: '2026-05-31',
};

describe('validateProductFields', () => {
  it('normalizes a valid product and parses the price in the store currency', () => {
    const result = validateProductFields(milk, 'VND');
    expect(result).toEqual({
      ok: true,
      value: {
        sku: 'VNM-MILK-1L',
        name: { en: 'Vinamilk fresh milk 1L', vi: 'Sữa tươi Vinamilk 1L' },
        brand: 'Vinamilk',
        unit: 'L',
        unitSize: 1,
        price: { amount: 32000, currency: 'VND' },
        categories: ['dairy/milk'],
        dietaryTags: ['GLUTEN_FREE', 'VEGETARIAN'],
        imageUrls: ['https://img.dabba.example/milk.jpg'],
        perishable: true,
        expiresOn: '2026-05-31',
      },
    });
    expect(validateProductFields({ ...milk, price: '4.50' }, 'USD')).toMatchObject({
      ok: true,
      value: { price: { amount: 450, currency: 'USD' } },
    });
  });

  it.each([
    ['-1000', 'VND', 'must not be negative'],
    ['32000.5', 'VND', 'VND has no minor unit: give a whole amount'],
    ['4.505', 'USD', 'USD has at most 2 decimals'],
    ['abc', 'INR', 'must be a decimal number such as 12.50'],
  ])('refuses the price %s %s as INVALID_PRICE', (price, currency, message) => {
    expect(validateProductFields({ ...milk, price }, currency)).toEqual({
      ok: false,
      problems: [{ field: 'price', code: 'INVALID_PRICE', message }],
    });
  });

  it('reports every wrong field at once', () => {
    const result = validateProductFields(
      {
        ...milk,
        sku: 'has space',
        name: { en: '  ' },
        unit: 'BARREL',
        unitSize: 0,
        categories: ['Dairy/Milk'],
        dietaryTags: ['PALEO'],
        imageUrls: ['http://insecure.example/a.jpg'],
        perishable: false,
        expiresOn: '2026-05-31',
      },
      'VND',
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((problem) => problem.field)).toEqual([
      'sku',
      'name.en',
      'unit',
      'unitSize',
      'categories',
      'dietaryTags',
      'imageUrls',
      'expiresOn',
    ]);
  });

  it('refuses impossible dates', () => {
    expect(validateProductFields({ ...milk, expiresOn: '2026-02-30' }, 'VND')).toMatchObject({
      ok: false,
      problems: [{ field: 'expiresOn' }],
    });
  });
});

describe('categoryAncestors', () => {
  it('lists every level of every path once', () => {
    expect(categoryAncestors(['dairy/milk/fresh', 'dairy/cheese', 'snacks'])).toEqual([
      'dairy',
      'dairy/cheese',
      'dairy/milk',
      'dairy/milk/fresh',
      'snacks',
    ]);
  });
});

describe('isNearExpiry', () => {
  const product = { perishable: true, expiresOn: '2026-05-10' };
  it('is true from the window start to the expiry day itself', () => {
    expect(isNearExpiry(product, '2026-05-06', 3)).toBe(false);
    expect(isNearExpiry(product, '2026-05-07', 3)).toBe(true);
    expect(isNearExpiry(product, '2026-05-10', 3)).toBe(true);
  });
  it('is false once expired, across month ends, and for non-perishables', () => {
    expect(isNearExpiry(product, '2026-05-11', 3)).toBe(false);
    expect(isNearExpiry({ perishable: true, expiresOn: '2026-03-01' }, '2026-02-27', 3)).toBe(true);
    expect(isNearExpiry({ perishable: false, expiresOn: null }, '2026-05-10', 3)).toBe(false);
  });
});
