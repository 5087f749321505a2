import { randomUUID } from 'node:crypto';
import { DEMO_ORGANIZATION_IDS, DEMO_USER_IDS } from '@dabba/subgraph-kit';
import { eventually } from '@dabba/payments/src/testing/order-events';
import {
  expectTypename,
  graphql,
  moveOrder,
  readOrder,
  type CartSpec,
  type GeoPoint,
  type Money,
} from './order-operations';
import { accessTokenFor, startPlatform, type Platform } from './platform';

export * from './order-operations';

/** Authorization headers of everyone who takes part in an order. */
export interface OrderParties {
  customer: Record<string, string>;
  /** Another customer, who has no part in the orders of `customer`. */
  stranger: Record<string, string>;
  grocer: Record<string, string>;
  driver: Record<string, string>;
  support: Record<string, string>;
}

const bearer = async (token: Promise<string>) => ({ authorization: `Bearer ${await token}` });

/** What every orders e2e suite runs on: the platform, its gateway and the parties' tokens. */
export interface OrdersSuite {
  platform: Platform;
  url: string;
  parties: OrderParties;
}

/**
 * Starts the platform (on RabbitMQ when AMQP_URL is set) before the suite's tests and closes it
 * after them; the returned object is filled in once it is up.
 */
export function ordersSuite(): OrdersSuite {
  const suite = {} as OrdersSuite;
  beforeAll(async () => {
    suite.platform = await startPlatform({ amqpUrl: process.env.AMQP_URL });
    suite.url = suite.platform.gatewayUrl;
    suite.parties = await orderParties();
  }, 120_000);
  afterAll(async () => {
    await suite.platform?.close();
  });
  return suite;
}

/** Products of the suites' stores (VND): 2 milk and 3 bread make the usual basket. */
export const MILK: ProductSpec = { sku: 'milk-1l', price: 32_000, onHand: 50 };
export const BREAD: ProductSpec = { sku: 'bread-loaf', price: 18_500, onHand: 40 };
export const OAT_MILK: ProductSpec = { sku: 'oat-milk-1l', price: 25_000, onHand: 10 };
/** About 3.3 km north of STORE_LOCATION: two started kilometres past the included two. */
export const HOME: GeoPoint = { lat: 10.8069, lng: 106.7009 };

/** 2 milk and 3 bread for HOME with a 20,000 VND tip. */
export const usualCart = (storeId: string): CartSpec => ({
  storeId,
  lines: [
    { sku: MILK.sku, quantity: 2 },
    { sku: BREAD.sku, quantity: 3 },
  ],
  deliverTo: HOME,
  tip: '20000',
});

export const vnd = (amount: number): Money => ({ amount, currency: 'VND' });

/** Tokens of the demo customer, grocer (OWNER of Priya Grocers), driver and support agent. */
export async function orderParties(): Promise<OrderParties> {
  return {
    customer: await bearer(accessTokenFor(DEMO_USER_IDS.customer)),
    stranger: await bearer(accessTokenFor(DEMO_USER_IDS.partner)),
    grocer: await bearer(
      accessTokenFor(DEMO_USER_IDS.partnerGrocer, {
        orgs: [{ organizationId: DEMO_ORGANIZATION_IDS.priyaGrocers, role: 'OWNER' }],
      }),
    ),
    driver: await bearer(accessTokenFor(DEMO_USER_IDS.driver, { roles: ['DRIVER'] })),
    support: await bearer(accessTokenFor(DEMO_USER_IDS.support, { roles: ['SUPPORT'] })),
  };
}

/**
 * Support assigns the demo driver to the READY_FOR_PICKUP order, who picks it up and delivers it;
 * answers the last move's result.
 */
export async function driverDelivers(url: string, parties: OrderParties, orderId: string) {
  await moveOrder(url, parties.support, 'assignDriver', orderId, {
    driverId: DEMO_USER_IDS.driver,
  });
  await moveOrder(url, parties.driver, 'pickUpOrder', orderId);
  return moveOrder(url, parties.driver, 'deliverOrder', orderId);
}

/** The order, read by its customer once payments has captured it (after delivery). */
export const untilCaptured = (url: string, customer: Record<string, string>, orderId: string) =>
  eventually(async () => {
    const order = await readOrder(url, customer, orderId);
    expect(order.payment?.status).toBe('CAPTURED');
    return order;
  });

export interface ProductSpec {
  sku: string;
  /** VND, whole dong. */
  price: number;
  onHand: number;
}

export interface GroceryStore {
  storeId: string;
  location: GeoPoint;
}

/** District 1, Hồ Chí Minh. */
export const STORE_LOCATION: GeoPoint = { lat: 10.7769, lng: 106.7009 };

const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** Every day, all day, in Hồ Chí Minh: no demo store is open 24 h, the suites' stores are. */
export const ALWAYS_OPEN = {
  timeZone: 'Asia/Ho_Chi_Minh',
  weekly: EVERY_DAY.map((day) => ({ day, open: '00:00', close: '24:00' })),
};

const CREATE_STORE = `mutation ($input: CreateStoreInput!) {
  createStore(input: $input) {
    __typename
    ... on StorePayload { store { id } }
    ... on CatalogError { code message }
  }
}`;
const CREATE_PRODUCT = `mutation ($storeId: ID!, $input: CreateProductInput!) {
  createProduct(storeId: $storeId, input: $input) {
    __typename
    ... on ProductPayload { product { id } }
    ... on ProductError { code message }
  }
}`;
const SET_STOCK = `mutation ($storeId: ID!, $input: SetStockInput!) {
  setStock(storeId: $storeId, input: $input) {
    __typename
    ... on ProductError { code message }
  }
}`;

