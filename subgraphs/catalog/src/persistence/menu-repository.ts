import { ConflictError } from '@dabba/subgraph-kit';
import type { ClientSession, Connection, Model } from 'mongoose';
import type { Menu, MenuItem } from '../domain/menu';
import { menuItemModel, menuModel, type MenuDocument, type MenuItemDocument } from './menu-model';

const MENU_ORDER = { storeId: 1, position: 1, _id: 1 } as const;
const ITEM_ORDER = { menuId: 1, position: 1, _id: 1 } as const;
const DUPLICATE_KEY = 11000;

const isDuplicateKey = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: unknown }).code === DUPLICATE_KEY;

/** Runs an insert, turning a taken id into a ConflictError. */
async function inserting(what: string, insert: () => Promise<unknown>): Promise<void> {
  try {
    await insert();
  } catch (error) {
    if (isDuplicateKey(error)) throw new ConflictError(`${what} id taken`);
    throw error;
  }
}

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

  async findMenusByIds(ids: readonly string[], session?: ClientSession): Promise<Menu[]> {
    const docs = await this.menus
      .find({ _id: { $in: ids } }, null, { session })
      .lean<MenuDocument[]>();
    return docs.map(menuToDomain);
  }

  async findItemsByIds(ids: readonly string[], session?: ClientSession): Promise<MenuItem[]> {
    const docs = await this.items
      .find({ _id: { $in: ids } }, null, { session })
      .lean<MenuItemDocument[]>();
    return docs.map(itemToDomain);
  }

  /** Every item of a store, by menu then position. */
  async findItemsByStoreId(storeId: string): Promise<MenuItem[]> {
    const docs = await this.items.find({ storeId }).sort(ITEM_ORDER).lean<MenuItemDocument[]>();
    return docs.map(itemToDomain);
  }

  /** Every item, in batches by id (for rebuilding the search index). */
  async *streamAllItems(batchSize = 1000): AsyncGenerator<MenuItem[]> {
    let after: string | null = null;
    for (;;) {
      const docs: MenuItemDocument[] = await this.items
        .find(after === null ? {} : { _id: { $gt: after } })
        .sort({ _id: 1 })
        .limit(batchSize)
        .lean<MenuItemDocument[]>();
      if (docs.length === 0) return;
      yield docs.map(itemToDomain);
      after = docs.at(-1)!._id;
    }
  }

  /** Inserts a new menu; a taken id (a concurrent retry) is a ConflictError. */
  async insertMenu(menu: Menu, session?: ClientSession): Promise<void> {
    const { id, ...fields } = menu;
    await inserting('Menu', () => this.menus.insertMany([{ _id: id, ...fields }], { session }));
  }

  /** Writes a changed menu (its categories included) over the stored one. */
  async replaceMenu(menu: Menu, session?: ClientSession): Promise<void> {
    const { id, ...fields } = menu;
    await this.menus.replaceOne({ _id: id }, fields, { session });
  }

  /** Deletes a menu and its items; returns the ids of the items removed. */
  async deleteMenu(menuId: string, session?: ClientSession): Promise<string[]> {
    const itemIds = await this.itemIdsWhere({ menuId }, session);
    await this.items.deleteMany({ menuId }, { session });
    await this.menus.deleteOne({ _id: menuId }, { session });
    return itemIds;
  }

  /** Deletes the items of one category of a menu; returns their ids. */
  async deleteCategoryItems(
    menuId: string,
    categoryId: string,
    session?: ClientSession,
  ): Promise<string[]> {
    const itemIds = await this.itemIdsWhere({ menuId, categoryId }, session);
    await this.items.deleteMany({ menuId, categoryId }, { session });
    return itemIds;
  }

  /** Inserts a new item; a taken id (a concurrent retry) is a ConflictError. */
  async insertItem(item: MenuItem, session?: ClientSession): Promise<void> {
    const { id, ...fields } = item;
    await inserting('Menu item', () =>
      this.items.insertMany([{ _id: id, ...fields }], { session }),
    );
  }

  /** Writes a changed item over the stored one. */
  async replaceItem(item: MenuItem, session?: ClientSession): Promise<void> {
    const { id, ...fields } = item;
    await this.items.replaceOne({ _id: id }, fields, { session });
  }

  async deleteItem(itemId: string, session?: ClientSession): Promise<void> {
    await this.items.deleteOne({ _id: itemId }, { session });
  }

  private async itemIdsWhere(
    filter: { menuId: string; categoryId?: string },
    session?: ClientSession,
  ): Promise<string[]> {
    const docs = await this.items
      .find(filter, { _id: 1 }, { session })
      .sort({ _id: 1 })
      .lean<{ _id: string }[]>();
    return docs.map((doc) => doc._id);
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
