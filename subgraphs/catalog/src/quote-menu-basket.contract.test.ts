import {
  DEMO_ORGANIZATION_IDS,
  DEMO_STORE_IDS,
  closeMongo,
  startSubgraph,
  type Identity,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { signedClient } from '@dabba/subgraph-kit/src/testing';
import { catalogSubgraph } from './index';

const SECRET = 'catalog-quote-menu-basket-secret-32';
const STORE = DEMO_STORE_IDS.banhMiCorner;
const OWNER: Identity = {
  kind: 'user',
  userId: 'usr_owner',
  roles: ['PARTNER'],
  organizations: [{ organizationId: DEMO_ORGANIZATION_IDS.minhKitchens, role: 'OWNER' }],
  scopes: [],
};
// Served around the clock, so the quote does not depend on when the test runs.
const ALL_DAY = {
  timeZone: 'Asia/Ho_Chi_Minh',
  weekly: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map(
    (day) => ({ day, open: '00:00', close: '24:00' }),
  ),
};

let subgraph: RunningSubgraph;
let query: ReturnType<typeof signedClient>;
let itemId: string;
let size: { id: string; regular: string; large: string };

type Payload = Record<string, Record<string, unknown>>;

async function mutate<T>(document: string, variables: Record<string, unknown>): Promise<T> {
  const result = await query<Payload>(document, variables, OWNER);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as T;
}

beforeAll(async () => {
  subgraph = await startSubgraph(catalogSubgraph, {
    env: { IDENTITY_SECRET: SECRET, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    port: 0,
  });
  await subgraph.seed();
  query = signedClient(subgraph.url, SECRET);

  const { menu } = await mutate<{ menu: { id: string } }>(
    `mutation ($storeId: ID!, $input: CreateMenuInput!) { createMenu(storeId: $storeId, input: $input) {
      ... on MenuPayload { menu { id } } } }`,
    {
      storeId: STORE,
      input: { idempotencyKey: 'round-the-clock', name: { en: 'Always' }, availability: ALL_DAY },
    },
  );
  const withCategory = await mutate<{ menu: { categories: { id: string }[] } }>(
    `mutation ($menuId: ID!, $input: CreateMenuCategoryInput!) { createMenuCategory(menuId: $menuId, input: $input) {
      ... on MenuPayload { menu { categories { id } } } } }`,
    { menuId: menu.id, input: { idempotencyKey: 'rolls', name: { en: 'Rolls' } } },
  );
  const { item } = await mutate<{
    item: { id: string; modifierGroups: { id: string; options: { id: string }[] }[] };
  }>(
    `mutation ($menuId: ID!, $input: CreateMenuItemInput!) { createMenuItem(menuId: $menuId, input: $input) {
      ... on MenuItemPayload { item { id modifierGroups { id options { id } } } } } }`,
    {
      menuId: menu.id,
      input: {
        idempotencyKey: 'spring-roll',
        categoryId: withCategory.menu.categories[0]!.id,
        name: { en: 'Spring rolls' },
        price: '60000',
        modifierGroups: [
          {
            name: { en: 'Size' },
            minSelections: 1,
            maxSelections: 1,
            options: [{ name: { en: 'Regular' } }, { name: { en: 'Large' }, priceDelta: '10000' }],
          },
        ],
      },
    },
  );
  itemId = item.id;
  const group = item.modifierGroups[0]!;
  size = { id: group.id, regular: group.options[0]!.id, large: group.options[1]!.id };
  await mutate(
    `mutation ($storeId: ID!, $input: CreatePromotionInput!) { createPromotion(storeId: $storeId, input: $input) {
      __typename } }`,
    {
      storeId: STORE,
      input: {
        idempotencyKey: 'rolls-10',
        promotion: {
          name: 'Roll week',
          rule: { kind: 'PERCENTAGE', percent: 10 },
          target: { kind: 'SKUS', skus: [itemId] },
          startsAt: '2026-01-01T00:00:00.000Z',
        },
      },
    },
  );
}, 60_000);

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

const QUOTE = `query ($lines: [BasketLineInput!]!) { quoteBasket(storeId: "${STORE}", lines: $lines) {
  __typename
  ... on BasketQuote {
    subtotal { amount currency } total { amount }
    discounts { amount { amount } skus lineIds coupon }
    lines { kind sku itemId quantity unitPrice { amount } total { amount } discount { amount } }
  }
  ... on InvalidMenuSelection { code invalid: lines { itemId quantity problems { code groupId } } }
  ... on ProductError { code }
} }`;

describe('quoteBasket with menu items', () => {
  it('prices menu item lines with their options and applies promotions naming the item', async () => {
    const line = (optionId: string, quantity: number) => ({
      kind: 'MENU_ITEM',
      itemId,
      quantity,
      modifiers: [{ groupId: size.id, optionIds: [optionId] }],
    });
    const result = await query(QUOTE, {
      lines: [line(size.large, 1), line(size.regular, 1), line(size.large, 1)],
    });
    expect(result.errors).toBeUndefined();
    const quote = (result.data as { quoteBasket: Record<string, unknown> }).quoteBasket;
    // Large: 60,000 + 10,000; the two Large lines are one line of two.
    expect(quote).toMatchObject({
      __typename: 'BasketQuote',
      subtotal: { amount: 200_000, currency: 'VND' },
      total: { amount: 180_000 },
      discounts: [{ amount: { amount: 20_000 }, skus: [], coupon: false }],
    });
    expect(quote.lines).toEqual(
      expect.arrayContaining([
        {
          kind: 'MENU_ITEM',
          sku: null,
          itemId,
          quantity: 2,
          unitPrice: { amount: 70_000 },
          total: { amount: 140_000 },
          discount: { amount: 14_000 },
        },
        {
          kind: 'MENU_ITEM',
          sku: null,
          itemId,
          quantity: 1,
          unitPrice: { amount: 60_000 },
          total: { amount: 60_000 },
          discount: { amount: 6_000 },
        },
      ]),
    );
    expect((quote.discounts as { lineIds: string[] }[])[0]!.lineIds).toHaveLength(2);
  });

  it('refuses lines that cannot be ordered as chosen with INVALID_SELECTION', async () => {
    const result = await query(QUOTE, {
      lines: [
        { kind: 'MENU_ITEM', itemId, quantity: 1 },
        { kind: 'MENU_ITEM', itemId: 'itm_missing', quantity: 1 },
        {
          kind: 'MENU_ITEM',
          itemId,
          quantity: 1,
          modifiers: [{ groupId: size.id, optionIds: [size.large] }],
        },
      ],
    });
    expect(result.data).toEqual({
      quoteBasket: {
        __typename: 'InvalidMenuSelection',
        code: 'INVALID_SELECTION',
        invalid: [
          { itemId, quantity: 1, problems: [{ code: 'BELOW_MIN_SELECTIONS', groupId: size.id }] },
          {
            itemId: 'itm_missing',
            quantity: 1,
            problems: [{ code: 'UNKNOWN_ITEM', groupId: null }],
          },
        ],
      },
    });
  });

  it('still refuses a product line without a SKU', async () => {
    const result = await query(QUOTE, { lines: [{ kind: 'PRODUCT', quantity: 1 }] });
    expect(result.data).toEqual({
      quoteBasket: { __typename: 'InvalidProductInput', code: 'INVALID_INPUT' },
    });
  });
});
