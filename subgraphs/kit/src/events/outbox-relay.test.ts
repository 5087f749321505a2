import type { EventEnvelope } from '@dabba/schema/events';
import type { Connection } from 'mongoose';
import pino from 'pino';
import { Registry } from 'prom-client';
import { v7 as uuidv7 } from 'uuid';
import { closeMongo, connectMongo } from '../mongo';
import { createEventMetrics, type EventMetrics } from './metrics';
import { Outbox, type OutboxClaim, type OutboxEntry } from './outbox';
import { startOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
import {
  MessageRefusedError,
  type Route,
  type Transport,
  type TransportMessage,
} from './transport';

const PLACED = 'orders.order.placed.v1';
const TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
/** A producer span of the trace that staged the event: its trace id, a span id of its own. */
const PRODUCER_TRACEPARENT =
  /^00-0af7651916cd43dd8448eb211c80319c-(?!b7ad6b7169203331)[\da-f]{16}-01$/;
/** An event staged outside any trace starts one when it is published. */
const NEW_TRACEPARENT = /^00-(?!0af7651916cd43dd8448eb211c80319c)[\da-f]{32}-[\da-f]{16}-01$/;

/** A broker that confirms after a tick, records what it confirmed, and fails on demand. */
class FakeBroker {
  down = false;
  /** Routes it refuses, as RabbitMQ refuses a message for a queue that does not exist. */
  readonly refusedQueues = new Set<string>();
  readonly confirmed: { relay: string; message: TransportMessage; route: Route }[] = [];
  attempts = 0;
  /** Publishes of one message overlapping in time: two relays holding one entry. */
  overlaps = 0;
  private readonly inFlight = new Set<string>();
  gate: Promise<void> = Promise.resolve();

  transport(relay = 'relay'): Transport {
    const unused = () => Promise.reject(new Error('not used by the relay'));
    return {
      kind: 'memory',
      declareConsumer: unused,
      consume: unused,
      depth: unused,
      deleteConsumer: unused,
      listen: unused,
      close: unused,
      publish: (message, route) => this.publish(relay, message, route),
    };
  }

  confirmedIds(): string[] {
    return this.confirmed.map(({ message }) => message.messageId).sort();
  }

  private async publish(relay: string, message: TransportMessage, route: Route): Promise<void> {
    this.attempts += 1;
    if (this.inFlight.has(message.messageId)) this.overlaps += 1;
    this.inFlight.add(message.messageId);
    try {
      await this.gate;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 2));
      if (this.down) throw new Error('connection refused');
      if ('queue' in route && this.refusedQueues.has(route.queue)) {
        throw new MessageRefusedError(`no queue '${route.queue}'`);
      }
      this.confirmed.push({ relay, message, route });
    } finally {
      this.inFlight.delete(message.messageId);
    }
  }
}

let db: Connection;
let outbox: Outbox;
let broker: FakeBroker;
let registry: Registry;
let metrics: EventMetrics;
let logs: { level: number; msg: string }[];
const relays: OutboxRelay[] = [];

function entry(overrides: Partial<EventEnvelope> = {}, route?: Route): OutboxEntry {
  const event: EventEnvelope = {
    id: uuidv7(),
    type: PLACED,
    source: 'orders',
    subject: 'ord_1',
    time: new Date().toISOString(),
    data: { orderId: 'ord_1' },
    ...overrides,
  };
  return { id: event.id, event, route: route ?? { routingKey: event.type }, createdAt: new Date() };
}

async function addCommitted(count: number): Promise<OutboxEntry[]> {
  const entries = Array.from({ length: count }, () => entry());
  await db.transaction((session) => outbox.add(entries, session));
  return entries;
}

function start(options: Partial<OutboxRelayOptions> = {}): OutboxRelay {
  const relay = startOutboxRelay({
    outbox,
    transport: broker.transport(),
    metrics,
    logger: pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) }),
    pollIntervalMs: 20,
    backoff: { initialMs: 5, maxMs: 20 },
    ...options,
  });
  relays.push(relay);
  return relay;
}

