import type { UnitOfWork } from '@dabba/subgraph-kit';
import type { StoreRepository } from '../persistence';
import type { MenuRepository } from '../persistence/menu-repository';
import { makeCreateMenu, type CreateMenu } from './create-menu';
import { makeCreateMenuItem, type CreateMenuItem } from './create-menu-item';
import {
  makeDeleteMenuEntries,
  type DeleteMenu,
  type DeleteMenuCategory,
  type DeleteMenuItem,
} from './delete-menu-entries';
import {
  makeCreateMenuCategory,
  makeUpdateMenuCategory,
  type CreateMenuCategory,
  type UpdateMenuCategory,
} from './menu-categories';
import { makeUpdateMenu, type UpdateMenu } from './update-menu';
import {
  makeUpdateMenuItem,
  type SetModifierOptionAvailability,
  type UpdateMenuItem,
} from './update-menu-item';

/** The partner use cases over menus, categories, items and modifiers. */
export interface MenuManagementServices {
  createMenu: CreateMenu;
  updateMenu: UpdateMenu;
  deleteMenu: DeleteMenu;
  createMenuCategory: CreateMenuCategory;
  updateMenuCategory: UpdateMenuCategory;
  deleteMenuCategory: DeleteMenuCategory;
  createMenuItem: CreateMenuItem;
  updateMenuItem: UpdateMenuItem;
  setModifierOptionAvailability: SetModifierOptionAvailability;
  deleteMenuItem: DeleteMenuItem;
}

export function createMenuManagementServices(
  stores: StoreRepository,
  menus: MenuRepository,
  unitOfWork: UnitOfWork,
): MenuManagementServices {
  const deps = { stores, menus, unitOfWork, now: () => new Date() };
  return {
    createMenu: makeCreateMenu(deps),
    updateMenu: makeUpdateMenu(deps),
    createMenuCategory: makeCreateMenuCategory(deps),
    updateMenuCategory: makeUpdateMenuCategory(deps),
    createMenuItem: makeCreateMenuItem(deps),
    ...makeUpdateMenuItem(deps),
    ...makeDeleteMenuEntries(deps),
  };
}
