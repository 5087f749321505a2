import { organizationAccess, type AccessRules, type OrganizationRole } from '@dabba/subgraph-kit';
import type { CatalogContext } from '../context';

/**
 * Who may manage a store's products, stock and promotions, or read their restricted fields:
 * members of the organisation that owns the store, and that organisation's API keys. The store,
 * and so the organisation, is found from the arguments or the parent through the request's
 * loaders, never from an organisation id the caller names.
 */
const MANAGE = { roles: ['OWNER', 'MANAGER'] as OrganizationRole[], scopes: ['menus:write'] };
const READ = {
  roles: ['OWNER', 'MANAGER', 'STAFF'] as OrganizationRole[],
  scopes: ['menus:read', 'menus:write'],
};

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

async function organizationOfStore(context: CatalogContext, storeId: string | null) {
  if (!storeId) return null;
  return (await context.loaders.storeById.load(storeId))?.organizationId ?? null;
}

export const productAccessRules: AccessRules = {
  /** Operations naming the store with a `storeId` argument. */
  productStoreManager: organizationAccess<CatalogContext>(
    ({ args, context }) => organizationOfStore(context, text(args.storeId)),
    MANAGE,
  ),
  /** Operations on the product named by `productId`. */
  productManager: organizationAccess<CatalogContext>(async ({ args, context }) => {
    const productId = text(args.productId);
    const product = productId ? await context.loaders.productById.load(productId) : null;
    return organizationOfStore(context, product?.storeId ?? null);
  }, MANAGE),
  /** Operations on the promotion named by `promotionId`. */
  promotionManager: organizationAccess<CatalogContext>(async ({ args, context }) => {
    const promotionId = text(args.promotionId);
    const promotion = promotionId ? await context.loaders.promotionById.load(promotionId) : null;
    return organizationOfStore(context, promotion?.storeId ?? null);
  }, MANAGE),
  /** Restricted fields of a product or promotion (its parent carries `storeId`). */
  productStoreReader: organizationAccess<CatalogContext>(
    ({ parent, context }) =>
      organizationOfStore(context, text((parent as { storeId?: unknown }).storeId)),
    READ,
  ),
  /** Dabba's own services (e.g. orders reserving stock at checkout), never end users. */
  internalService: ({ identity }) => identity.kind === 'service',
};
