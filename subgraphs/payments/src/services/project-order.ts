import type { Transaction } from '@dabba/subgraph-kit';
import type { OrderPlaced } from './order-events';
import type { Deps } from './runtime';

/** Keeps payments' projection of a placed order (orders.order.placed.v1), once per event. */
export type ProjectOrder = (placed: OrderPlaced, tx: Transaction) => Promise<void>;

export function makeProjectOrder(deps: Pick<Deps, 'orders'>): ProjectOrder {
  return async (placed, tx) => {
    await deps.orders.upsert(
      {
        id: placed.orderId,
        customerId: placed.customerId,
        storeId: placed.storeId,
        total: placed.total,
        placedAt: new Date(placed.placedAt),
      },
      tx.session,
    );
  };
}
