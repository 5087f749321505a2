import type { DabbaEventCatalog, EventData } from '@dabba/schema/events';
import { publishOnSharedBroker } from '@dabba/subgraph-kit/src/testing';
import type { Connection } from 'mongoose';

/** The payments events orders consumes. */
export type PaymentEvent = 'payments.payment.authorized.v1' | 'payments.payment.failed.v1';

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
  const id = await publishOnSharedBroker({
    type,
    source: 'payments',
    subject: data.paymentId,
    data,
  });
  await until(
    async () => (await db.collection('inbox').countDocuments({ eventId: id })) > 0,
    `${type} ${id} to be handled`,
  );
  return id;
}
