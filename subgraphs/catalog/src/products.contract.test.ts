import {
  DEMO_ORGANIZATION_IDS,
  DEMO_STORE_IDS,
  SERVICE_IDENTITY,
  closeMongo,
  startSubgraph,
  type Identity,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { signedClient } from '@dabba/subgraph-kit/src/testing';
import { catalogSubgraph } from './index';

const SECRET = 'catalog-products-contract-secret-32';
const FRESH_MART = DEMO_STORE_IDS.freshMart;

const member = (organizationId: string, role: string): Identity => ({
  kind: 'user',
  userId: `usr_${role.toLowerCase()}`,
  roles: ['PARTNER'],
  organizations: [{ organizationId, role }],
  scopes: [],
});
const manager = member(DEMO_ORGANIZATION_IDS.priyaGrocers, 'MANAGER');
const otherManager = member(DEMO_ORGANIZATION_IDS.minhKitchens, 'OWNER');
const readOnlyKey: Identity = {
  kind: 'apiKey',
  userId: null,
  roles: [],
  organizations: [{ organizationId: DEMO_ORGANIZATION_IDS.priyaGrocers, role: 'API_KEY' }],
  scopes: ['menus:read'],
  apiKeyId: 'key_read',
};

let subgraph: RunningSubgraph;
let query: ReturnType<typeof signedClient>;

const CREATE = `mutation ($storeId: ID!, $input: CreateProductInput!) {
  createProduct(storeId: $storeId, input: $input) {
    __typename
    ... on ProductPayload { product { id sku price { amount currency decimal } categories nearExpiry inStock } }
    ... on ProductError { code message }
    ... on InvalidProductInput { problems { field code } }
  }
}`;
const milk = {
  idempotencyKey: 'create-milk-1',
  sku: 'TEST-MILK-1L',
  name: { en: 'Vinamilk fresh milk 1L', vi: 'Sữa tươi Vinamilk 1L' },
  brand: 'Vinamilk',
  unit: 'L',
  unitSize: 1,
  price: '32000',
  categories: ['dairy/milk'],
  dietaryTags: ['VEGETARIAN'],
  perishable: true,
  expiresOn: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
};

beforeAll(async () => {
  subgraph = await startSubgraph(catalogSubgraph, {
    env: {
      IDENTITY_SECRET: SECRET,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DEMO_PRODUCT_COUNT: '1000',
    },
    port: 0,
  });
  await subgraph.seed();
  query = signedClient(subgraph.url, SECRET);
});

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

describe('products over HTTP', () => {
  it('lists seeded products in pages, by category, and refuses oversized pages', async () => {
    const page = await query<{
      store: {
        products: {
          edges: { node: { sku: string; categories: string[] } }[];
          pageInfo: { hasNextPage: boolean };
        };
      };
    }>(
      `query ($id: ID!) { store(id: $id) { products(first: 5, category: "dairy") { edges { node { sku categories } } pageInfo { hasNextPage } } } }`,
      { id: FRESH_MART },
    );
    expect(page.errors).toBeUndefined();
    const nodes = page.data!.store.products.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(5);
    expect(nodes.every((node) => node.categories.some((c) => c.startsWith('dairy/')))).toBe(true);
    expect(nodes.map((node) => node.sku)).toEqual([...nodes.map((node) => node.sku)].sort());
    const big = await query(
      `query ($id: ID!) { store(id: $id) { products(first: 101) { edges { cursor } } } }`,
      { id: FRESH_MART },
    );
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('creates a product for the owning organisation only, idempotently, with typed errors', async () => {
    const denied = await query(CREATE, { storeId: FRESH_MART, input: milk }, otherManager);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byReadKey = await query(CREATE, { storeId: FRESH_MART, input: milk }, readOnlyKey);
    expect(byReadKey.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const first = await query<{ createProduct: { product: { id: string } } }>(
      CREATE,
      { storeId: FRESH_MART, input: milk },
      manager,
    );
    expect(first.data?.createProduct).toMatchObject({
      __typename: 'ProductPayload',
      product: {
        sku: 'TEST-MILK-1L',
        price: { amount: 32000, currency: 'VND', decimal: '32000' },
        nearExpiry: true,
        inStock: false,
      },
    });
    const replay = await query(CREATE, { storeId: FRESH_MART, input: milk }, manager);
    expect(replay.data).toEqual(first.data);
    const taken = await query(
      CREATE,
      { storeId: FRESH_MART, input: { ...milk, idempotencyKey: 'create-milk-2' } },
      manager,
    );
    expect(taken.data?.createProduct).toMatchObject({ __typename: 'SkuTaken', code: 'SKU_TAKEN' });
    const badPrice = await query(
      CREATE,
      { storeId: FRESH_MART, input: { ...milk, idempotencyKey: 'k3', sku: 'X-1', price: '-5' } },
      manager,
    );
    expect(badPrice.data?.createProduct).toMatchObject({
      __typename: 'InvalidProductInput',
      code: 'INVALID_INPUT',
      problems: [{ field: 'price', code: 'INVALID_PRICE' }],
    });
  });

  it('shows stock to the store team only, and reserves for internal services only', async () => {
    const stock = await query(
      `mutation { setStock(storeId: "${FRESH_MART}", input: { sku: "TEST-MILK-1L", onHand: 3 }) { __typename ... on InventoryPayload { inventory { available } } } }`,
      undefined,
      manager,
    );
    expect(stock.data).toEqual({
      setStock: { __typename: 'InventoryPayload', inventory: { available: 3 } },
    });
    const read = `{ productBySku(storeId: "${FRESH_MART}", sku: "TEST-MILK-1L") { inStock inventory { onHand reserved } } }`;
    expect((await query(read)).data).toEqual({ productBySku: { inStock: true, inventory: null } });
    expect((await query(read, undefined, readOnlyKey)).data).toEqual({
      productBySku: { inStock: true, inventory: { onHand: 3, reserved: 0 } },
    });

    const reserve = `mutation ($input: ReserveStockInput!) { reserveStock(input: $input) { __typename ... on StockReservation { reservationKey status lines { sku quantity } } ... on ProductError { code } ... on UnknownSkus { skus } } }`;
    const input = {
      storeId: FRESH_MART,
      reservationKey: 'ord_contract_1',
      lines: [{ sku: 'TEST-MILK-1L', quantity: 2 }],
    };
    expect((await query(reserve, { input }, manager)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await query(reserve, { input }, SERVICE_IDENTITY)).data).toEqual({
      reserveStock: {
        __typename: 'StockReservation',
        reservationKey: 'ord_contract_1',
        status: 'HELD',
        lines: [{ sku: 'TEST-MILK-1L', quantity: 2 }],
      },
    });
    const unknown = await query(
      reserve,
      {
        input: {
          ...input,
          reservationKey: 'ord_contract_2',
          lines: [{ sku: 'NOPE', quantity: 1 }],
        },
      },
      SERVICE_IDENTITY,
    );
    expect(unknown.data).toEqual({
      reserveStock: { __typename: 'UnknownSkus', code: 'UNKNOWN_SKUS', skus: ['NOPE'] },
    });
  });

  it('quotes a basket with a coupon, and explains a refused coupon', async () => {
    const created = await query(
      `mutation ($storeId: ID!, $input: CreatePromotionInput!) { createPromotion(storeId: $storeId, input: $input) { __typename ... on PromotionPayload { promotion { id needsCoupon couponCode } } } }`,
      {
        storeId: FRESH_MART,
        input: {
          idempotencyKey: 'promo-milk',
          promotion: {
            name: 'Milk week',
            rule: { kind: 'PERCENTAGE', percent: 10 },
            target: { kind: 'CATEGORIES', categories: ['dairy'] },
            startsAt: '2026-01-01T00:00:00.000Z',
            couponCode: 'milk10',
          },
        },
      },
      manager,
    );
    expect(created.data).toMatchObject({
      createPromotion: { promotion: { needsCoupon: true, couponCode: 'MILK10' } },
    });
    const quote = `query ($code: String) { quoteBasket(storeId: "${FRESH_MART}", lines: [{ sku: "TEST-MILK-1L", quantity: 3 }], couponCode: $code) {
      __typename ... on BasketQuote { subtotal { amount } total { amount } discounts { description amount { amount } skus coupon } } ... on ProductError { code } } }`;
    expect((await query(quote, { code: 'Milk10' })).data).toEqual({
      quoteBasket: {
        __typename: 'BasketQuote',
        subtotal: { amount: 96000 },
        total: { amount: 86400 },
        discounts: [
          {
            description: 'Milk week: 10% off',
            amount: { amount: 9600 },
            skus: ['TEST-MILK-1L'],
            coupon: true,
          },
        ],
      },
    });
    expect((await query(quote, { code: 'NOPE10' })).data).toEqual({
      quoteBasket: { __typename: 'CouponRejected', code: 'COUPON_UNKNOWN' },
    });
  });
});
