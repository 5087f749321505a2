import { alignByKey } from '@dabba/subgraph-kit';
import DataLoader from 'dataloader';
import type { Order } from './domain/order';
import type { OrdersServices } from './services';

export interface OrdersLoaders {
  orderById: DataLoader<string, Order | null>;
  /** The organisation running each store (its staff's), null for a store the catalog lacks. */
  organizationOfStore: DataLoader<string, string | null>;
}

export function createOrdersLoaders(services: OrdersServices): OrdersLoaders {
  return {
    orderById: new DataLoader(async (ids) =>
      alignByKey(ids, await services.getOrdersByIds(ids), (order) => order.id),
    ),
    organizationOfStore: new DataLoader((storeIds) => services.organizationsOfStores(storeIds)),
  };
}
