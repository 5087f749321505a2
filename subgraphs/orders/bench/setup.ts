import {
  DEMO_ORGANIZATION_IDS,
  DEMO_USER_IDS,
  signIdentity,
  type Identity,
} from '@dabba/subgraph-kit';
import { userIdentity } from '@dabba/subgraph-kit/src/testing';
import {
  createGroceryStore,
  fillCart,
  quoteCart,
  STORE_LOCATION,
  type GroceryStore,
} from '../../../test/support/orders';

/** Enough that no order of the run meets an empty shelf. */
const STOCK_ON_HAND = 10_000_000;
/** Each cart holds this many products, one unit each. */
const LINES_PER_CART = 2;

const GROCER: Identity = {
  ...userIdentity(DEMO_USER_IDS.partnerGrocer, ['partner']),
  organizations: [{ organizationId: DEMO_ORGANIZATION_IDS.priyaGrocers, role: 'OWNER' }],
};

export interface BenchStore extends GroceryStore {
  skus: string[];
}

/**
 * A grocery store open day and night with `skuCount` products and plenty of stock, created
 * through the catalog directly with the identity the gateway would sign for its owner.
 */
export async function createBenchStore(
  catalogUrl: string,
  secret: string,
  skuCount: number,
): Promise<BenchStore> {
  const skus = Array.from({ length: skuCount }, (_, index) => `BENCH-${index}`);
  const products = skus.map((sku, index) => ({
    sku,
    price: 10_000 + 1_000 * index,
    onHand: STOCK_ON_HAND,
  }));
  const store = await createGroceryStore(catalogUrl, signIdentity(GROCER, secret), products);
  return { ...store, skus };
}

/**
 * Quote ids for `customers`, in their order, `concurrency` customers at a time: each fills a
 * cart of LINES_PER_CART products delivered within 3 km and quotes it, through the orders
 * subgraph directly (the untimed part of a checkout).
 */
export async function prepareCheckouts(
  ordersUrl: string,
  secret: string,
  store: BenchStore,
  customers: readonly string[],
  concurrency: number,
): Promise<string[]> {
  const quotes: string[] = new Array<string>(customers.length);
  const prepare = async (index: number) => {
    const headers = signIdentity(userIdentity(customers[index]!, ['customer']), secret);
    const offset = ((index % 100) - 50) / 5_000;
    const cartId = await fillCart(ordersUrl, headers, {
      storeId: store.storeId,
      lines: Array.from({ length: LINES_PER_CART }, (_, line) => ({
        sku: store.skus[(index + line) % store.skus.length]!,
        quantity: 1,
      })),
      deliverTo: { lat: STORE_LOCATION.lat + offset, lng: STORE_LOCATION.lng - offset },
      tip: '0',
    });
    const quote = await quoteCart(ordersUrl, headers, cartId);
    if (quote.__typename !== 'PriceQuote') throw new Error(`quoteCart: ${JSON.stringify(quote)}`);
    quotes[index] = quote.id;
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let index = next++; index < customers.length; index = next++) await prepare(index);
    }),
  );
  return quotes;
}
