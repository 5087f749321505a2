import { randomBytes } from 'node:crypto';
import type { DabbaEventCatalog, EventData } from '@dabba/schema/events';
import { memoryTransport, sharedMemoryBroker } from '@dabba/subgraph-kit';

type OrdersEvent =
  | 'orders.order.placed.v1'
  | 'orders.order.delivered.v1'
  | 'orders.order.cancelled.v1'
  | 'orders.order.failed.v1'
  | 'orders.order.rejected.v1';

/** A UUIDv7 (time-ordered), as the kit gives every event. */
function uuidv7(): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(Date.now(), 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Publishes an orders event on the process's in-process broker, as the orders subgraph's relay
 * does, so payments can be tested on orders that no cart made. Returns the envelope, so a test
 * can deliver it again.
 */
export async function publishOrderEvent<T extends OrdersEvent>(
  type: T,
  data: EventData<DabbaEventCatalog, T>,
  id: string = uuidv7(),
): Promise<string> {
  const envelope = {
    id,
    type,
    source: 'orders',
    subject: (data as { orderId: string }).orderId,
    time: new Date().toISOString(),
    data,
  };
  const transport = memoryTransport(sharedMemoryBroker());
  try {
    await transport.publish(
      { body: Buffer.from(JSON.stringify(envelope)), messageId: id, type, headers: {} },
      { routingKey: type },
    );
  } finally {
    await transport.close();
  }
  return id;
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
