import { BadUserInputError, type UnitOfWork } from '@dabba/subgraph-kit';
import type { Menu, MenuCategory, LocalizedText } from '../domain/menu';
import { buildMenuItem, type MenuItemDraft } from '../domain/menu-item';
import { validateOpeningHours, type OpeningHours } from '../domain/opening-hours';
import type { StoreRepository } from '../persistence';
import type { MenuRepository } from '../persistence/menu-repository';

export interface MenuDraft {
  id: string;
  storeId: string;
  name: LocalizedText;
  availability: OpeningHours;
  categories: MenuCategory[];
  position: number;
  items: Omit<MenuItemDraft, 'storeId' | 'menuId'>[];
  createdAt: Date;
}

/**
 * Validates and stores a whole menu with fixed ids (demo data and tests), replacing one with the
 * same ids; publishes catalog.menu_item.changed.v1 for each item.
 */
export type SaveMenu = (draft: MenuDraft) => Promise<Menu>;

export function makeSaveMenu(
  stores: StoreRepository,
  menus: MenuRepository,
  unitOfWork: UnitOfWork,
): SaveMenu {
  return async (draft) => {
    const [store] = await stores.findByIds([draft.storeId]);
    if (!store) throw new BadUserInputError('No such store', { storeId: draft.storeId });
    const hours = validateOpeningHours(draft.availability);
    if (!hours.ok)
      throw new BadUserInputError('Invalid menu availability', { problems: hours.problems });
    const stamps = { createdAt: draft.createdAt, updatedAt: draft.createdAt };
    const categoryIds = new Set(draft.categories.map((category) => category.id));
    const items = draft.items.map((item) => {
      if (!categoryIds.has(item.categoryId)) {
        throw new BadUserInputError('Unknown category', { itemId: item.id });
      }
      const built = buildMenuItem(
        { ...item, storeId: store.id, menuId: draft.id },
        store.currency,
        stamps,
      );
      if (!built.ok) throw new BadUserInputError(`Invalid item ${item.id}`, { error: built.error });
      return built.item;
    });
    const menu: Menu = {
      id: draft.id,
      storeId: store.id,
      name: draft.name,
      availability: hours.hours,
      categories: [...draft.categories].sort((a, b) => a.position - b.position),
      position: draft.position,
      ...stamps,
    };
    await unitOfWork.run(async (tx) => {
      await menus.saveMenu(menu, items, tx.session);
      for (const item of items) {
        tx.publish({
          type: 'catalog.menu_item.changed.v1',
          subject: item.id,
          data: { itemId: item.id, storeId: store.id },
          tenant: store.organizationId,
        });
      }
    });
    return menu;
  };
}
