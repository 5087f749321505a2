import { organizationAccess, type AccessRules, type OrganizationRole } from '@dabba/subgraph-kit';
import type { CatalogContext } from '../context';

/**
 * Who may change a menu, its categories and items: members of the organisation that owns the
 * store (OWNER, MANAGER) and its API keys with menus:write. The organisation is found from the
 * menu or item the arguments name, through the request's loaders; an unknown id admits nobody.
 */
const MANAGE = { roles: ['OWNER', 'MANAGER'] as OrganizationRole[], scopes: ['menus:write'] };

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

async function organizationOfStore(context: CatalogContext, storeId: string | undefined) {
  if (!storeId) return null;
  return (await context.loaders.storeById.load(storeId))?.organizationId ?? null;
}

export const menuAccessRules: AccessRules = {
  /** Operations on the menu named by `menuId`. */
  menuManager: organizationAccess<CatalogContext>(async ({ args, context }) => {
    const menuId = text(args.menuId);
    const menu = menuId ? await context.loaders.menuById.load(menuId) : null;
    return organizationOfStore(context, menu?.storeId);
  }, MANAGE),
  /** Operations on the menu item named by `itemId`. */
  menuItemManager: organizationAccess<CatalogContext>(async ({ args, context }) => {
    const itemId = text(args.itemId);
    const item = itemId ? await context.loaders.menuItemById.load(itemId) : null;
    return organizationOfStore(context, item?.storeId);
  }, MANAGE),
};
