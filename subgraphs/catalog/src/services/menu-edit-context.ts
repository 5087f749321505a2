import { NotFoundError, type Transaction, type UnitOfWork } from '@dabba/subgraph-kit';
import type { Menu, MenuItem } from '../domain/menu';
import type { ItemEditError, MenuEditError } from '../domain/menu-edit';
import type { Store } from '../domain/store';
import type { StoreRepository } from '../persistence';
import type { MenuRepository } from '../persistence/menu-repository';

/** What the menu management use cases share. */
export interface MenuEditDeps {
  stores: StoreRepository;
  menus: MenuRepository;
  unitOfWork: UnitOfWork;
  now(): Date;
}

export interface MenuSaved {
  kind: 'MenuSaved';
  menu: Menu;
}

export interface MenuItemSaved {
  kind: 'MenuItemSaved';
  item: MenuItem;
}

export interface MenuEntryDeleted {
  kind: 'MenuEntryDeleted';
  deletedId: string;
  deletedItemIds: string[];
}

export type MenuResult = MenuSaved | MenuEditError;
export type MenuItemResult = MenuItemSaved | ItemEditError;

export async function requireStore(deps: MenuEditDeps, storeId: string): Promise<Store> {
  const [store] = await deps.stores.findByIds([storeId]);
  if (!store) throw new NotFoundError('No such store', { storeId });
  return store;
}

/** The menu and its store, read in the transaction when one is given. */
export async function requireMenu(
  deps: MenuEditDeps,
  menuId: string,
  tx?: Transaction,
): Promise<{ menu: Menu; store: Store }> {
  const [menu] = await deps.menus.findMenusByIds([menuId], tx?.session);
  if (!menu) throw new NotFoundError('No such menu', { menuId });
  return { menu, store: await requireStore(deps, menu.storeId) };
}

export async function requireItem(
  deps: MenuEditDeps,
  itemId: string,
  tx: Transaction,
): Promise<{ item: MenuItem; menu: Menu; store: Store }> {
  const [item] = await deps.menus.findItemsByIds([itemId], tx.session);
  if (!item) throw new NotFoundError('No such menu item', { itemId });
  return { item, ...(await requireMenu(deps, item.menuId, tx)) };
}

/**
 * Tells search and others that menu items changed (or were deleted): in the transaction that
 * changed them. Readers load the current state, so a deleted item's event removes it.
 */
export function publishItemsChanged(
  tx: Transaction,
  store: Pick<Store, 'id' | 'organizationId'>,
  itemIds: readonly string[],
): void {
  for (const itemId of itemIds) {
    tx.publish({
      type: 'catalog.menu_item.changed.v1',
      subject: itemId,
      data: { itemId, storeId: store.id },
      tenant: store.organizationId,
    });
  }
}
