import { setTimeout as sleep } from 'node:timers/promises';
import mongoose from 'mongoose';

/** How long the outbox relay gets to publish what the run wrote. */
const DRAIN_TIMEOUT_MS = 60_000;
const CHECKOUT_EVENTS = ['orders.order.placed.v1', 'orders.order.confirmed.v1'];

export interface RunCheck {
  /** Orders answered PLACED that the database holds as PLACED. */
  stored: number;
  /** Orders answered PLACED that are missing or in another state, by what was found. */
  wrong: Map<string, number>;
  /** Orders of the run's customers whose answer was not PLACED (e.g. timed out), by status now. */
  unanswered: Map<string, number>;
  /** Orders the run's customers have beyond one each: duplicates of a checkout. */
  extra: number;
  /** Checkout events (placed and confirmed) of those orders the broker confirmed, by type. */
  published: Map<string, number>;
  /** The same, still pending in the outbox when the drain timed out. */
  unpublished: number;
  /** Orders outbox events the relay confirmed, from the orders subgraph's /metrics. */
  confirmedByMetrics: Map<string, number>;
}

async function confirmedByMetrics(ordersUrl: string): Promise<Map<string, number>> {
  const metrics = await (await fetch(new URL('/metrics', ordersUrl))).text();
  const counts = new Map<string, number>();
  for (const [, labels, count] of metrics.matchAll(/^events_confirmed_total\{([^}]*)\} (\d+)$/gm)) {
    const type = /type="([^"]+)"/.exec(labels!)?.[1];
    if (type) counts.set(type, Number(count));
  }
  return counts;
}

/**
 * Reads the orders database after a run: every order answered PLACED exists, once, PLACED; no
 * customer of the run has a second order; and its placed and confirmed events left the outbox
 * (confirmed by the broker), waiting for the relay to drain.
 */
export async function checkRun(
  mongoUrl: string,
  ordersUrl: string,
  placed: readonly string[],
  customers: readonly string[],
): Promise<RunCheck> {
  const connection = await mongoose
    .createConnection(mongoUrl, { dbName: 'dabba_orders', autoIndex: false })
    .asPromise();
  try {
    const db = connection.db!;
    const orders = db.collection<{ _id: string; status: string; customerId: string }>('orders');
    const found = new Map(
      (
        await orders.find({ _id: { $in: [...placed] } }, { projection: { status: 1 } }).toArray()
      ).map((order) => [order._id, order.status]),
    );
    const wrong = new Map<string, number>();
    let stored = 0;
    for (const id of placed) {
      const status = found.get(id);
      if (status === 'PLACED') stored++;
      else wrong.set(status ?? 'missing', (wrong.get(status ?? 'missing') ?? 0) + 1);
    }
    const repeated = await orders
      .aggregate<{ count: number }>([
        { $match: { customerId: { $in: [...customers] } } },
        { $group: { _id: '$customerId', count: { $sum: 1 } } },
        { $match: { count: { $gt: 1 } } },
      ])
      .toArray();

    const unanswered = await orders
      .aggregate<{ _id: string; count: number }>([
        { $match: { customerId: { $in: [...customers] }, _id: { $nin: [...placed] } } },
        { $group: { _id: '$status', count: { $sum: 1 } } },
      ])
      .toArray();

    const outbox = db.collection<{ status: string; event: { type: string } }>('outbox');
    const ours = { 'event.subject': { $in: [...placed] }, 'event.type': { $in: CHECKOUT_EVENTS } };
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    let unpublished = await outbox.countDocuments({ ...ours, status: { $ne: 'sent' } });
    while (unpublished > 0 && Date.now() < deadline) {
      await sleep(500);
      unpublished = await outbox.countDocuments({ ...ours, status: { $ne: 'sent' } });
    }
    const sent = await outbox
      .aggregate<{ _id: string; count: number }>([
        { $match: { ...ours, status: 'sent' } },
        { $group: { _id: '$event.type', count: { $sum: 1 } } },
      ])
      .toArray();
    return {
      stored,
      wrong,
      unanswered: new Map(unanswered.map((entry) => [entry._id, entry.count])),
      extra: repeated.reduce((sum, customer) => sum + customer.count - 1, 0),
      published: new Map(sent.map((entry) => [entry._id, entry.count])),
      unpublished,
      confirmedByMetrics: await confirmedByMetrics(ordersUrl),
    };
  } finally {
    await connection.close();
  }
}
