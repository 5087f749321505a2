/**
 * The event backbone's failure cases, end to end (outbox → relay → broker → consumer with inbox),
 * on both adapters: the in-process broker always, RabbitMQ when AMQP_URL is set. Each case
 * asserts that nothing is lost and nothing is applied twice.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import path from 'node:path';
import { promisify } from 'node:util';
import { startEmbeddedMongo } from '@dabba/embedded-mongo';
import type { Connection } from 'mongoose';
import { Registry } from 'prom-client';
import { closeMongo, connectMongo } from '../mongo';
import {
  countingConsumer,
  createThing,
  effectCounts,
  startTestEvents,
  type TestCatalog,
} from './__fixtures__/backbone';
import { acquireBrokerOutageLock } from './__fixtures__/broker-outage-lock';
import { crashAfterHandling } from './__fixtures__/crash-after-handling';
import { MemoryBroker, memoryTransport, type MemorySubscription } from './memory-transport';
import { rabbitmqTransport } from './rabbitmq-transport';
import type { SubgraphEvents } from './runtime';
import { redeliverDeadLetters } from './tooling';
import type { Transport } from './transport';

const run = promisify(execFile);
const AMQP_URL = process.env.AMQP_URL;
const EXCHANGE = 'dabba.test.backbone';

interface Adapter {
  name: string;
  transport(): Transport;
  stopBroker(): Promise<void>;
  startBroker(): Promise<void>;
  /**
   * Runs a consumer of `subgraph` that applies its first delivery and dies before acking it;
   * resolves once it is consuming, with a promise of its death.
   */
  startCrashingConsumer(subgraph: string, mongoUrl: string): Promise<{ dead: Promise<void> }>;
}

const memoryBroker = new MemoryBroker();

const memory: Adapter = {
  name: 'the in-process broker',
  transport: () => memoryTransport(memoryBroker),
  stopBroker: async () => memoryBroker.stop(),
  startBroker: async () => memoryBroker.start(),
  async startCrashingConsumer(subgraph, mongoUrl) {
    const db = await connectMongo({ url: mongoUrl, dbName: subgraph });
    const consumer = countingConsumer(db);
    let died!: () => void;
    const dead = new Promise<void>((resolve) => (died = resolve));
    const transport = crashAfterHandling(
      memoryTransport(memoryBroker),
      `${subgraph}.${consumer.name}`,
      (subscription) => {
        void (subscription as MemorySubscription).abort();
        died();
      },
    );
    const events = await startTestEvents({ subgraph, db, transport });
    await events.consume([consumer]);
    return { dead: dead.then(() => events.close()) };
  },
};

const rabbitmq: Adapter = {
  name: 'RabbitMQ',
  transport: () => rabbitmqTransport({ url: AMQP_URL!, exchange: EXCHANGE }),
  stopBroker: async () => void (await run('rabbitmqctl', ['stop_app'])),
  startBroker: async () => void (await run('rabbitmqctl', ['start_app'])),
  async startCrashingConsumer(subgraph, mongoUrl) {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, '__fixtures__', 'crash-consumer-main.ts')],
      {
        env: { ...process.env, MONGODB_URL: mongoUrl, EXCHANGE, SUBGRAPH: subgraph },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = once(child, 'exit');
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) resolve();
      });
      void exited.then(() => reject(new Error('the crashing consumer exited before it was ready')));
    });
    return {
      dead: exited.then(([, signal]) => {
        if (signal !== 'SIGKILL') throw new Error(`consumer exited with ${String(signal)}`);
      }),
    };
  },
};

if (!AMQP_URL) console.warn('AMQP_URL is not set: skipping the RabbitMQ event backbone contract');
const adapters = AMQP_URL ? [memory, rabbitmq] : [memory];

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function consumedCount(registry: Registry, outcome: string): Promise<number> {
  return registry
    .getSingleMetric('events_consumed_total')!
    .get()
    .then((metric) =>
      metric.values
        .filter((value) => value.labels.outcome === outcome)
        .reduce((sum, value) => sum + value.value, 0),
    );
}

