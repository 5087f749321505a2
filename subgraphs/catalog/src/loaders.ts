import { alignByKey, groupByKey, type Page } from '@dabba/subgraph-kit';
import DataLoader from 'dataloader';
import { subjectKeyString, type Rating, type SubjectKey } from './domain/rating';
import type { Menu, MenuItem } from './domain/menu';
import type { Store } from './domain/store';
import { createProductLoaders, type ProductLoaders } from './product-loaders';
import type { CatalogServices } from './services';

/** One page of one organisation's stores. */
export interface OrganizationStoresKey {
  organizationId: string;
  first: number;
  after: string | null;
}

export interface CatalogLoaders extends ProductLoaders {
  storeById: DataLoader<string, Store | null>;
  /**
   * Pages of organisations' stores. Each distinct page is one indexed query; the loader only
   * removes repeats within a request.
   */
  organizationStores: DataLoader<OrganizationStoresKey, Page<Store>, string>;
  /** The ratings of stores, menu items and products; zero counts for unrated ones. */
  ratingBySubject: DataLoader<SubjectKey, Rating, string>;
  menuItemById: DataLoader<string, MenuItem | null>;
  menuById: DataLoader<string, Menu | null>;
  /** A store's menus, in order. */
  menusByStoreId: DataLoader<string, Menu[]>;
  /** A menu's items, in order. */
  menuItemsByMenuId: DataLoader<string, MenuItem[]>;
}

export function createCatalogLoaders(services: CatalogServices): CatalogLoaders {
  return {
    ...createProductLoaders(services),
    storeById: new DataLoader(async (ids) =>
      alignByKey(ids, await services.getStoresByIds(ids), (store) => store.id),
    ),
    organizationStores: new DataLoader(
      (keys) => Promise.all(keys.map((key) => services.listStores(key))),
      { cacheKeyFn: (key) => JSON.stringify([key.organizationId, key.first, key.after]) },
    ),
    ratingBySubject: new DataLoader((subjects) => services.getRatings(subjects), {
      cacheKeyFn: subjectKeyString,
    }),
    menuItemById: new DataLoader(async (ids) =>
      alignByKey(ids, await services.getMenuItemsByIds(ids), (item) => item.id),
    ),
    menuById: new DataLoader(async (ids) =>
      alignByKey(ids, await services.getMenusByIds(ids), (menu) => menu.id),
    ),
    menusByStoreId: new DataLoader(async (storeIds) =>
      groupByKey(storeIds, await services.getMenusByStoreIds(storeIds), (menu) => menu.storeId),
    ),
    menuItemsByMenuId: new DataLoader(async (menuIds) =>
      groupByKey(menuIds, await services.getMenuItemsByMenuIds(menuIds), (item) => item.menuId),
    ),
  };
}
