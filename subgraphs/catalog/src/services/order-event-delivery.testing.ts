import { randomUUID } from 'node:crypto';
import type { DabbaEventCatalog, EventData } from '@dabba/schema/events';
import type { UnitOfWork } from '@dabba/subgraph-kit';
import { productConsumers } from './product-consumers';
import type { ProductServices } from './product-services';

type OrdersEvent = Extract<keyof DabbaEventCatalog, `orders.order.${string}`>;

/**
 * For tests: hands an orders event to each product consumer bound to its type, in a transaction
 * of its own as the bus does, and returns the names of the consumers that took it.
 */
export async function deliverOrderEvent<T extends OrdersEvent>(
  services: ProductServices,
  unitOfWork: UnitOfWork,
  type: T,
  data: EventData<DabbaEventCatalog, T>,
): Promise<string[]> {
  const event = {
    id: randomUUID(),
    type,
    source: 'orders',
    subject: (data as { orderId: string }).orderId,
    time: new Date().toISOString(),
    data,
  };
  const bound = productConsumers(services).filter((consumer) => consumer.events.includes(type));
  for (const consumer of bound) await unitOfWork.run((tx) => consumer.handle(event, tx, undefined));
  return bound.map((consumer) => consumer.name);
}
