import type { MenuItem } from '../domain/menu';
import type { MenuRepository } from '../persistence/menu-repository';

/** Batch lookup of menu items (for the MenuItem entity, basket pricing and orders), in any order. */
export type GetMenuItemsByIds = (ids: readonly string[]) => Promise<MenuItem[]>;

export function makeGetMenuItemsByIds(menus: MenuRepository): GetMenuItemsByIds {
  return (ids) => (ids.length === 0 ? Promise.resolve([]) : menus.findItemsByIds(ids));
}