async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function counted(name: string): Promise<number> {
  const metric = await registry.getSingleMetric(name)!.get();
  return metric.values.filter((value) => value.labels.type === PLACED)[0]?.value ?? 0;
}

const messages = (level: 'error' | 'info') =>
  logs.filter((log) => log.level === pino.levels.values[level]).map((log) => log.msg);

beforeAll(async () => {
  db = await connectMongo({ dbName: 'kit_outbox_relay_test' });
  outbox = new Outbox(db, { retentionSeconds: 3_600 });
  await outbox.syncIndexes();
});

beforeEach(async () => {
  broker = new FakeBroker();
  registry = new Registry();
  metrics = createEventMetrics(registry, () => outbox.stats());
  logs = [];
  await db.collection('outbox').deleteMany({});
});

afterEach(async () => {
  await Promise.all(relays.splice(0).map((relay) => relay.stop()));
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('outbox relay', () => {
  it('publishes each entry with its route and trace, counts it, and marks it sent', async () => {
    const traced = entry({ traceparent: TRACEPARENT });
    const redelivery = { ...entry({}, { queue: 'users.on_order_placed' }), id: uuidv7() };
    await db.transaction((session) => outbox.add([traced], session));
    await outbox.enqueue([redelivery]);

    await start().idle();

    const sent = broker.confirmed.map(({ message, route }) => ({ message, route }));
    expect(sent).toHaveLength(2);
    expect(sent).toEqual(
      expect.arrayContaining([
        {
          message: {
            body: Buffer.from(JSON.stringify(traced.event)),
            messageId: traced.event.id,
            type: PLACED,
            headers: { traceparent: expect.stringMatching(PRODUCER_TRACEPARENT) },
          },
          route: { routingKey: PLACED },
        },
        {
          message: expect.objectContaining({
            messageId: redelivery.event.id,
            headers: { traceparent: expect.stringMatching(NEW_TRACEPARENT) },
          }),
          route: { queue: 'users.on_order_placed' },
        },
      ]),
    );
    expect(await outbox.stats()).toEqual({ backlog: 0, parked: 0, oldestPendingAgeSeconds: 0 });
    expect(await counted('events_published_total')).toBe(2);
    expect(await counted('events_confirmed_total')).toBe(2);
  });

  it('keeps entries pending while the broker is down, then sends each once', async () => {
    broker.down = true;
    const entries = await addCommitted(50);
    const relay = start({ batchSize: 20 });

    await eventually(() => broker.attempts >= 150, 'several failed passes');
    expect((await outbox.stats()).backlog).toBe(50);
    expect(broker.confirmed).toEqual([]);

    broker.down = false;
    await relay.idle();

    expect(broker.confirmedIds()).toEqual(entries.map((added) => added.id).sort());
    expect((await outbox.stats()).backlog).toBe(0);
    expect(await counted('events_confirmed_total')).toBe(50);
    expect(await counted('events_published_total')).toBe(broker.attempts);
    expect(messages('error')).toEqual([
      'broker publishes fail: outbox entries stay pending and are retried',
    ]);
    expect(messages('info')).toEqual(['outbox relay recovered']);
  });

  it('runs beside another relay: never one entry in both at once, every entry sent once', async () => {
    const entries = await addCommitted(400);
    const options = { batchSize: 16, pollIntervalMs: 5 };
    const first = start({ ...options, transport: broker.transport('first') });
    const second = start({ ...options, transport: broker.transport('second') });

    await Promise.all([first.idle(), second.idle()]);

    expect(broker.overlaps).toBe(0);
    expect(broker.confirmedIds()).toEqual(entries.map((added) => added.id).sort());
    const by = (relay: string) => broker.confirmed.filter((sent) => sent.relay === relay).length;
    expect(by('first')).toBeGreaterThan(0);
    expect(by('second')).toBeGreaterThan(0);
    expect((await outbox.stats()).backlog).toBe(0);
  });

  it("takes over a dead relay's entries when its lease expires", async () => {
    const entries = await addCommitted(5);
    const dead: OutboxClaim = await outbox.claim({ limit: 10, leaseMs: 300 });
    const relay = start();

    await relay.idle();
    expect(broker.confirmed).toEqual([]);

    await eventually(() => broker.confirmed.length === 5, 'the takeover');
    expect(broker.confirmedIds()).toEqual(entries.map((added) => added.id).sort());
    await relay.idle();
    expect(
      await outbox.markSent(
        dead.token,
        dead.entries.map((claimed) => claimed.id),
      ),
    ).toBe(0);
  });

  it('retries while MongoDB fails, and logs it once', async () => {
    class FlakyOutbox extends Outbox {
      failures = 3;
      override claim(options: { limit: number; leaseMs: number }): Promise<OutboxClaim> {
        if (this.failures > 0) {
          this.failures -= 1;
          return Promise.reject(new Error('connection pool closed'));
        }
        return super.claim(options);
      }
    }
    const flaky = new FlakyOutbox(db, { retentionSeconds: 3_600 });
    await addCommitted(3);

    await start({ outbox: flaky }).idle();

    expect(flaky.failures).toBe(0);
    expect(broker.confirmed).toHaveLength(3);
    expect(messages('error')).toEqual(['outbox unavailable: retrying with backoff']);
    expect(messages('info')).toEqual(['outbox relay recovered']);
  });

  it('goes on at full speed past an entry the broker refuses', async () => {
    broker.refusedQueues.add('users.gone');
    await db.transaction((session) => outbox.add([entry({}, { queue: 'users.gone' })], session));
    const entries = await addCommitted(100);
    // Were a partly confirmed batch to back off, ten batches would take over a minute.
    start({ batchSize: 10, backoff: { initialMs: 10_000, maxMs: 10_000 } });

    await eventually(() => broker.confirmed.length === 100, 'the other entries');
    expect(broker.confirmedIds()).toEqual(entries.map((added) => added.id).sort());
    expect((await outbox.stats()).backlog).toBe(1);
  });

  it('parks an entry the broker keeps refusing, and sends the rest at full speed', async () => {
    broker.refusedQueues.add('users.gone');
    const refused = Array.from({ length: 5 }, () => entry({}, { queue: 'users.gone' }));
    await db.transaction((session) => outbox.add(refused, session));
    const entries = await addCommitted(20);
    start({ batchSize: 5, maxRefusals: 3, backoff: { initialMs: 5, maxMs: 20 } });

    await eventually(() => broker.confirmed.length === 20, 'the other entries');
    expect(broker.confirmedIds()).toEqual(entries.map((added) => added.id).sort());
    await eventually(() => messages('error').length > 0, 'the parking');
    expect(await outbox.stats()).toMatchObject({ backlog: 0, parked: 5 });
    const parked = await outbox.parked(10);
    expect(parked.map((entry) => [entry.refusals, entry.lastError])).toEqual(
      Array.from({ length: 5 }, () => [3, "no queue 'users.gone'"]),
    );
    expect(messages('error')).toEqual([
      'outbox events parked after repeated broker refusals: see `pnpm events parked`',
    ]);
  });

  it('wakes on a nudge rather than at the next poll', async () => {
    const relay = start({ pollIntervalMs: 60_000 });
    await relay.idle();
    await addCommitted(1);

    relay.nudge();

    await eventually(() => broker.confirmed.length === 1, 'the nudged publish');
  });

  it('finishes the batch in flight when stopped, then stops', async () => {
    let openGate!: () => void;
    broker.gate = new Promise((resolve) => (openGate = resolve));
    await addCommitted(3);
    const relay = start();
    await eventually(() => broker.attempts === 3, 'the batch in flight');

    let stopped = false;
    const stopping = relay.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    openGate();
    await stopping;

    expect((await outbox.stats()).backlog).toBe(0);
    await expect(relay.idle()).rejects.toThrow('the outbox relay stopped');
  });
});
