/**
 * End-to-end event throughput and latency: outbox write → relay → broker → consumer with inbox.
 *
 *   pnpm bench:events [--events 10000] [--writers 64] [--rate 200] [--broker-rate 5000]
 *                     [--runs 3] [--adapters memory,rabbitmq]
 *
 * For each adapter (the in-process broker, and RabbitMQ at AMQP_URL, default the local one):
 * - pipeline, saturated: each event is written in its own transaction by one of `--writers`
 *   concurrent producers, as a use case would; the relay publishes it with confirms; a consumer in
 *   another subgraph database records it in its inbox and applies an effect in one transaction.
 *   Events/s run from the first write to the last effect. Latencies here are mostly queueing:
 *   producers outrun the pipeline on purpose.
 * - pipeline at `--rate` events/s offered at a steady pace: the latency of an unsaturated system.
 * - broker alone at `--broker-rate`: publish with confirms → consumer → ack, without MongoDB,
 *   which isolates the transport's share.
 * Latency runs from the write (the envelope's time; the publish for the broker alone) to the
 * consumer applying it. MongoDB is MONGODB_URL, else the embedded server in a child process. Each
 * measurement runs `--runs` times; the table shows the median run and every run's events/s.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { forkEmbeddedMongo } from '@dabba/embedded-mongo';
import { defineEventCatalog } from '@dabba/schema/events';
import pino from 'pino';
import { Registry } from 'prom-client';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { MemoryBroker, memoryTransport } from '../src/events/memory-transport';
import { rabbitmqTransport } from '../src/events/rabbitmq-transport';
import { startEvents, type EventsConfig } from '../src/events/runtime';
import type { Transport } from '../src/events/transport';
import { closeMongo, connectMongo } from '../src/mongo';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    writers: { type: 'string', default: '64' },
    rate: { type: 'string', default: '200' },
    'broker-rate': { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
    adapters: { type: 'string', default: 'memory,rabbitmq' },
  },
});
const EVENTS = Number(values.events);
const WRITERS = Number(values.writers);
const RATE = Number(values.rate);
const BROKER_RATE = Number(values['broker-rate']);
const RUNS = Number(values.runs);
const AMQP_URL = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const TARGET_EVENTS_PER_SECOND = 5_000;
const TARGET_P99_MS = 50;
/** Steady-rate runs last this long, whatever the rate. */
const STEADY_SECONDS = 5;
const TYPE = 'bench.item.created.v1';
const SENT_AT = 'x-bench-sent-at';

const catalog = defineEventCatalog({ [TYPE]: z.object({ n: z.number().int() }) });
const CONFIG: EventsConfig = {
  AMQP_URL: undefined,
  EVENT_RETENTION_DAYS: 1,
  EVENT_MAX_ATTEMPTS: 5,
  EVENT_RETRY_INITIAL_MS: 1_000,
  EVENT_RETRY_MAX_MS: 60_000,
};
const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000];
const logger = pino({ level: 'warn' });

interface RunResult {
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Closed loop: `writers` senders back to back. Steady: `perSecond` sends, spread evenly. */
type Load = { writers: number; count: number } | { perSecond: number; count: number };

function percentile(sorted: number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

async function drive(load: Load, send: (n: number) => Promise<void>): Promise<void> {
  let next = 0;
  if ('writers' in load) {
    await Promise.all(
      Array.from({ length: load.writers }, async () => {
        while (next < load.count) await send(next++);
      }),
    );
    return;
  }
  const started = performance.now();
  const sends: Promise<void>[] = [];
  while (next < load.count) {
    const due = Math.min(
      load.count,
      Math.floor(((performance.now() - started) / 1000) * load.perSecond),
    );
    while (next < due) sends.push(send(next++));
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(sends);
}

/** Counts deliveries by key until `count` have arrived, keeping each key's latency once. */
function collector(count: number) {
  const latencies = new Map<string, number>();
  let done!: () => void;
  const all = new Promise<void>((resolve) => (done = resolve));
  return {
    all,
    record(key: string, sentAt: number) {
      latencies.set(key, Date.now() - sentAt);
      if (latencies.size === count) done();
    },
    result(seconds: number): RunResult {
      const sorted = [...latencies.values()].sort((a, b) => a - b);
      return {
        eventsPerSecond: count / seconds,
        p50Ms: percentile(sorted, 50),
        p99Ms: percentile(sorted, 99),
      };
    },
  };
}

async function deleteQueue(transportOf: () => Transport, queue: string): Promise<void> {
  const cleanup = transportOf();
  await cleanup.deleteConsumer({ queue, routingKeys: [], retryDelaysMs: RETRY_DELAYS_MS });
  await cleanup.close();
}

/** Outbox write → relay → broker → consumer with inbox, in two subgraph databases. */
async function pipeline(mongoUrl: string, transportOf: () => Transport, load: Load) {
  const suffix = randomBytes(4).toString('hex');
  const arrivals = collector(load.count);
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
      events: [TYPE],
      prefetch: 256,
      concurrency: 64,
      async handle(event, tx) {
        await effects.insertOne({ _id: event.id as never }, { session: tx.session });
        arrivals.record(event.id, Date.parse(event.time));
      },
    },
  ]);
  const producer = await start(`bench_producer_${suffix}`);

