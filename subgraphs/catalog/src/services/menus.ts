import type { UnitOfWork } from '@dabba/subgraph-kit';
import type { StoreRepository } from '../persistence';
import type { MenuRepository } from '../persistence/menu-repository';
import { makeGetMenuItemsByIds, type GetMenuItemsByIds } from './get-menu-items-by-ids';
import {
  makeGetMenus,
  type GetMenuItemsByMenuIds,
  type GetMenusByIds,
  type GetMenusByStoreIds,
} from './get-menus';
import { createMenuManagementServices, type MenuManagementServices } from './menu-management';
import { makeSaveMenu, type SaveMenu } from './save-menu';
import { makeValidateMenuSelection, type ValidateMenuSelection } from './validate-menu-selection';

export interface MenuServices extends MenuManagementServices {
  getMenuItemsByIds: GetMenuItemsByIds;
  getMenusByStoreIds: GetMenusByStoreIds;
  getMenusByIds: GetMenusByIds;
  getMenuItemsByMenuIds: GetMenuItemsByMenuIds;
  validateMenuSelection: ValidateMenuSelection;
  saveMenu: SaveMenu;
}

export function createMenuServices(
  stores: StoreRepository,
  menus: MenuRepository,
  unitOfWork: UnitOfWork,
): MenuServices {
  return {
    getMenuItemsByIds: makeGetMenuItemsByIds(menus),
    ...makeGetMenus(menus),
    validateMenuSelection: makeValidateMenuSelection(menus),
    saveMenu: makeSaveMenu(stores, menus, unitOfWork),
    ...createMenuManagementServices(stores, menus, unitOfWork),
  };
}
