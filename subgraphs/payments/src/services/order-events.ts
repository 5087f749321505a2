import type { DabbaEventCatalog, EventData } from '@dabba/schema/events';

/** The data of the orders events payments consumes, as the kit validated it. */
export type OrderPlaced = EventData<DabbaEventCatalog, 'orders.order.placed.v1'>;
export type OrderDelivered = EventData<DabbaEventCatalog, 'orders.order.delivered.v1'>;
export type OrderEnded =
  | EventData<DabbaEventCatalog, 'orders.order.cancelled.v1'>
  | EventData<DabbaEventCatalog, 'orders.order.failed.v1'>
  | EventData<DabbaEventCatalog, 'orders.order.rejected.v1'>;
