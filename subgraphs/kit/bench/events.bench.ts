/**
 * End-to-end event throughput and latency: outbox write → relay → broker → consumer with inbox.
 *
 *   pnpm bench:events [--events 20000] [--writers 64] [--runs 3] [--adapters memory,rabbitmq]
 *
 * Each event is written in its own transaction by one of `--writers` concurrent producers, as a
 * use case would; the relay publishes it with confirms; a consumer in another subgraph database
 * records it in its inbox and applies an effect in one transaction. Throughput is events over
 * the time from the first write to the last effect; latency is from the write (the envelope's
 * time) to the consumer applying it inside its inbox transaction. RabbitMQ runs at AMQP_URL (default: the local
 * broker); MongoDB at MONGODB_URL, else the embedded server in a child process. Each adapter runs
 * `--runs` times; the table shows the median run.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { forkEmbeddedMongo } from '@dabba/embedded-mongo';
import { defineEventCatalog } from '@dabba/schema/events';
import pino from 'pino';
import { Registry } from 'prom-client';
import { z } from 'zod';
import { closeMongo, connectMongo } from '../src/mongo';
import { MemoryBroker, memoryTransport } from '../src/events/memory-transport';
import { rabbitmqTransport } from '../src/events/rabbitmq-transport';
import { startEvents, type EventsConfig } from '../src/events/runtime';
import type { Transport } from '../src/events/transport';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '20000' },
    writers: { type: 'string', default: '64' },
    runs: { type: 'string', default: '3' },
    adapters: { type: 'string', default: 'memory,rabbitmq' },
  },
});
const EVENTS = Number(values.events);
const WRITERS = Number(values.writers);
const RUNS = Number(values.runs);
const AMQP_URL = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const TARGET_EVENTS_PER_SECOND = 5_000;
const TARGET_P99_MS = 50;

const catalog = defineEventCatalog({
  'bench.item.created.v1': z.object({ n: z.number().int() }),
});
const CONFIG: EventsConfig = {
  AMQP_URL: undefined,
  EVENT_RETENTION_DAYS: 1,
  EVENT_MAX_ATTEMPTS: 5,
  EVENT_RETRY_INITIAL_MS: 1_000,
  EVENT_RETRY_MAX_MS: 60_000,
};
const logger = pino({ level: 'warn' });

interface RunResult {
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

async function runOnce(mongoUrl: string, transportOf: () => Transport): Promise<RunResult> {
  const suffix = randomBytes(4).toString('hex');
  /** By event id: a transaction retried after a write conflict measures its event once. */
  const latencies = new Map<string, number>();
  let done!: () => void;
  const allConsumed = new Promise<void>((resolve) => (done = resolve));

  const start = async (subgraph: string) => {
    const db = await connectMongo({ url: mongoUrl, dbName: subgraph });
    const events = await startEvents({
      subgraph,
      db,
      config: CONFIG,
      logger,
      registry: new Registry(),
      catalog,
      transport: transportOf(),
    });
    return { db, events };
  };
  const consumer = await start(`bench_consumer_${suffix}`);
  const effects = consumer.db.collection('effects');
  await consumer.events.consume([
    {
      name: 'apply_items',
      events: ['bench.item.created.v1'],
      prefetch: 256,
      concurrency: 64,
      async handle(event, tx) {
        await effects.insertOne({ _id: event.id as never }, { session: tx.session });
        latencies.set(event.id, Date.now() - Date.parse(event.time));
        if (latencies.size === EVENTS) done();
      },
    },
  ]);
  const producer = await start(`bench_producer_${suffix}`);

  const started = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < EVENTS) {
        const n = next++;
        await producer.events.unitOfWork.run(async (tx) => {
          tx.publish({ type: 'bench.item.created.v1', subject: `item_${n}`, data: { n } });
        });
      }
    }),
  );
  await allConsumed;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  for (const side of [producer, consumer]) await side.events.close();
  const cleanup = transportOf();
  await cleanup.deleteConsumer({
    queue: `bench_consumer_${suffix}.apply_items`,
    routingKeys: [],
    retryDelaysMs: [1_000, 2_000, 4_000, 8_000],
  });
  await cleanup.close();
  await Promise.all([producer.db.dropDatabase(), consumer.db.dropDatabase()]);
  await closeMongo();

  const sorted = [...latencies.values()].sort((a, b) => a - b);
  return {
    eventsPerSecond: EVENTS / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
  };
}

function medianRun(results: RunResult[]): RunResult {
  return [...results].sort((a, b) => a.eventsPerSecond - b.eventsPerSecond)[
    Math.floor(results.length / 2)
  ]!;
}

const format = (value: number) => Math.round(value).toLocaleString('en-US');

async function main(): Promise<void> {
  const forked = process.env.MONGODB_URL ? undefined : await forkEmbeddedMongo();
  const mongoUrl = process.env.MONGODB_URL ?? forked!.url;
  const broker = new MemoryBroker();
  const adapters: Record<string, () => Transport> = {
    memory: () => memoryTransport(broker),
    rabbitmq: () => rabbitmqTransport({ url: AMQP_URL, exchange: 'dabba.bench.events', logger }),
  };
  console.log(
    `bench:events: ${format(EVENTS)} events per run, ${WRITERS} concurrent writers, ${RUNS} runs; ` +
      `MongoDB: ${forked ? `embedded, child process ${forked.pid ?? '?'}` : 'MONGODB_URL'}`,
  );
  const rows: string[] = [];
  try {
    for (const name of values.adapters.split(',')) {
      const transportOf = adapters[name];
      if (!transportOf) throw new Error(`unknown adapter ${name}: use memory or rabbitmq`);
      const results: RunResult[] = [];
      for (let run = 0; run < RUNS; run++) results.push(await runOnce(mongoUrl, transportOf));
      const median = medianRun(results);
      rows.push(
        [
          name.padEnd(9),
          format(median.eventsPerSecond).padStart(8),
          median.p50Ms.toFixed(0).padStart(7),
          median.p99Ms.toFixed(0).padStart(7),
          results.map((result) => format(result.eventsPerSecond)).join(' / '),
        ].join('  '),
      );
    }
  } finally {
    await forked?.stop();
  }
  console.log(
    [
      '',
      'adapter    events/s  p50 ms  p99 ms  runs (events/s)',
      '---------  --------  ------  ------  ---------------',
      ...rows,
      '',
      `Target through RabbitMQ: ≥ ${format(TARGET_EVENTS_PER_SECOND)} events/s with p99 ≤ ${TARGET_P99_MS} ms.`,
    ].join('\n'),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
