import { randomUUID } from 'node:crypto';
import type { DabbaEventCatalog, EventData } from '@dabba/schema/events';
import { memoryTransport, sharedMemoryBroker } from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';

/** The payments events orders consumes. */
export type PaymentEvent = 'payments.payment.authorized.v1' | 'payments.payment.failed.v1';

/** A UUIDv7, as the kit's event envelopes require: the time in ms over a random UUID's rest. */
function eventId(): string {
  const time = Date.now().toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8)}-7${randomUUID().slice(15)}`;
}

/** Polls `check` until it holds (an event's effect is asynchronous) or five seconds pass. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Publishes a payments event on the process's in-process broker, as payments' relay would, and
 * waits until orders' consumer has handled it: its inbox (in orders' database `db`) records the
 * event whether or not it moved an order. Returns the envelope's id.
 */
export async function deliverPaymentEvent<T extends PaymentEvent>(
  db: Connection,
  type: T,
  data: EventData<DabbaEventCatalog, T>,
): Promise<string> {
  const id = eventId();
  const envelope = {
    id,
    type,
    source: 'payments',
    subject: data.paymentId,
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
  await until(
    async () => (await db.collection('inbox').countDocuments({ eventId: id })) > 0,
    `${type} ${id} to be handled`,
  );
  return id;
}
