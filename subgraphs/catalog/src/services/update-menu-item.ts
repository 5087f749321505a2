import { NotFoundError } from '@dabba/subgraph-kit';
import type { MenuItem } from '../domain/menu';
import { checkItemPosition, draftOf, modifierDrafts } from '../domain/menu-edit';
import { buildMenuItem } from '../domain/menu-item';
import { invalidInput } from '../domain/store-results';
import type { MenuItemFields } from './create-menu-item';
import {
  publishItemsChanged,
  requireItem,
  type MenuEditDeps,
  type MenuItemResult,
} from './menu-edit-context';

/**
 * A partner changes an item: any of its fields, its availability, or its modifier groups (given
 * whole). Omitted fields stay. Publishes catalog.menu_item.changed.v1 in the same transaction.
 */
export type UpdateMenuItem = (
  itemId: string,
  changes: Partial<MenuItemFields>,
) => Promise<MenuItemResult>;

/** Switches one option of one of the item's modifier groups on or off. */
export type SetModifierOptionAvailability = (
  itemId: string,
  optionId: string,
  available: boolean,
) => Promise<MenuItemResult>;

/** The changes the partner gave: a field left out (undefined) keeps its value. */
const definedOnly = <T extends object>(changes: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as Partial<T>;

export function makeUpdateMenuItem(deps: MenuEditDeps): {
  updateMenuItem: UpdateMenuItem;
  setModifierOptionAvailability: SetModifierOptionAvailability;
} {
  const save = (itemId: string, change: (item: MenuItem) => MenuItemResult | MenuItem) =>
    deps.unitOfWork.run(async (tx): Promise<MenuItemResult> => {
      const { item, store } = await requireItem(deps, itemId, tx);
      const changed = change(item);
      if ('kind' in changed) return changed;
      await deps.menus.replaceItem(changed, tx.session);
      publishItemsChanged(tx, store, [changed.id]);
      return { kind: 'MenuItemSaved', item: changed };
    });

  return {
    updateMenuItem: async (itemId, { modifierGroups, position, ...changes }) => {
      const [current] = await deps.menus.findItemsByIds([itemId]);
      const [menu] = current ? await deps.menus.findMenusByIds([current.menuId]) : [];
      const [store] = current ? await deps.stores.findByIds([current.storeId]) : [];
      if (!current || !menu || !store) throw new NotFoundError('No such menu item', { itemId });
      if (
        changes.categoryId !== undefined &&
        !menu.categories.some((category) => category.id === changes.categoryId)
      ) {
        return invalidInput('categoryId', 'the menu has no such category');
      }
      if (position != null) {
        const badPosition = checkItemPosition(position);
        if (badPosition) return badPosition;
      }
      return save(itemId, (item) => {
        const groups = modifierGroups ? modifierDrafts(item, modifierGroups) : null;
        if (groups && !groups.ok) return groups.error;
        const built = buildMenuItem(
          {
            ...draftOf(item),
            ...definedOnly(changes),
            ...(groups ? { modifierGroups: groups.value } : {}),
            position: position ?? item.position,
          },
          store.currency,
          { createdAt: item.createdAt, updatedAt: deps.now() },
        );
        return built.ok ? built.item : built.error;
      });
    },
    setModifierOptionAvailability: (itemId, optionId, available) =>
      save(itemId, (item) => {
        if (!item.modifierGroups.some((group) => group.options.some((o) => o.id === optionId))) {
          return invalidInput('optionId', 'the item has no such modifier option');
        }
        return {
          ...item,
          modifierGroups: item.modifierGroups.map((group) => ({
            ...group,
            options: group.options.map((option) =>
              option.id === optionId ? { ...option, available } : option,
            ),
          })),
          updatedAt: deps.now(),
        };
      }),
  };
}
