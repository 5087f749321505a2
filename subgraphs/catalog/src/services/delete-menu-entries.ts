import { invalidInput, type InvalidInput } from '../domain/store-results';
import {
  publishItemsChanged,
  requireItem,
  requireMenu,
  type MenuEditDeps,
  type MenuEntryDeleted,
} from './menu-edit-context';

export type DeleteResult = MenuEntryDeleted | InvalidInput;

/** Deletes a menu with its categories and items; each item's deletion is published. */
export type DeleteMenu = (menuId: string) => Promise<DeleteResult>;
/** Deletes a category of a menu with its items. */
export type DeleteMenuCategory = (menuId: string, categoryId: string) => Promise<DeleteResult>;
/** Deletes one item. */
export type DeleteMenuItem = (itemId: string) => Promise<DeleteResult>;

export function makeDeleteMenuEntries(deps: MenuEditDeps): {
  deleteMenu: DeleteMenu;
  deleteMenuCategory: DeleteMenuCategory;
  deleteMenuItem: DeleteMenuItem;
} {
  return {
    deleteMenu: (menuId) =>
      deps.unitOfWork.run(async (tx) => {
        const { store } = await requireMenu(deps, menuId, tx);
        const deletedItemIds = await deps.menus.deleteMenu(menuId, tx.session);
        publishItemsChanged(tx, store, deletedItemIds);
        return { kind: 'MenuEntryDeleted', deletedId: menuId, deletedItemIds };
      }),
    deleteMenuCategory: (menuId, categoryId) =>
      deps.unitOfWork.run(async (tx) => {
        const { menu, store } = await requireMenu(deps, menuId, tx);
        if (!menu.categories.some((category) => category.id === categoryId)) {
          return invalidInput('categoryId', 'the menu has no such category');
        }
        const deletedItemIds = await deps.menus.deleteCategoryItems(menuId, categoryId, tx.session);
        await deps.menus.replaceMenu(
          {
            ...menu,
            categories: menu.categories.filter((category) => category.id !== categoryId),
            updatedAt: deps.now(),
          },
          tx.session,
        );
        publishItemsChanged(tx, store, deletedItemIds);
        return { kind: 'MenuEntryDeleted', deletedId: categoryId, deletedItemIds };
      }),
    deleteMenuItem: (itemId) =>
      deps.unitOfWork.run(async (tx) => {
        const { store } = await requireItem(deps, itemId, tx);
        await deps.menus.deleteItem(itemId, tx.session);
        publishItemsChanged(tx, store, [itemId]);
        return { kind: 'MenuEntryDeleted', deletedId: itemId, deletedItemIds: [itemId] };
      }),
  };
}
