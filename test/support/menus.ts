import { randomUUID } from 'node:crypto';
import { DEMO_ORGANIZATION_IDS, DEMO_USER_IDS } from '@dabba/subgraph-kit';
import { ALWAYS_OPEN, createOpenStore, expectTypename, graphql, type Result } from './orders';
import { accessTokenFor } from './platform';

/**
 * A restaurant for the orders suites: the demo partner Minh's 24/7 store with an all-day menu of
 * one item with modifier groups. Import it beside ./orders.
 */

/** Cơm tấm at 55,000 VND: Size (exactly one) and Extras (up to two), with their deltas. */
export const BASE_PRICE = 55_000;
export const SIZES = { regular: 0, large: 15_000 };
export const EXTRAS = { egg: 8_000, porkChop: 25_000, pickles: 0 };

export interface Restaurant {
  storeId: string;
  itemId: string;
  sizeGroupId: string;
  extrasGroupId: string;
  /** The option ids by the keys of SIZES and EXTRAS. */
  options: Record<string, string>;
}

const MENU_ID = `... on MenuPayload { menu { id categories { id } } }`;
const CATALOG_ERROR = `... on CatalogError { code message }`;
const CREATE_MENU = `mutation ($storeId: ID!, $input: CreateMenuInput!) {
  createMenu(storeId: $storeId, input: $input) { __typename ${MENU_ID} ${CATALOG_ERROR} }
}`;
const CREATE_CATEGORY = `mutation ($menuId: ID!, $input: CreateMenuCategoryInput!) {
  createMenuCategory(menuId: $menuId, input: $input) { __typename ${MENU_ID} ${CATALOG_ERROR} }
}`;
const CREATE_ITEM = `mutation ($menuId: ID!, $input: CreateMenuItemInput!) {
  createMenuItem(menuId: $menuId, input: $input) {
    __typename
    ... on MenuItemPayload { item { id modifierGroups { id options { id name { en } } } } }
    ${CATALOG_ERROR}
  }
}`;

type MenuResult = Result<{ menu: { id: string; categories: { id: string }[] } }>;
type ItemResult = Result<{
  item: {
    id: string;
    modifierGroups: { id: string; options: { id: string; name: { en: string } }[] }[];
  };
}>;

const key = (what: string) => `e2e-${what}-${randomUUID()}`;
const options = (deltas: Record<string, number>) =>
  Object.entries(deltas).map(([name, delta]) => ({
    name: { en: name },
    priceDelta: String(delta),
  }));

/** A new 24/7 restaurant of Minh Kitchens with an all-day menu of one item with modifiers. */
export async function createRestaurant(
  url: string,
  minh: Record<string, string>,
): Promise<Restaurant> {
  const storeId = await createOpenStore(url, minh, {
    organizationId: DEMO_ORGANIZATION_IDS.minhKitchens,
    kind: 'RESTAURANT',
    name: 'Minh 24/7',
  });
  const { createMenu } = await graphql<{ createMenu: MenuResult }>(url, minh, CREATE_MENU, {
    storeId,
    input: { idempotencyKey: key('menu'), name: { en: 'All day' }, availability: ALWAYS_OPEN },
  });
  expectTypename(createMenu, 'MenuPayload', 'createMenu');
  const menuId = createMenu.menu.id;
  const { createMenuCategory } = await graphql<{ createMenuCategory: MenuResult }>(
    url,
    minh,
    CREATE_CATEGORY,
    { menuId, input: { idempotencyKey: key('category'), name: { en: 'Rice' } } },
  );
  expectTypename(createMenuCategory, 'MenuPayload', 'createMenuCategory');
  const { createMenuItem } = await graphql<{ createMenuItem: ItemResult }>(url, minh, CREATE_ITEM, {
    menuId,
    input: {
      idempotencyKey: key('item'),
      categoryId: createMenuCategory.menu.categories[0]!.id,
      name: { en: 'Cơm tấm' },
      price: String(BASE_PRICE),
      modifierGroups: [
        { name: { en: 'Size' }, minSelections: 1, maxSelections: 1, options: options(SIZES) },
        { name: { en: 'Extras' }, minSelections: 0, maxSelections: 2, options: options(EXTRAS) },
      ],
    },
  });
  expectTypename(createMenuItem, 'MenuItemPayload', 'createMenuItem');
  const [size, extras] = createMenuItem.item.modifierGroups;
  return {
    storeId,
    itemId: createMenuItem.item.id,
    sizeGroupId: size!.id,
    extrasGroupId: extras!.id,
    options: Object.fromEntries(
      [...size!.options, ...extras!.options].map((option) => [option.name.en, option.id]),
    ),
  };
}

/** The modifiers of a selection at the restaurant: the size and any extras, by their keys. */
export const choose = (restaurant: Restaurant, size: string | null, ...extras: string[]) => [
  ...(size ? [{ groupId: restaurant.sizeGroupId, optionId: restaurant.options[size]! }] : []),
  ...extras.map((extra) => ({
    groupId: restaurant.extrasGroupId,
    optionId: restaurant.options[extra]!,
  })),
];

/** Authorization headers of Minh, OWNER of Minh Kitchens. */
export async function restaurateur(): Promise<Record<string, string>> {
  const token = await accessTokenFor(DEMO_USER_IDS.partner, {
    orgs: [{ organizationId: DEMO_ORGANIZATION_IDS.minhKitchens, role: 'OWNER' }],
  });
  return { authorization: `Bearer ${token}` };
}