/**
 * The id of a new store of the organisation at STORE_LOCATION in Hồ Chí Minh (VND), open 24/7
 * and delivering within 10 km; `partner` must manage the organisation.
 */
export async function createOpenStore(
  url: string,
  partner: Record<string, string>,
  store: { organizationId: string; kind: 'GROCERY' | 'RESTAURANT'; name: string },
): Promise<string> {
  const { createStore } = await graphql<{
    createStore: { __typename: string; store?: { id: string } };
  }>(url, partner, CREATE_STORE, {
    input: {
      ...store,
      idempotencyKey: `e2e-store-${randomUUID()}`,
      currency: 'VND',
      address: { lines: ['1 Lê Lợi'], city: 'Hồ Chí Minh', countryCode: 'VN' },
      location: STORE_LOCATION,
      deliveryArea: { radiusMeters: 10_000 },
      openingHours: ALWAYS_OPEN,
      prepTimeMinutes: 15,
    },
  });
  expectTypename(createStore, 'StorePayload', 'createStore');
  return createStore.store!.id;
}

/**
 * A new grocery store of Priya Grocers (see createOpenStore) selling `products` with their stock
 * on hand.
 */
export async function createGroceryStore(
  url: string,
  grocer: Record<string, string>,
  products: readonly ProductSpec[],
): Promise<GroceryStore> {
  const storeId = await createOpenStore(url, grocer, {
    organizationId: DEMO_ORGANIZATION_IDS.priyaGrocers,
    kind: 'GROCERY',
    name: 'Priya 24/7',
  });
  for (const product of products) {
    const { createProduct } = await graphql<{ createProduct: { __typename: string } }>(
      url,
      grocer,
      CREATE_PRODUCT,
      {
        storeId,
        input: {
          idempotencyKey: `e2e-product-${randomUUID()}`,
          sku: product.sku,
          name: { en: product.sku },
          unit: 'PIECE',
          unitSize: 1,
          price: String(product.price),
        },
      },
    );
    expectTypename(createProduct, 'ProductPayload', `createProduct ${product.sku}`);
    const { setStock } = await graphql<{ setStock: { __typename: string } }>(
      url,
      grocer,
      SET_STOCK,
      { storeId, input: { sku: product.sku, onHand: product.onHand } },
    );
    expectTypename(setStock, 'InventoryPayload', `setStock ${product.sku}`);
  }
  return { storeId, location: STORE_LOCATION };
}

export interface Inventory {
  onHand: number;
  reserved: number;
  available: number;
}

const STOCK = `query ($storeId: ID!, $sku: String!) {
  productBySku(storeId: $storeId, sku: $sku) { inventory { onHand reserved available } }
}`;

/** The SKU's stock record, as the store's team reads it through the catalog. */
export async function readStock(
  url: string,
  grocer: Record<string, string>,
  storeId: string,
  sku: string,
): Promise<Inventory> {
  const { productBySku } = await graphql<{ productBySku: { inventory: Inventory } }>(
    url,
    grocer,
    STOCK,
    { storeId, sku },
  );
  return productBySku.inventory;
}

/** Waits until each product's whole stock is on hand and available again (events settle it). */
export async function untilStockRestored(
  url: string,
  grocer: Record<string, string>,
  storeId: string,
  products: readonly ProductSpec[],
): Promise<void> {
  for (const { sku, onHand } of products) {
    await eventually(async () => {
      const stock = await readStock(url, grocer, storeId, sku);
      if (stock.onHand !== onHand || stock.reserved !== 0 || stock.available !== onHand) {
        throw new Error(`${sku} is not restored: ${JSON.stringify(stock)}`);
      }
    });
  }
}

/** Great-circle distance in whole metres (haversine on the mean Earth radius). */
export function metresBetween(a: GeoPoint, b: GeoPoint): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(radians(b.lat - a.lat) / 2) ** 2 +
    Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(radians(b.lng - a.lng) / 2) ** 2;
  return Math.round(2 * 6_371_008.8 * Math.asin(Math.sqrt(h)));
}

/** Hồ Chí Minh's published rates (VND): what every quote there must follow. */
export const HCMC = {
  /** Covers the first 2 km; 5,000 per started km beyond. */
  deliveryBase: 15_000,
  perStartedKm: 5_000,
  /** 3 % of the goods, at least 2,000 and at most 15,000. */
  serviceFee: (goods: number) =>
    Math.min(15_000, Math.max(2_000, Math.floor((goods * 3 + 50) / 100))),
  /** 8 % of goods and fees, half up. */
  tax: (taxed: number) => Math.floor((taxed * 8 + 50) / 100),
};

/** The amounts a Hồ Chí Minh delivery quote must have, from the goods, the distance and the tip. */
export function expectedHcmcQuote(goods: number, metres: number, tip: number) {
  const deliveryFee =
    HCMC.deliveryBase + Math.max(0, Math.ceil((metres - 2_000) / 1_000)) * HCMC.perStartedKm;
  const serviceFee = HCMC.serviceFee(goods);
  const tax = HCMC.tax(goods + deliveryFee + serviceFee);
  return { deliveryFee, serviceFee, tax, total: goods + deliveryFee + serviceFee + tax + tip };
}
