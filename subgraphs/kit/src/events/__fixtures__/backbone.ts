import { defineEventCatalog, type EventEnvelope } from '@dabba/schema/events';
import type { Connection } from 'mongoose';
import pino from 'pino';
import { Registry } from 'prom-client';
import { z } from 'zod';
import { startEvents, type EventConsumer, type EventsConfig } from '../runtime';
import type { Transport } from '../transport';
import type { Transaction } from '../unit-of-work';

/** A producer that creates numbered things and a consumer that counts its effect per thing. */
export const testCatalog = defineEventCatalog({
  'test.thing.created.v1': z.object({ n: z.number().int() }),
});
export type TestCatalog = typeof testCatalog;
export const THING_CREATED = 'test.thing.created.v1';

export const TEST_EVENTS_CONFIG: EventsConfig = {
  AMQP_URL: undefined,
  EVENT_RETENTION_DAYS: 1,
  EVENT_MAX_ATTEMPTS: 3,
  EVENT_RETRY_INITIAL_MS: 20,
  EVENT_RETRY_MAX_MS: 80,
};

export async function startTestEvents(options: {
  subgraph: string;
  db: Connection;
  transport: Transport;
  registry?: Registry;
}) {
  return startEvents({
    ...options,
    config: TEST_EVENTS_CONFIG,
    logger: pino({ level: 'silent' }),
    registry: options.registry ?? new Registry(),
    catalog: testCatalog,
  });
}

/** Writes thing n and its event in one transaction. */
export function createThing(
  db: Connection,
  run: (work: (tx: Transaction<TestCatalog>) => Promise<void>) => Promise<void>,
  n: number,
): Promise<void> {
  return run(async (tx) => {
    await db.collection('things').insertOne({ _id: n as never }, { session: tx.session });
    tx.publish({ type: THING_CREATED, subject: `thing_${n}`, data: { n } });
  });
}

/** The consumer's effect: one counter per thing, incremented in the inbox transaction. */
export function countingConsumer(
  db: Connection,
  before: (event: EventEnvelope<{ n: number }>) => void = () => undefined,
): EventConsumer<TestCatalog> {
  return {
    name: 'count_things',
    events: [THING_CREATED],
    prefetch: 8,
    concurrency: 4,
    async handle(event, tx) {
      const thing = event as EventEnvelope<{ n: number }>;
      before(thing);
      await db
        .collection('effects')
        .updateOne(
          { _id: thing.data.n as never },
          { $inc: { count: 1 } },
          { upsert: true, session: tx.session },
        );
    },
  };
}

/** Every effect count by thing number. */
export async function effectCounts(db: Connection): Promise<Map<number, number>> {
  const docs = await db.collection('effects').find({}).toArray();
  return new Map(docs.map((doc) => [doc._id as unknown as number, doc.count as number]));
}
