import type { ClientSession, Connection, Model } from 'mongoose';
import type { Menu, MenuItem } from '../domain/menu';
import { menuItemModel, menuModel, type MenuDocument, type MenuItemDocument } from './menu-model';

const MENU_ORDER = { storeId: 1, position: 1, _id: 1 } as const;
const ITEM_ORDER = { menuId: 1, position: 1, _id: 1 } as const;

function menuToDomain({ _id, ...fields }: MenuDocument): Menu {
  return { id: _id, ...fields };
}

function itemToDomain({ _id, ...fields }: MenuItemDocument): MenuItem {
  return { id: _id, ...fields, description: fields.description ?? null };
}

/** Menus (with their ordered categories) and menu items (with their modifier groups). */
export class MenuRepository {
  private readonly menus: Model<MenuDocument>;
  private readonly items: Model<MenuItemDocument>;

  constructor(db: Connection) {
    this.menus = menuModel(db);
    this.items = menuItemModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.menus.createCollection();
    await this.menus.syncIndexes();
    await this.items.createCollection();
    await this.items.syncIndexes();
  }

  /** Every menu of these stores, by store then position. */
  async findMenusByStoreIds(storeIds: readonly string[]): Promise<Menu[]> {
    const docs = await this.menus
      .find({ storeId: { $in: storeIds } })
      .sort(MENU_ORDER)
      .lean<MenuDocument[]>();
    return docs.map(menuToDomain);
  }

  async findMenusByIds(ids: readonly string[]): Promise<Menu[]> {
    const docs = await this.menus.find({ _id: { $in: ids } }).lean<MenuDocument[]>();
    return docs.map(menuToDomain);
  }

  async findItemsByIds(ids: readonly string[]): Promise<MenuItem[]> {
    const docs = await this.items.find({ _id: { $in: ids } }).lean<MenuItemDocument[]>();
    return docs.map(itemToDomain);
  }

  /** Every item of these menus, by menu then position. */
  async findItemsByMenuIds(menuIds: readonly string[]): Promise<MenuItem[]> {
    const docs = await this.items
      .find({ menuId: { $in: menuIds } })
      .sort(ITEM_ORDER)
      .lean<MenuItemDocument[]>();
    return docs.map(itemToDomain);
  }

  /** Inserts or replaces a menu and its items in one bulk write each. */
  async saveMenu(menu: Menu, items: readonly MenuItem[], session?: ClientSession): Promise<void> {
    const { id, ...fields } = menu;
    await this.menus.replaceOne({ _id: id }, fields, { upsert: true, session });
    if (items.length === 0) return;
    await this.items.bulkWrite(
      items.map(({ id: itemId, ...item }) => ({
        replaceOne: {
          filter: { _id: itemId },
          replacement: { _id: itemId, ...item },
          upsert: true,
        },
      })),
      { session, ordered: true, throwOnValidationError: true },
    );
  }
}