  const started = performance.now();
  await drive(load, (n) =>
    producer.events.unitOfWork.run(async (tx) => {
      tx.publish({ type: TYPE, subject: `item_${n}`, data: { n } });
    }),
  );
  await arrivals.all;
  const result = arrivals.result((performance.now() - started) / 1000);

  for (const side of [producer, consumer]) await side.events.close();
  await deleteQueue(transportOf, `bench_consumer_${suffix}.apply_items`);
  await Promise.all([producer.db.dropDatabase(), consumer.db.dropDatabase()]);
  await closeMongo();
  return result;
}

/** Publish with confirms → consumer → ack, nothing else. */
async function brokerAlone(transportOf: () => Transport, load: Load) {
  const queue = `bench_broker_${randomBytes(4).toString('hex')}.apply_items`;
  const arrivals = collector(load.count);
  const transport = transportOf();
  await transport.declareConsumer({ queue, routingKeys: [TYPE], retryDelaysMs: [] });
  await transport.consume(queue, { prefetch: 256, concurrency: 64 }, async (message) => {
    arrivals.record(message.messageId, Number(message.headers[SENT_AT]));
  });
  const started = performance.now();
  await drive(load, async (n) => {
    const id = uuidv7();
    await transport.publish(
      {
        body: Buffer.from(JSON.stringify({ n })),
        messageId: id,
        type: TYPE,
        headers: { [SENT_AT]: Date.now() },
      },
      { routingKey: TYPE },
    );
  });
  await arrivals.all;
  const result = arrivals.result((performance.now() - started) / 1000);
  await transport.close();
  await deleteQueue(transportOf, queue);
  return result;
}

function medianRun(results: RunResult[]): RunResult {
  return [...results].sort((a, b) => a.eventsPerSecond - b.eventsPerSecond)[
    Math.floor(results.length / 2)
  ]!;
}

const format = (value: number) => Math.round(value).toLocaleString('en-US');

async function measure(run: () => Promise<RunResult>): Promise<string[]> {
  const results: RunResult[] = [];
  for (let i = 0; i < RUNS; i++) results.push(await run());
  const median = medianRun(results);
  return [
    format(median.eventsPerSecond),
    median.p50Ms.toFixed(0),
    median.p99Ms.toFixed(0),
    results.map((result) => format(result.eventsPerSecond)).join(' / '),
  ];
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

async function main(): Promise<void> {
  const forked = process.env.MONGODB_URL ? undefined : await forkEmbeddedMongo();
  const mongoUrl = process.env.MONGODB_URL ?? forked!.url;
  const broker = new MemoryBroker();
  const adapters: Record<string, () => Transport> = {
    memory: () => memoryTransport(broker),
    rabbitmq: () => rabbitmqTransport({ url: AMQP_URL, exchange: 'dabba.bench.events', logger }),
  };
  console.log(
    `bench:events: ${RUNS} runs each; MongoDB: ${forked ? `embedded, child process ${forked.pid ?? '?'}` : 'MONGODB_URL'}`,
  );
  const rows: string[][] = [];
  try {
    for (const name of values.adapters.split(',')) {
      const transportOf = adapters[name];
      if (!transportOf) throw new Error(`unknown adapter ${name}: use memory or rabbitmq`);
      const measurements: [string, () => Promise<RunResult>][] = [
        [
          `pipeline, ${WRITERS} writers, ${format(EVENTS)} events`,
          () => pipeline(mongoUrl, transportOf, { writers: WRITERS, count: EVENTS }),
        ],
        [
          `pipeline at ${format(RATE)}/s`,
          () => pipeline(mongoUrl, transportOf, { perSecond: RATE, count: RATE * STEADY_SECONDS }),
        ],
        [
          `broker alone at ${format(BROKER_RATE)}/s`,
          () =>
            brokerAlone(transportOf, {
              perSecond: BROKER_RATE,
              count: BROKER_RATE * STEADY_SECONDS,
            }),
        ],
      ];
      for (const [what, run] of measurements) rows.push([name, what, ...(await measure(run))]);
    }
  } finally {
    await forked?.stop();
  }
  console.log(
    [
      '',
      table(['adapter', 'measurement', 'events/s', 'p50 ms', 'p99 ms', 'runs (events/s)'], rows),
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
