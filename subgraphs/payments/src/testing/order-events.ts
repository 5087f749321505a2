import type { DabbaEventCatalog, EventData } from '@dabba/schema/events';
import { publishOnSharedBroker } from '@dabba/subgraph-kit/src/testing';

type OrdersEvent =
  | 'orders.order.placed.v1'
  | 'orders.order.delivered.v1'
  | 'orders.order.cancelled.v1'
  | 'orders.order.failed.v1'
  | 'orders.order.rejected.v1';

/**
 * Publishes an orders event on the process's in-process broker, as the orders subgraph's relay
 * does, so payments can be tested on orders that no cart made. Returns the envelope, so a test
 * can deliver it again.
 */
export async function publishOrderEvent<T extends OrdersEvent>(
  type: T,
  data: EventData<DabbaEventCatalog, T>,
  id?: string,
): Promise<string> {
  const subject = (data as { orderId: string }).orderId;
  return publishOnSharedBroker({ type, source: 'orders', subject, data, ...(id ? { id } : {}) });
}

/** Retries `check` until it stops throwing (an effect of an event has happened) or time runs out. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
