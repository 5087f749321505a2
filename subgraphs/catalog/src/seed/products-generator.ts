import { minorUnitDigits } from '@dabba/subgraph-kit';
import type { Inventory } from '../domain/inventory';
import { addDays, type Product } from '../domain/product';
import { GROCERY_BASES, VARIANTS } from './grocery-catalog';

/**
 * A deterministic generator of grocery products: the same options give the same products, in the
 * same order, on every machine (a seeded PRNG, never Math.random).
 */
export interface GeneratorStore {
  id: string;
  currency: string;
  /** Short SKU prefix, e.g. FM. */
  skuPrefix: string;
  /** Share of the products this store gets (weights are normalised). */
  weight: number;
}

export interface GeneratorOptions {
  seed: number;
  count: number;
  stores: readonly GeneratorStore[];
  /** The date perishable expiry dates are counted from (yyyy-MM-dd). */
  today: string;
  /** Creation instant stamped on every product. */
  createdAt: Date;
}

export interface GeneratedProduct {
  product: Product;
  stock: Inventory;
}

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Approximate VND per unit of each currency the demo stores use, to price in their currency. */
const VND_PER_UNIT: Record<string, number> = { VND: 1, INR: 300, USD: 25_000 };

/** A price in `currency`'s minor units from a VND price, rounded to a shelf-friendly step. */
export function localPrice(priceVnd: number, currency: string): number {
  const rate = VND_PER_UNIT[currency];
  if (rate === undefined) throw new RangeError(`no demo exchange rate for ${currency}`);
  const digits = minorUnitDigits(currency);
  // VND to the nearest 500 đồng; others to the nearest 0.50 (50 minor units) or whole unit.
  const step = digits === 0 ? 500 : 50;
  const minor = (priceVnd / rate) * 10 ** digits;
  return Math.max(step, Math.round(minor / step) * step);
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Every product of the options, store by store; ids and SKUs follow the position. */
export function* generateProducts(options: GeneratorOptions): Generator<GeneratedProduct> {
  const random = seededRandom(options.seed);
  const totalWeight = options.stores.reduce((sum, store) => sum + store.weight, 0);
  let made = 0;
  for (const [at, store] of options.stores.entries()) {
    const share =
      at === options.stores.length - 1
        ? options.count - made
        : Math.round((options.count * store.weight) / totalWeight);
    for (let n = 0; n < share; n++) {
      const base = pick(random, GROCERY_BASES);
      const brand = pick(random, base.brands);
      const size = pick(random, base.sizes);
      const variant = pick(random, VARIANTS);
      const sku = `${store.skuPrefix}-${String(n + 1).padStart(6, '0')}`;
      const en = [brand, variant.en, base.en, size.label].filter(Boolean).join(' ');
      const vi = [base.vi, variant.vi, brand, size.label].filter(Boolean).join(' ');
      // ±20% around the reference price, so variants differ.
      const priceVnd = size.priceVnd * (0.8 + random() * 0.4);
      const perishable = base.shelfLifeDays !== null;
      const expiresOn = perishable
        ? addDays(options.today, 1 + Math.floor(random() * base.shelfLifeDays!))
        : null;
      const onHand = random() < 0.05 ? 0 : Math.floor(random() * 200);
      const product: Product = {
        id: `prd_demo_${store.skuPrefix.toLowerCase()}_${String(n + 1).padStart(6, '0')}`,
        storeId: store.id,
        sku,
        name: { en: en.charAt(0).toUpperCase() + en.slice(1), vi },
        brand,
        unit: size.unit,
        unitSize: size.size,
        price: { amount: localPrice(priceVnd, store.currency), currency: store.currency },
        categories: [base.category],
        dietaryTags: [...base.tags].sort(),
        imageUrls: [
          `https://images.dabba.example/products/${base.category}/${sku.toLowerCase()}.jpg`,
        ],
        perishable,
        expiresOn,
        archived: false,
        createdAt: options.createdAt,
        updatedAt: options.createdAt,
      };
      const lowStockThreshold = 5 + Math.floor(random() * 6);
      yield {
        product,
        stock: {
          storeId: store.id,
          sku,
          onHand,
          reserved: 0,
          available: onHand,
          lowStockThreshold,
          updatedAt: options.createdAt,
        },
      };
      made++;
    }
  }
}
