import type { DabbaEventCatalog, EventData } from '@dabba/schema/events';
import type { EventConsumer } from '@dabba/subgraph-kit';
import type { ProductServices } from './product-services';

type Data<T extends keyof DabbaEventCatalog & string> = EventData<DabbaEventCatalog, T>;
/** An order that ended without being delivered: its stock and promotion uses go back. */
const ORDER_ENDED = [
  'orders.order.cancelled.v1',
  'orders.order.rejected.v1',
  'orders.order.failed.v1',
] as const;
type OrderEnded = Data<(typeof ORDER_ENDED)[number]>;

/**
 * The catalog's reactions to orders and payments for stock and promotions. Each runs in the
 * transaction that records the event in the inbox, so a redelivered event has no second effect.
 * The bus validated each event's data against the catalog before handing it over.
 */
export function productConsumers(services: ProductServices): EventConsumer[] {
  return [
    {
      name: 'commit_stock_on_payment',
      events: ['payments.payment.authorized.v1'],
      handle: async (event, tx) => {
        const { orderId } = event.data as Data<'payments.payment.authorized.v1'>;
        await services.commitReservation(orderId, tx);
      },
    },
    {
      name: 'release_stock_on_order_end',
      events: ORDER_ENDED,
      handle: async (event, tx) => {
        const { orderId } = event.data as OrderEnded;
        await services.releaseReservation(orderId, tx);
      },
    },
    {
      name: 'count_promotion_usage',
      events: ['orders.order.placed.v1'],
      handle: async (event, tx) => {
        const order = event.data as Data<'orders.order.placed.v1'>;
        if (order.promotionIds.length === 0) return;
        await services.recordPromotionUsage(order, tx);
      },
    },
    {
      name: 'return_promotion_usage',
      events: ORDER_ENDED,
      handle: async (event, tx) => {
        const { orderId } = event.data as OrderEnded;
        await services.returnPromotionUsage(orderId, tx);
      },
    },
  ];
}
