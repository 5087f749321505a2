import { organizationAccess, type AccessRules, type Identity } from '@dabba/subgraph-kit';
import type { OrdersContext } from './context';
import type { Cart } from './domain/cart';
import type { Quote } from './domain/quote';
import { mayReadOrder } from './services/actors';
import type { Order } from './domain/order';

const userIdOf = (identity: Identity): string | null =>
  identity.kind === 'user' ? identity.userId : null;

/**
 * The orders subgraph's rules beside the kit's. Carts and quotes are their customer's alone;
 * an order is readable by whoever plays a part in it (customer, assigned driver, the store's
 * staff and API keys, support). Mutations on orders are admitted to any signed-in caller or
 * orders:write key: the transition table then decides who may make which move.
 */
export const ordersAccessRules: AccessRules = {
  cartOwner: ({ identity, parent }) => userIdOf(identity) === (parent as Cart).customerId,
  quoteOwner: ({ identity, parent }) => userIdOf(identity) === (parent as Quote).customerId,
  orderReader: ({ identity, parent }) => mayReadOrder(identity, parent as Order),
  /** Queries naming a store with `storeId`: its organisation's members and order API keys. */
  storeStaffOfArgument: organizationAccess<OrdersContext>(
    ({ args, context }) =>
      typeof args.storeId === 'string'
        ? context.loaders.organizationOfStore.load(args.storeId)
        : Promise.resolve(null),
    { roles: ['OWNER', 'MANAGER', 'STAFF'], scopes: ['orders:read', 'orders:write'] },
  ),
};
