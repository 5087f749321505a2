import { organizationAccess, type AccessRules, type OrganizationRole } from '@dabba/subgraph-kit';
import type { CatalogContext } from '../context';

/**
 * Who may change or read a store's restricted data: members of the organisation that owns it,
 * and that organisation's API keys. The organisation comes from the arguments or the parent,
 * through the request's loaders, so a rule never trusts an organisation id the caller names for
 * anything but creating a store in it.
 */
const MANAGE = {
  roles: ['OWNER', 'MANAGER'] as OrganizationRole[],
  scopes: ['menus:write'],
};
const READ = {
  roles: ['OWNER', 'MANAGER', 'STAFF'] as OrganizationRole[],
  scopes: ['menus:read', 'menus:write'],
};

type Args = Record<string, unknown>;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

async function organizationOfStore(context: CatalogContext, storeId: string | null) {
  if (!storeId) return null;
  return (await context.loaders.storeById.load(storeId))?.organizationId ?? null;
}

export const storeAccessRules: AccessRules = {
  /** createStore: managers of the organisation named in the input. */
  organizationManager: organizationAccess(
    ({ args }) => text((args.input as Args | undefined)?.organizationId),
    MANAGE,
  ),
  /** Operations on a store named by `storeId`. */
  storeManager: organizationAccess<CatalogContext>(
    ({ args, context }) => organizationOfStore(context, text(args.storeId)),
    MANAGE,
  ),
  /** Fields of an object carrying `storeId` (menus, categories) that only the store's team sees. */
  storeReader: organizationAccess<CatalogContext>(
    ({ parent, context }) => organizationOfStore(context, text((parent as Args).storeId)),
    READ,
  ),
};
