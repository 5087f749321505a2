import { DEMO_STORE_IDS } from '@dabba/subgraph-kit';
import type { ProductServices } from '../services/product-services';
import { generateProducts, type GeneratedProduct, type GeneratorStore } from './products-generator';

/** The demo grocery stores and their share of the generated products. */
export const DEMO_GROCERY_STORES: readonly GeneratorStore[] = [
  { id: DEMO_STORE_IDS.freshMart, currency: 'VND', skuPrefix: 'FM', weight: 3 },
  { id: DEMO_STORE_IDS.spiceBazaar, currency: 'INR', skuPrefix: 'SB', weight: 2 },
];

export const DEMO_PRODUCT_SEED = 20_260_501;
const BATCH = 1_000;

/**
 * Seeds `services.demoProductCount` generated products (50,000 by default) over the demo grocery
 * stores, with their stock, in bulk batches. Skips when the stores already hold that many, so a
 * restart costs one count query; ids are fixed, so an interrupted seed resumes by overwriting.
 * Expiry dates count from the day the seed runs. Returns how many products it wrote.
 */
export async function seedDemoProducts(
  services: Pick<ProductServices, 'demoProductCount' | 'countStoreProducts' | 'seedProducts'>,
  today: Date = new Date(),
): Promise<number> {
  const count = services.demoProductCount;
  if (count === 0) return 0;
  const existing = await Promise.all(
    DEMO_GROCERY_STORES.map((store) => services.countStoreProducts(store.id)),
  );
  if (existing.reduce((sum, n) => sum + n, 0) >= count) return 0;

  let batch: GeneratedProduct[] = [];
  let written = 0;
  const flush = async () => {
    await services.seedProducts(
      batch.map((item) => item.product),
      batch.map((item) => item.stock),
    );
    written += batch.length;
    batch = [];
  };
  for (const item of generateProducts({
    seed: DEMO_PRODUCT_SEED,
    count,
    stores: DEMO_GROCERY_STORES,
    today: today.toISOString().slice(0, 10),
    createdAt: new Date('2026-01-15T02:00:00.000Z'),
  })) {
    batch.push(item);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return written;
}
