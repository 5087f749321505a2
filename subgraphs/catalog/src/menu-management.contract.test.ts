import {
  DEMO_ORGANIZATION_IDS,
  DEMO_STORE_IDS,
  closeMongo,
  connectMongo,
  startSubgraph,
  type Identity,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { signedClient } from '@dabba/subgraph-kit/src/testing';
import type { Connection } from 'mongoose';
import { catalogSubgraph } from './index';

const SECRET = 'catalog-menu-management-secret-32c';
const ORG_A = DEMO_ORGANIZATION_IDS.minhKitchens;
const ORG_B = DEMO_ORGANIZATION_IDS.priyaGrocers;
const STORE = DEMO_STORE_IDS.phoBac;
const MENU = 'men_demo_pho_bac_all_day';
const PHO_CATEGORY = 'mct_demo_pho_bac_pho';
const PHO = 'itm_demo_pho_bo_tai';

const member = (organizationId: string, role: string): Identity => ({
  kind: 'user',
  userId: `usr_${role.toLowerCase()}_${organizationId}`,
  roles: ['PARTNER'],
  organizations: [{ organizationId, role }],
  scopes: [],
});
const apiKey = (organizationId: string, scopes: string[]): Identity => ({
  kind: 'apiKey',
  userId: null,
  roles: [],
  organizations: [{ organizationId, role: 'API_KEY' }],
  scopes,
  apiKeyId: `key_${organizationId}`,
});

const RESULT = `__typename
  ... on CatalogError { code message }
  ... on InvalidCatalogInput { field }`;
const MENU_RESULT = `${RESULT} ... on InvalidOpeningHours { problems { code path } }`;
const ITEM_RESULT = `${RESULT} ... on InvalidMenuPrice { field }`;
const MENU_FIELDS = `... on MenuPayload { menu { id name { en vi } categories { id name { en } } } }`;
const ITEM_FIELDS = `... on MenuItemPayload { item {
  id name { en } price { amount currency } available dietaryTags allergens imageUrls
  modifierGroups { id minSelections maxSelections options { id priceDelta { amount } available } }
} }`;

const CREATE_MENU = `mutation ($storeId: ID!, $input: CreateMenuInput!) {
  createMenu(storeId: $storeId, input: $input) { ${MENU_RESULT} ${MENU_FIELDS} } }`;
const UPDATE_MENU = `mutation ($menuId: ID!, $input: UpdateMenuInput!) {
  updateMenu(menuId: $menuId, input: $input) { ${MENU_RESULT} ${MENU_FIELDS} } }`;
const CREATE_CATEGORY = `mutation ($menuId: ID!, $input: CreateMenuCategoryInput!) {
  createMenuCategory(menuId: $menuId, input: $input) { ${MENU_RESULT} ${MENU_FIELDS} } }`;
const DELETE_CATEGORY = `mutation ($menuId: ID!, $categoryId: ID!) {
  deleteMenuCategory(menuId: $menuId, categoryId: $categoryId) {
    ${RESULT} ... on MenuDeletion { deletedId deletedItemIds } } }`;
const CREATE_ITEM = `mutation ($menuId: ID!, $input: CreateMenuItemInput!) {
  createMenuItem(menuId: $menuId, input: $input) { ${ITEM_RESULT} ${ITEM_FIELDS} } }`;
const UPDATE_ITEM = `mutation ($itemId: ID!, $input: UpdateMenuItemInput!) {
  updateMenuItem(itemId: $itemId, input: $input) { ${ITEM_RESULT} ${ITEM_FIELDS} } }`;
const SET_OPTION = `mutation ($itemId: ID!, $optionId: ID!, $available: Boolean!) {
  setModifierOptionAvailability(itemId: $itemId, optionId: $optionId, available: $available) {
    ${ITEM_RESULT} ${ITEM_FIELDS} } }`;
const DELETE_ITEM = `mutation ($itemId: ID!) {
  deleteMenuItem(itemId: $itemId) { ${RESULT} ... on MenuDeletion { deletedId deletedItemIds } } }`;
const DELETE_MENU = `mutation ($menuId: ID!) {
  deleteMenu(menuId: $menuId) { ${RESULT} ... on MenuDeletion { deletedId deletedItemIds } } }`;
const READ_ITEM = `query ($id: ID!) { menuItem(id: $id) { id name { en } price { amount } available } }`;

const ALL_DAY = {
  timeZone: 'Asia/Ho_Chi_Minh',
  weekly: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map(
    (day) => ({ day, open: '00:00', close: '24:00' }),
  ),
};

const newItem = (idempotencyKey: string, changes: Record<string, unknown> = {}) => ({
  idempotencyKey,
  categoryId: PHO_CATEGORY,
  name: { en: 'Phở tái lăn', vi: 'Phở tái lăn' },
  price: '75000',
  dietaryTags: [],
  allergens: ['SOYBEANS'],
  imageUrls: ['https://cdn.example.com/pho-tai-lan.jpg'],
  modifierGroups: [
    {
      name: { en: 'Noodles' },
      minSelections: 1,
      maxSelections: 1,
      options: [
        { name: { en: 'Thin' } },
        { name: { en: 'Wide' }, priceDelta: '5000', available: true },
      ],
    },
  ],
  ...changes,
});

let subgraph: RunningSubgraph;
let db: Connection;
let query: ReturnType<typeof signedClient>;

beforeAll(async () => {
  subgraph = await startSubgraph(catalogSubgraph, {
    env: { IDENTITY_SECRET: SECRET, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    port: 0,
  });
  await subgraph.seed();
  db = await connectMongo({ dbName: 'dabba_catalog' });
  query = signedClient(subgraph.url, SECRET);
}, 60_000);

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

type Data = Record<string, Record<string, unknown> & { __typename: string }>;

async function mutate(document: string, variables: Record<string, unknown>, who: Identity) {
  const result = await query<Data>(document, variables, who);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}

const itemEvents = (itemId: string) =>
  db
    .collection('outbox')
    .countDocuments({ 'event.type': 'catalog.menu_item.changed.v1', 'event.subject': itemId });

describe('partner menu management', () => {
  it('lets OWNERs, MANAGERs and menus:write keys of the owning organisation manage menus', async () => {
    const created = await mutate(
      CREATE_MENU,
      {
        storeId: STORE,
        input: { idempotencyKey: 'late', name: { en: 'Late night' }, availability: ALL_DAY },
      },
      member(ORG_A, 'OWNER'),
    );
    expect(created).toMatchObject({
      __typename: 'MenuPayload',
      menu: { name: { en: 'Late night', vi: null }, categories: [] },
    });
    const menuId = (created.menu as { id: string }).id;
    const replay = await mutate(
      CREATE_MENU,
      {
        storeId: STORE,
        input: { idempotencyKey: 'late', name: { en: 'Other' }, availability: ALL_DAY },
      },
      member(ORG_A, 'MANAGER'),
    );
    expect(replay).toEqual(created);

    const withCategory = await mutate(
      CREATE_CATEGORY,
      { menuId, input: { idempotencyKey: 'snacks', name: { en: 'Snacks' } } },
      apiKey(ORG_A, ['menus:write']),
    );
    expect(withCategory.menu).toMatchObject({ categories: [{ name: { en: 'Snacks' } }] });
    const renamed = await mutate(
      UPDATE_MENU,
      { menuId, input: { name: { en: 'After hours', vi: 'Khuya' } } },
      member(ORG_A, 'MANAGER'),
    );
    expect(renamed.menu).toMatchObject({ name: { en: 'After hours', vi: 'Khuya' } });

    const deleted = await mutate(DELETE_MENU, { menuId }, member(ORG_A, 'OWNER'));
    expect(deleted).toEqual({ __typename: 'MenuDeletion', deletedId: menuId, deletedItemIds: [] });
  });

  it('creates, changes and deletes an item, publishing each change in the same transaction', async () => {
    const owner = member(ORG_A, 'OWNER');
    const created = await mutate(CREATE_ITEM, { menuId: MENU, input: newItem('tai-lan') }, owner);
    expect(created).toMatchObject({
      __typename: 'MenuItemPayload',
      item: {
        name: { en: 'Phở tái lăn' },
        price: { amount: 75000, currency: 'VND' },
        available: true,
        allergens: ['SOYBEANS'],
        modifierGroups: [{ minSelections: 1, maxSelections: 1 }],
      },
    });
    const item = created.item as {
      id: string;
      modifierGroups: { id: string; options: { id: string }[] }[];
    };
    expect(await mutate(CREATE_ITEM, { menuId: MENU, input: newItem('tai-lan') }, owner)).toEqual(
      created,
    );
    expect(await itemEvents(item.id)).toBe(1);

    const switchedOff = await mutate(
      UPDATE_ITEM,
      { itemId: item.id, input: { available: false, price: '80000' } },
      apiKey(ORG_A, ['menus:write']),
    );
    expect(switchedOff.item).toMatchObject({
      available: false,
      price: { amount: 80000 },
      allergens: ['SOYBEANS'],
    });
    const wide = item.modifierGroups[0]!.options[1]!.id;
    const optionOff = await mutate(
      SET_OPTION,
      { itemId: item.id, optionId: wide, available: false },
      owner,
    );
    expect(optionOff.item).toMatchObject({
      modifierGroups: [
        {
          options: [
            { available: true },
            { id: wide, available: false, priceDelta: { amount: 5000 } },
          ],
        },
      ],
    });
    expect(await itemEvents(item.id)).toBe(3);

    const removed = await mutate(DELETE_ITEM, { itemId: item.id }, owner);
    expect(removed).toMatchObject({ deletedItemIds: [item.id] });
    expect((await query(READ_ITEM, { id: item.id })).data).toEqual({ menuItem: null });
    expect(await itemEvents(item.id)).toBe(4);
  });

  it('answers bad input with typed results and changes nothing', async () => {
    const owner = member(ORG_A, 'OWNER');
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      [{ price: '-1' }, { __typename: 'InvalidMenuPrice', code: 'INVALID_PRICE', field: 'price' }],
      [{ price: '65000.5' }, { code: 'INVALID_PRICE', field: 'price' }],
      [
        {
          modifierGroups: [
            {
              name: { en: 'Size' },
              minSelections: 2,
              maxSelections: 1,
              options: [{ name: { en: 'S' } }],
            },
          ],
        },
        { __typename: 'InvalidCatalogInput', code: 'INVALID_INPUT', field: 'modifierGroups[0]' },
      ],
      [
        {
          modifierGroups: [
            {
              name: { en: 'Size' },
              minSelections: 0,
              maxSelections: 1,
              options: [{ name: { en: 'S' }, priceDelta: 'abc' }],
            },
          ],
        },
        { code: 'INVALID_PRICE', field: 'modifierGroups[0].options[0].priceDelta' },
      ],
      [
        {
          modifierGroups: [
            {
              id: 'itm_demo_pho_ga_size',
              name: { en: 'Size' },
              minSelections: 0,
              maxSelections: 1,
              options: [{ name: { en: 'S' } }],
            },
          ],
        },
        { code: 'INVALID_INPUT', field: 'modifierGroups[0].id' },
      ],
      [
        { categoryId: 'mct_demo_pho_bac_breakfast' },
        { code: 'INVALID_INPUT', field: 'categoryId' },
      ],
      [{ name: { en: ' ' } }, { code: 'INVALID_INPUT', field: 'name' }],
      [
        { imageUrls: ['http://insecure.example.com/a.jpg'] },
        { code: 'INVALID_INPUT', field: 'imageUrls' },
      ],
      [{ idempotencyKey: '' }, { code: 'INVALID_INPUT', field: 'idempotencyKey' }],
    ];
    for (const [changes, expected] of cases) {
      const input = newItem(`bad-${JSON.stringify(changes)}`.slice(0, 120), changes);
      expect(await mutate(CREATE_ITEM, { menuId: MENU, input }, owner)).toMatchObject(expected);
    }
    expect(
      await mutate(UPDATE_ITEM, { itemId: PHO, input: { price: '1.5' } }, owner),
    ).toMatchObject({
      code: 'INVALID_PRICE',
    });
    expect(
      await mutate(
        CREATE_MENU,
        {
          storeId: STORE,
          input: {
            idempotencyKey: 'bad-hours',
            name: { en: 'X' },
            availability: { ...ALL_DAY, timeZone: 'Mars/Base' },
          },
        },
        owner,
      ),
    ).toMatchObject({ code: 'INVALID_OPENING_HOURS', problems: [{ code: 'UNKNOWN_TIME_ZONE' }] });
    expect(
      await mutate(
        CREATE_MENU,
        {
          storeId: DEMO_STORE_IDS.freshMart,
          input: { idempotencyKey: 'grocer', name: { en: 'X' }, availability: ALL_DAY },
        },
        member(ORG_B, 'OWNER'),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'storeId' });
    expect(
      await mutate(DELETE_CATEGORY, { menuId: MENU, categoryId: 'mct_nope' }, owner),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'categoryId',
    });
    expect((await query(READ_ITEM, { id: PHO })).data).toMatchObject({
      menuItem: { price: { amount: 65000 } },
    });
  });

  it('refuses STAFF, menus:read keys and another organisation, leaving the menu unchanged', async () => {
    const before = await query(
      `{ store(id: "${STORE}") { menus { id name { en } categories { id allItems { id name { en } price { amount } available } } } } }`,
      undefined,
      member(ORG_A, 'OWNER'),
    );
    const refused: Identity[] = [
      member(ORG_A, 'STAFF'),
      apiKey(ORG_A, ['menus:read']),
      member(ORG_B, 'OWNER'),
      apiKey(ORG_B, ['menus:write']),
    ];
    for (const who of refused) {
      const attempts: [string, Record<string, unknown>][] = [
        [
          CREATE_MENU,
          {
            storeId: STORE,
            input: { idempotencyKey: 'x', name: { en: 'X' }, availability: ALL_DAY },
          },
        ],
        [UPDATE_MENU, { menuId: MENU, input: { name: { en: 'Hacked' } } }],
        [CREATE_CATEGORY, { menuId: MENU, input: { idempotencyKey: 'x', name: { en: 'X' } } }],
        [DELETE_CATEGORY, { menuId: MENU, categoryId: PHO_CATEGORY }],
        [CREATE_ITEM, { menuId: MENU, input: newItem('x') }],
        [UPDATE_ITEM, { itemId: PHO, input: { price: '1' } }],
        [SET_OPTION, { itemId: PHO, optionId: `${PHO}_size_large`, available: false }],
        [DELETE_ITEM, { itemId: PHO }],
        [DELETE_MENU, { menuId: MENU }],
      ];
      for (const [document, variables] of attempts) {
        const result = await query(document, variables, who);
        expect(result.data).toBeNull();
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    const after = await query(
      `{ store(id: "${STORE}") { menus { id name { en } categories { id allItems { id name { en } price { amount } available } } } } }`,
      undefined,
      member(ORG_A, 'OWNER'),
    );
    expect(after).toEqual(before);
  });
});
