import {
  decodeCursor,
  encodeCursor,
  SERVICE_IDENTITY,
  pageSize,
  toPage,
  type Identity,
  type Page,
} from '@dabba/subgraph-kit';
import { z } from 'zod';
import type { Order } from '../domain/order';
import type { OrderFilter, OrderPosition } from '../persistence';
import { mayReadOrder } from './actors';
import type { Deps } from './runtime';

const positionSchema = z.object({ placedAt: z.iso.datetime(), id: z.string().min(1) });

const cursorOf = (order: Order) =>
  encodeCursor({ placedAt: order.placedAt.toISOString(), id: order.id });

function positionOf(after: string | null | undefined): OrderPosition | null {
  if (!after) return null;
  const { placedAt, id } = decodeCursor(after, positionSchema);
  return { placedAt: new Date(placedAt), id };
}

export function makeQueries(deps: Deps) {
  const page = async (
    filter: OrderFilter,
    first: number,
    after?: string | null,
  ): Promise<Page<Order>> => {
    const size = pageSize(first);
    return toPage(await deps.orders.search(filter, positionOf(after), size + 1), size, cursorOf);
  };

  return {
    getOrdersByIds: (ids: readonly string[]) => deps.orders.findByIds(ids),

    /** The order, for whoever plays a part in it; null for anyone else, as for an unknown id. */
    order: async (identity: Identity, order: Order | null): Promise<Order | null> =>
      order && mayReadOrder(identity, order) ? order : null,

    myOrders: (customerId: string, first: number, after?: string | null) =>
      page({ customerId }, first, after),

    searchOrders: (filter: OrderFilter, first: number, after?: string | null) =>
      page(filter, first, after),

    storeOrderQueue: (storeId: string) => deps.orders.openOfStore(storeId),

    /**
     * The organisations running these stores; a store orders has not seen yet is asked of the
     * catalog once and remembered (a store never changes organisation).
     */
    organizationsOfStores: async (storeIds: readonly string[]): Promise<(string | null)[]> => {
      const known = await deps.stores.organizationsOf(storeIds);
      return Promise.all(
        storeIds.map(async (storeId) => {
          if (known.has(storeId)) return known.get(storeId) ?? null;
          const { store } = await deps.catalog.checkout(SERVICE_IDENTITY, {
            storeId,
            lines: [],
            couponCode: null,
            deliverTo: null,
          });
          if (!store) return null;
          await deps.stores.remember(storeId, store.organizationId);
          return store.organizationId;
        }),
      );
    },
  };
}
