import type { Resolvers } from '../__generated__/resolvers-types';
import { isRequired } from '../domain/menu';
import { isOpenAt } from '../domain/opening-hours';

export const menuResolvers: Pick<
  Resolvers,
  | 'Query'
  | 'Store'
  | 'Menu'
  | 'MenuCategory'
  | 'MenuItem'
  | 'ModifierGroup'
  | 'InvalidSelection'
  | 'MenuSelectionLineResult'
> = {
  Query: {
    menuItem: (_parent, { id }, { loaders }) => loaders.menuItemById.load(id),
    validateMenuSelection: (_parent, { storeId, lines, at }, { services }) =>
      services.validateMenuSelection(
        storeId,
        lines.map(({ itemId, quantity, modifiers }) => ({
          itemId,
          quantity,
          modifiers: modifiers ?? [],
        })),
        at ?? new Date(),
      ),
  },
  Store: {
    menus: (store, _args, { loaders }) => loaders.menusByStoreId.load(store.id),
  },
  Menu: {
    availableNow: (menu) => isOpenAt(menu.availability, new Date()),
    categories: (menu) =>
      menu.categories.map((category) => ({ ...category, menuId: menu.id, storeId: menu.storeId })),
  },
  MenuCategory: {
    items: async (category, _args, { loaders }) =>
      (await loaders.menuItemsByMenuId.load(category.menuId)).filter(
        (item) => item.categoryId === category.id && item.available,
      ),
    allItems: async (category, _args, { loaders }) =>
      (await loaders.menuItemsByMenuId.load(category.menuId)).filter(
        (item) => item.categoryId === category.id,
      ),
  },
  MenuItem: {
    __resolveReference: (reference, { loaders }) => loaders.menuItemById.load(reference.id),
    store: async (item, _args, { loaders }) => (await loaders.storeById.load(item.storeId))!,
    rating: (item, _args, { loaders }) =>
      loaders.ratingBySubject.load({ kind: 'MENU_ITEM', id: item.id }),
  },
  ModifierGroup: {
    required: (group) => isRequired(group),
  },
  InvalidSelection: {
    code: () => 'INVALID_SELECTION',
    message: () => 'This line cannot be ordered as chosen',
  },
  MenuSelectionLineResult: {
    __resolveType: (line) => (line.ok ? 'PricedMenuLine' : 'InvalidSelection'),
  },
};
