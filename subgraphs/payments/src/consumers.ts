import { preparedConsumer, type EventConsumer } from '@dabba/subgraph-kit';
import type { PaymentsServices } from './services';
import type { OrderDelivered, OrderEnded, OrderPlaced } from './services/order-events';

/** The events payments reacts to; each consumer gets its queue `payments.<name>`. */
export function paymentsConsumers(services: PaymentsServices): EventConsumer[] {
  return [
    {
      name: 'on_order_placed',
      events: ['orders.order.placed.v1'],
      handle: (event, tx) => services.projectOrder(event.data as OrderPlaced, tx),
    },
    preparedConsumer({
      name: 'on_order_delivered',
      events: ['orders.order.delivered.v1'],
      prepare: (event) => services.capturePayment.prepare(event.data as OrderDelivered),
      handle: (event, tx, prepared) =>
        services.capturePayment.apply(event.data as OrderDelivered, tx, prepared),
    }),
    preparedConsumer({
      name: 'on_order_ended',
      events: ['orders.order.cancelled.v1', 'orders.order.rejected.v1', 'orders.order.failed.v1'],
      prepare: (event) => services.endOrder.prepare(event.data as OrderEnded),
      handle: (event, tx, prepared) =>
        services.endOrder.apply(event.data as OrderEnded, tx, prepared),
    }),
    {
      name: 'on_provider_webhook',
      events: ['payments.webhook.received.v1'],
      handle: (event, tx) =>
        services.applyWebhook((event.data as { webhookId: string }).webhookId, tx),
    },
  ];
}
