import {
  generateProducts,
  localPrice,
  seededRandom,
  type GeneratorOptions,
} from './products-generator';
import { validateProductFields } from '../domain/product';
import { formatMoneyDecimal } from '@dabba/subgraph-kit';

const options: GeneratorOptions = {
  seed: 42,
  count: 50_000,
  stores: [
    { id: 'sto_vn', currency: 'VND', skuPrefix: 'VN', weight: 3 },
    { id: 'sto_in', currency: 'INR', skuPrefix: 'IN', weight: 2 },
  ],
  today: '2026-05-01',
  createdAt: new Date('2026-01-01T00:00:00Z'),
};

describe('generateProducts', () => {
  const all = [...generateProducts(options)];

  it('makes the asked number of products with SKUs unique per store, split by weight', () => {
    expect(all).toHaveLength(50_000);
    expect(new Set(all.map(({ product }) => `${product.storeId}/${product.sku}`)).size).toBe(
      50_000,
    );
    expect(new Set(all.map(({ product }) => product.id)).size).toBe(50_000);
    expect(all.filter(({ product }) => product.storeId === 'sto_vn')).toHaveLength(30_000);
  });

  it('is deterministic: the same options give the same products', () => {
    const again = [...generateProducts({ ...options, count: 2_000 })];
    expect(again).toEqual([...generateProducts({ ...options, count: 2_000 })]);
    expect([...generateProducts({ ...options, count: 2_000, seed: 43 })]).not.toEqual(again);
  });

  it('makes products that pass the same validation as a partner’s, priced in each store’s currency', () => {
    for (const { product, stock } of all.filter((_, at) => at % 97 === 0)) {
      const result = validateProductFields(
        { ...product, price: formatMoneyDecimal(product.price) },
        product.price.currency,
      );
      expect(result).toMatchObject({ ok: true });
      expect(product.price.currency).toBe(product.storeId === 'sto_vn' ? 'VND' : 'INR');
      expect(stock.available).toBe(stock.onHand);
      if (product.perishable) expect(product.expiresOn! > options.today).toBe(true);
      else expect(product.expiresOn).toBeNull();
    }
    expect(all.some(({ product }) => product.name.vi?.startsWith('Sữa tươi'))).toBe(true);
    expect(all.some(({ product }) => product.perishable)).toBe(true);
  });
});

describe('localPrice and seededRandom', () => {
  it('rounds to shelf prices in minor units', () => {
    expect(localPrice(32_100, 'VND')).toBe(32_000);
    expect(localPrice(32_000, 'INR')).toBe(10_650); // ₹106.67 → ₹106.50
  });
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
