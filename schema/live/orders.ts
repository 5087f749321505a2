import { defineLiveFields, type LiveTrigger } from './define';

type OrderEventType =
  | 'orders.order.placed.v1'
  | 'orders.order.confirmed.v1'
  | 'orders.order.accepted.v1'
  | 'orders.order.preparing.v1'
  | 'orders.order.ready_for_pickup.v1'
  | 'orders.order.driver_assigned.v1'
  | 'orders.order.picked_up.v1'
  | 'orders.order.substitution_proposed.v1'
  | 'orders.order.substitution_resolved.v1'
  | 'orders.order.delivered.v1'
  | 'orders.order.cancelled.v1'
  | 'orders.order.rejected.v1'
  | 'orders.order.failed.v1';

/** Events after which an order never changes again. */
const ENDINGS: ReadonlySet<OrderEventType> = new Set([
  'orders.order.delivered.v1',
  'orders.order.cancelled.v1',
  'orders.order.rejected.v1',
  'orders.order.failed.v1',
]);

const ALL: readonly OrderEventType[] = [
  'orders.order.placed.v1',
  'orders.order.confirmed.v1',
  'orders.order.accepted.v1',
  'orders.order.preparing.v1',
  'orders.order.ready_for_pickup.v1',
  'orders.order.driver_assigned.v1',
  'orders.order.picked_up.v1',
  'orders.order.substitution_proposed.v1',
  'orders.order.substitution_resolved.v1',
  ...ENDINGS,
];

/** Every order event, keyed by `key`; `ending` says whether the ending events complete. */
function triggers(
  key: (data: { orderId: string; storeId: string }) => string,
  ending: boolean,
): { [T in OrderEventType]: LiveTrigger<T> } {
  return Object.fromEntries(
    ALL.map((type) => [type, ending && ENDINGS.has(type) ? { key, ends: () => true } : { key }]),
  ) as unknown as { [T in OrderEventType]: LiveTrigger<T> };
}

export const ordersLiveFields = defineLiveFields({
  /**
   * An order after each of its changes, for whoever may read it (its customer, the store's staff,
   * its driver, support). Completes when it is delivered, cancelled, rejected or failed.
   */
  orderStatusChanged: {
    subgraph: 'orders',
    argument: 'orderId',
    resolveWith: { field: 'order', argument: 'id' },
    triggers: triggers((data) => data.orderId, true),
  },
  /**
   * A store's open orders after any change to one of its orders, for its staff and support. A
   * store's queue never ends.
   */
  storeOrderQueue: {
    subgraph: 'orders',
    argument: 'storeId',
    resolveWith: { field: 'storeOrderQueue', argument: 'storeId' },
    triggers: triggers((data) => data.storeId, false),
  },
});