function expectEachAppliedOnce(counts: Map<number, number>, numbers: number[]) {
  expect([...counts.keys()].sort((a, b) => a - b)).toEqual(numbers);
  expect([...counts.values()].every((count) => count === 1)).toBe(true);
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe.each(adapters)('event backbone through $name', (adapter) => {
  let mongo: Awaited<ReturnType<typeof startEmbeddedMongo>>;
  let releaseLock: (() => Promise<void>) | undefined;
  const opened: SubgraphEvents<TestCatalog>[] = [];
  const transports: Transport[] = [];
  let suffix: string;

  beforeAll(async () => {
    if (adapter === rabbitmq) releaseLock = await acquireBrokerOutageLock();
    mongo = await startEmbeddedMongo();
  }, 600_000);

  afterAll(async () => {
    await closeMongo();
    await mongo.stop();
    await releaseLock?.();
  });

  beforeEach(() => {
    suffix = randomBytes(4).toString('hex');
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((events) => events.close()));
    for (const transport of transports.splice(0)) {
      await transport.close();
    }
    const cleanup = adapter.transport();
    await cleanup.deleteConsumer({
      queue: `consumer_${suffix}.count_things`,
      routingKeys: [],
      retryDelaysMs: [20, 40],
    });
    await cleanup.close();
  });

  async function side(role: 'producer' | 'consumer', registry = new Registry()) {
    const subgraph = `${role}_${suffix}`;
    const db = await connectMongo({ url: mongo.url, dbName: subgraph });
    const transport = adapter.transport();
    transports.push(transport);
    const events = await startTestEvents({ subgraph, db, transport, registry });
    opened.push(events);
    return { db, events, registry };
  }

  function producer(db: Connection, events: SubgraphEvents<TestCatalog>) {
    return (n: number) => createThing(db, (work) => events.unitOfWork.run(work), n);
  }

  it('delivers every event written while the broker was down, once, after it is back', async () => {
    const consumer = await side('consumer');
    await consumer.events.consume([countingConsumer(consumer.db)]);
    const source = await side('producer');
    const create = producer(source.db, source.events);

    for (const n of range(1, 20)) await create(n);
    await adapter.stopBroker();
    try {
      for (const n of range(21, 40)) await create(n);
      expect((await source.events.outbox.stats()).backlog).toBeGreaterThan(0);
    } finally {
      await adapter.startBroker();
    }
    for (const n of range(41, 60)) await create(n);

    await eventually(
      async () => (await effectCounts(consumer.db)).size === 60,
      '60 effects',
      120_000,
    );
    await source.events.relay.idle();
    expect((await source.events.outbox.stats()).backlog).toBe(0);
    expectEachAppliedOnce(await effectCounts(consumer.db), range(1, 60));
  }, 180_000);

  it('applies an event once after its handler failed on the first two deliveries', async () => {
    const consumer = await side('consumer');
    const attempts = new Map<number, number>();
    await consumer.events.consume([
      countingConsumer(consumer.db, (event) => {
        const attempt = (attempts.get(event.data.n) ?? 0) + 1;
        attempts.set(event.data.n, attempt);
        if (attempt <= 2) throw new Error(`flaky dependency, attempt ${attempt}`);
      }),
    ]);
    const source = await side('producer');
    const create = producer(source.db, source.events);

    for (const n of range(1, 5)) await create(n);

    await eventually(async () => (await effectCounts(consumer.db)).size === 5, '5 effects');
    expectEachAppliedOnce(await effectCounts(consumer.db), range(1, 5));
    expect([...attempts.values()]).toEqual([3, 3, 3, 3, 3]);
    expect(await consumer.events.deadLetters.list({ limit: 10 })).toEqual([]);
  });

  it('dead-letters a poison event after the last attempt, and the tooling redelivers it', async () => {
    const consumer = await side('consumer');
    let poisoned = true;
    await consumer.events.consume([
      countingConsumer(consumer.db, (event) => {
        if (poisoned && event.data.n === 2) throw new Error('cannot apply thing 2');
      }),
    ]);
    const source = await side('producer');
    const create = producer(source.db, source.events);

    for (const n of range(1, 3)) await create(n);

    await eventually(
      async () => (await consumer.events.deadLetters.list({ limit: 10 })).length === 1,
      'a dead letter',
    );
    const [dead] = await consumer.events.deadLetters.list({ limit: 10 });
    expect(dead).toMatchObject({
      consumer: `consumer_${suffix}.count_things`,
      type: 'test.thing.created.v1',
      reason: 'cannot apply thing 2',
      attempts: 3,
      status: 'dead',
    });
    expectEachAppliedOnce(await effectCounts(consumer.db), [1, 3]);

    poisoned = false;
    const outcome = await redeliverDeadLetters(
      { outbox: consumer.events.outbox, deadLetters: consumer.events.deadLetters },
      { ids: [dead!.id] },
    );
    expect(outcome.redelivered).toEqual([dead!.id]);
    consumer.events.relay.nudge();

    await eventually(async () => (await effectCounts(consumer.db)).size === 3, 'thing 2 applied');
    expectEachAppliedOnce(await effectCounts(consumer.db), [1, 2, 3]);
    expect(await consumer.events.deadLetters.list({ status: 'dead', limit: 10 })).toEqual([]);
  });

  it('redelivers an event whose consumer died before acking it, and applies it once', async () => {
    const subgraph = `consumer_${suffix}`;
    const crashing = await adapter.startCrashingConsumer(subgraph, mongo.url);
    const source = await side('producer');

    await producer(source.db, source.events)(1);
    await crashing.dead;

    const consumer = await side('consumer');
    await consumer.events.consume([countingConsumer(consumer.db)]);
    await eventually(
      async () => (await consumedCount(consumer.registry, 'duplicate')) === 1,
      'the redelivery',
    );
    expectEachAppliedOnce(await effectCounts(consumer.db), [1]);
  }, 60_000);
});
