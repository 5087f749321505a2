import type { Menu, MenuItem } from '../domain/menu';
import type { MenuRepository } from '../persistence/menu-repository';

/** Every menu of these stores, by position: one query for a whole DataLoader batch. */
export type GetMenusByStoreIds = (storeIds: readonly string[]) => Promise<Menu[]>;
/** Every item of these menus, by position. */
export type GetMenuItemsByMenuIds = (menuIds: readonly string[]) => Promise<MenuItem[]>;
export type GetMenusByIds = (ids: readonly string[]) => Promise<Menu[]>;

export function makeGetMenus(menus: MenuRepository): {
  getMenusByStoreIds: GetMenusByStoreIds;
  getMenusByIds: GetMenusByIds;
  getMenuItemsByMenuIds: GetMenuItemsByMenuIds;
} {
  const unlessEmpty =
    <T>(find: (keys: readonly string[]) => Promise<T[]>) =>
    (keys: readonly string[]) =>
      keys.length === 0 ? Promise.resolve([]) : find(keys);
  return {
    getMenusByStoreIds: unlessEmpty((ids) => menus.findMenusByStoreIds(ids)),
    getMenusByIds: unlessEmpty((ids) => menus.findMenusByIds(ids)),
    getMenuItemsByMenuIds: unlessEmpty((ids) => menus.findItemsByMenuIds(ids)),
  };
}
