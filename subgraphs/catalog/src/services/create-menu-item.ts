import { ConflictError } from '@dabba/subgraph-kit';
import type { LocalizedText, MenuItem } from '../domain/menu';
import {
  checkIdempotencyKey,
  checkItemPosition,
  idFromIdempotencyKey,
  modifierDrafts,
  nextPosition,
  type ModifierGroupInput,
} from '../domain/menu-edit';
import { buildMenuItem } from '../domain/menu-item';
import { invalidInput } from '../domain/store-results';
import {
  publishItemsChanged,
  requireMenu,
  type MenuEditDeps,
  type MenuItemResult,
} from './menu-edit-context';

/** An item as the partner describes it: prices as decimal strings in the store's currency. */
export interface MenuItemFields {
  categoryId: string;
  name: LocalizedText;
  description: LocalizedText | null;
  imageUrls: string[];
  price: string;
  available: boolean;
  dietaryTags: string[];
  allergens: string[];
  modifierGroups: ModifierGroupInput[];
  position?: number | null;
}

/**
 * A partner adds an item to a category of a menu; publishes catalog.menu_item.changed.v1 in the
 * same transaction. A retry with the same key returns the first item.
 */
export type CreateMenuItem = (
  menuId: string,
  input: MenuItemFields & { idempotencyKey: string },
) => Promise<MenuItemResult>;

export function makeCreateMenuItem(deps: MenuEditDeps): CreateMenuItem {
  return async (menuId, { idempotencyKey, position, modifierGroups, ...fields }) => {
    const key = checkIdempotencyKey(idempotencyKey);
    if (typeof key !== 'string') return key;
    const id = idFromIdempotencyKey('itm', menuId, key);
    const [replayed] = await deps.menus.findItemsByIds([id]);
    if (replayed) return { kind: 'MenuItemSaved', item: replayed };

    const { menu, store } = await requireMenu(deps, menuId);
    if (!menu.categories.some((category) => category.id === fields.categoryId)) {
      return invalidInput('categoryId', 'the menu has no such category');
    }
    const groups = modifierDrafts(null, modifierGroups);
    if (!groups.ok) return groups.error;
    const siblings = (await deps.menus.findItemsByMenuIds([menu.id])).filter(
      (item) => item.categoryId === fields.categoryId,
    );
    const at = position ?? nextPosition(siblings);
    const badPosition = checkItemPosition(at);
    if (badPosition) return badPosition;
    const now = deps.now();
    const built = buildMenuItem(
      {
        ...fields,
        id,
        storeId: store.id,
        menuId: menu.id,
        modifierGroups: groups.value,
        position: at,
      },
      store.currency,
      { createdAt: now, updatedAt: now },
    );
    if (!built.ok) return built.error;
    const item: MenuItem = built.item;
    try {
      await deps.unitOfWork.run(async (tx) => {
        await deps.menus.insertItem(item, tx.session);
        publishItemsChanged(tx, store, [item.id]);
      });
      return { kind: 'MenuItemSaved', item };
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // The same key raced us: answer with what it created.
      const [created] = await deps.menus.findItemsByIds([id]);
      if (!created) throw error;
      return { kind: 'MenuItemSaved', item: created };
    }
  };
}
