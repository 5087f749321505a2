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

const SECRET = 'catalog-menus-contract-secret-32chars';
const PHO = 'itm_demo_pho_bo_tai';

const apiKey = (organizationId: string, scopes: string[]): Identity => ({
  kind: 'apiKey',
  userId: null,
  roles: [],
  organizations: [{ organizationId, role: 'API_KEY' }],
  scopes,
  apiKeyId: 'key_menus',
});
const staff = (organizationId: string): Identity => ({
  kind: 'user',
  userId: 'usr_staff',
  roles: ['PARTNER'],
  organizations: [{ organizationId, role: 'STAFF' }],
  scopes: [],
});

let subgraph: RunningSubgraph;
let query: ReturnType<typeof signedClient>;

beforeAll(async () => {
  subgraph = await startSubgraph(catalogSubgraph, {
    env: { IDENTITY_SECRET: SECRET, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    port: 0,
  });
  await subgraph.seed();
  await subgraph.seed(); // idempotent
  query = signedClient(subgraph.url, SECRET);
}, 60_000);

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

const MENUS = `query ($id: ID!) { store(id: $id) { menus {
  id name { en vi }
  categories { id name { en } items { id } }
} } }`;

describe('menus', () => {
  it('lists a store’s menus, categories and available items in order', async () => {
    const result = await query(MENUS, { id: DEMO_STORE_IDS.phoBac });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      store: {
        menus: [
          {
            id: 'men_demo_pho_bac_breakfast',
            name: { en: 'Breakfast', vi: 'Bữa sáng' },
            categories: [
              {
                id: 'mct_demo_pho_bac_breakfast',
                name: { en: 'Breakfast' },
                items: [{ id: 'itm_demo_xoi_ga' }, { id: 'itm_demo_banh_cuon' }],
              },
            ],
          },
          {
            id: 'men_demo_pho_bac_all_day',
            name: { en: 'All day', vi: 'Cả ngày' },
            categories: [
              {
                id: 'mct_demo_pho_bac_pho',
                name: { en: 'Phở' },
                // The special is switched off, so customers do not see it.
                items: [{ id: PHO }, { id: 'itm_demo_pho_ga' }, { id: 'itm_demo_pho_chay' }],
              },
              {
                id: 'mct_demo_pho_bac_drinks',
                name: { en: 'Drinks' },
                items: [{ id: 'itm_demo_tra_da' }, { id: 'itm_demo_ca_phe_sua_da' }],
              },
            ],
          },
        ],
      },
    });
  });

  it('serves the 200-item menu', async () => {
    const result = await query<{ store: { menus: { categories: { items: unknown[] }[] }[] } }>(
      MENUS,
      { id: DEMO_STORE_IDS.banhMiCorner },
    );
    const counts = result.data?.store.menus[0]?.categories.map((category) => category.items.length);
    expect(counts).toEqual([100, 100]);
  });

  it('resolves MenuItem entities with prices, modifiers and their store', async () => {
    const result = await query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on MenuItem {
          id name { en vi } price { amount currency decimal } available dietaryTags allergens
          store { id }
          modifierGroups { id minSelections maxSelections required options { id priceDelta { amount } available } }
        }
      } }`,
      {
        representations: [
          { __typename: 'MenuItem', id: PHO },
          { __typename: 'MenuItem', id: 'itm_missing' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    const [pho, missing] = (result.data as { _entities: Record<string, unknown>[] })._entities;
    expect(missing).toBeNull();
    expect(pho).toMatchObject({
      name: { en: 'Rare beef pho', vi: 'Phở bò tái' },
      price: { amount: 65000, currency: 'VND', decimal: '65000' },
      dietaryTags: ['DAIRY_FREE'],
      allergens: ['SOYBEANS'],
      store: { id: DEMO_STORE_IDS.phoBac },
      modifierGroups: [
        { id: `${PHO}_size`, minSelections: 1, maxSelections: 1, required: true },
        { id: `${PHO}_extras`, minSelections: 0, maxSelections: 3, required: false },
      ],
    });
  });

  describe('allItems, with switched-off items', () => {
    const ALL = `query ($id: ID!) { store(id: $id) { menus { categories { id allItems { id available } } } } }`;

    it.each([
      ['a STAFF member of the organisation', staff(DEMO_ORGANIZATION_IDS.minhKitchens)],
      ['an API key with menus:read', apiKey(DEMO_ORGANIZATION_IDS.minhKitchens, ['menus:read'])],
    ])('are shown to %s', async (_who, identity) => {
      const result = await query(ALL, { id: DEMO_STORE_IDS.phoBac }, identity);
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result.data)).toContain(
        '"id":"itm_demo_pho_dac_biet","available":false',
      );
    });

    it.each([
      ['anonymous callers', undefined, 'UNAUTHENTICATED'],
      [
        'another organisation’s API key',
        apiKey(DEMO_ORGANIZATION_IDS.priyaGrocers, ['menus:read']),
        'FORBIDDEN',
      ],
      ['another organisation’s staff', staff(DEMO_ORGANIZATION_IDS.priyaGrocers), 'FORBIDDEN'],
    ])('are refused to %s', async (_who, identity, code) => {
      const result = await query(ALL, { id: DEMO_STORE_IDS.phoBac }, identity);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
    });
  });
});

describe('validateMenuSelection', () => {
  const CHECK = `query ($storeId: ID!, $lines: [MenuSelectionLineInput!]!, $at: DateTime) {
    validateMenuSelection(storeId: $storeId, lines: $lines, at: $at) {
      valid
      subtotal { amount currency }
      lines {
        __typename
        ... on PricedMenuLine { itemId quantity unitPrice { amount } lineTotal { amount } }
        ... on InvalidSelection { code itemId problems { code groupId optionId } }
      }
    }
  }`;

  const lines = [
    {
      itemId: PHO,
      quantity: 2,
      modifiers: [
        { groupId: `${PHO}_size`, optionIds: [`${PHO}_size_large`] },
        { groupId: `${PHO}_extras`, optionIds: [`${PHO}_extra_egg`] },
      ],
    },
  ];
  type Check = { validateMenuSelection: Record<string, unknown> };

  it('prices every line with its modifiers while the menu is served', async () => {
    // 12:00 in Saigon: the all-day menu (06:00–22:00) is served.
    const result = await query<Check>(CHECK, {
      storeId: DEMO_STORE_IDS.phoBac,
      lines,
      at: '2026-03-06T05:00:00.000Z',
    });
    expect(result.data?.validateMenuSelection).toEqual({
      valid: true,
      subtotal: { amount: 176000, currency: 'VND' },
      lines: [
        {
          __typename: 'PricedMenuLine',
          itemId: PHO,
          quantity: 2,
          unitPrice: { amount: 88000 },
          lineTotal: { amount: 176000 },
        },
      ],
    });
  });

  it('says what is wrong with each line', async () => {
    const result = await query<Check>(CHECK, {
      storeId: DEMO_STORE_IDS.phoBac,
      at: '2026-03-06T16:00:00.000Z', // 23:00 in Saigon: the all-day menu has closed
      lines: [
        ...lines,
        {
          itemId: 'itm_demo_pho_ga',
          quantity: 0,
          modifiers: [
            { groupId: 'itm_demo_pho_ga_size', optionIds: ['itm_demo_pho_ga_size_large', 'nope'] },
          ],
        },
        { itemId: 'itm_demo_banh_mi_000', quantity: 1 },
      ],
    });
    expect(result.data?.validateMenuSelection).toEqual({
      valid: false,
      subtotal: null,
      lines: [
        {
          __typename: 'InvalidSelection',
          code: 'INVALID_SELECTION',
          itemId: PHO,
          problems: [{ code: 'MENU_UNAVAILABLE', groupId: null, optionId: null }],
        },
        {
          __typename: 'InvalidSelection',
          code: 'INVALID_SELECTION',
          itemId: 'itm_demo_pho_ga',
          problems: [
            { code: 'INVALID_QUANTITY', groupId: null, optionId: null },
            { code: 'MENU_UNAVAILABLE', groupId: null, optionId: null },
            { code: 'UNKNOWN_OPTION', groupId: 'itm_demo_pho_ga_size', optionId: 'nope' },
            { code: 'ABOVE_MAX_SELECTIONS', groupId: 'itm_demo_pho_ga_size', optionId: null },
          ],
        },
        {
          // Another store's item.
          __typename: 'InvalidSelection',
          code: 'INVALID_SELECTION',
          itemId: 'itm_demo_banh_mi_000',
          problems: [{ code: 'UNKNOWN_ITEM', groupId: null, optionId: null }],
        },
      ],
    });
  });

  it('refuses an empty basket as BAD_USER_INPUT', async () => {
    const result = await query(CHECK, { storeId: DEMO_STORE_IDS.phoBac, lines: [] });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
