/**
 * The Transport port's contract, run against both adapters: the in-process broker always,
 * RabbitMQ when AMQP_URL is set. Each test has its own exchange and queues and deletes them.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { Connection } from 'rabbitmq-client';
import { acquireBrokerOutageLock } from './__fixtures__/broker-outage-lock';
import { MemoryBroker, memoryTransport, type MemorySubscription } from './memory-transport';
import { rabbitmqTransport } from './rabbitmq-transport';
import {
  HEADERS,
  MessageRefusedError,
  deadLetterQueueName,
  retryQueueName,
  type ConsumerTopology,
  type MessageHandler,
  type Transport,
  type TransportMessage,
  type TransportSubscription,
} from './transport';

const run = promisify(execFile);
const AMQP_URL = process.env.AMQP_URL;

/** One test's broker, whose transports all publish through the test's own exchange. */
interface TestBroker {
  transport(): Transport;
  /** The consumer behind `subscription` dies without acking what it holds. */
  crash(transport: Transport, subscription: TransportSubscription): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Deletes what is left of the test on the broker once its transports are closed. */
  dispose(): Promise<void>;
}

interface Adapter {
  name: string;
  /** Held for the whole block; returns its release. */
  reserve(): Promise<() => Promise<void>>;
  open(exchange: string): TestBroker;
}

const memory: Adapter = {
  name: 'in-process broker',
  reserve: async () => async () => undefined,
  open(exchange) {
    const broker = new MemoryBroker();
    return {
      transport: () => memoryTransport(broker, { exchange }),
      crash: async (_transport, subscription) => (subscription as MemorySubscription).abort(),
      stop: async () => broker.stop(),
      start: async () => broker.start(),
      dispose: async () => undefined,
    };
  },
};

const startApp = async () => void (await run('rabbitmqctl', ['start_app']));

const rabbitmq: Adapter = {
  name: 'RabbitMQ',
  /** The restart test stops RabbitMQ: no other suite may use it meanwhile, nor find it stopped. */
  async reserve() {
    const release = await acquireBrokerOutageLock();
    return async () => {
      await startApp();
      await release();
    };
  },
  open(exchange) {
    return {
      transport: () => rabbitmqTransport({ url: AMQP_URL!, exchange }),
      crash: (transport) => transport.close(),
      stop: async () => void (await run('rabbitmqctl', ['stop_app'])),
      start: startApp,
      async dispose() {
        const connection = new Connection(AMQP_URL!);
        try {
          await connection.exchangeDelete({ exchange });
        } finally {
          await connection.close();
        }
      },
    };
  },
};

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** Messages the handler resolved for, in order. */
function recorder(): { handler: MessageHandler; ids: string[]; messages: TransportMessage[] } {
  const messages: TransportMessage[] = [];
  const ids: string[] = [];
  return {
    messages,
    ids,
    handler: async (message) => {
      messages.push(message);
      ids.push(message.messageId);
    },
  };
}

const LIMITS = { prefetch: 8, concurrency: 4 };

function contract(adapter: Adapter) {
  let release: () => Promise<void>;
  let broker: TestBroker;
  let suffix: string;
  let transports: Transport[];
  let topologies: ConsumerTopology[];

  beforeAll(async () => {
    release = await adapter.reserve();
  }, 600_000);

  afterAll(async () => {
    await release();
  }, 60_000);

  beforeEach(() => {
    suffix = randomBytes(4).toString('hex');
    broker = adapter.open(`contract_${suffix}.events`);
    transports = [];
    topologies = [];
  });

  afterEach(async () => {
    await Promise.all(transports.map((transport) => transport.close()));
    const cleanup = broker.transport();
    for (const topology of topologies) await cleanup.deleteConsumer(topology);
    await cleanup.close();
    await broker.dispose();
  }, 60_000);

  function transport(): Transport {
    const opened = broker.transport();
    transports.push(opened);
    return opened;
  }

  async function declare(
    on: Transport,
    name: string,
    routingKeys: string[] = [],
    retryDelaysMs: number[] = [],
  ): Promise<string> {
    const topology = { queue: `contract_${suffix}.${name}`, routingKeys, retryDelaysMs };
    topologies.push(topology);
    await on.declareConsumer(topology);
    return topology.queue;
  }

  function message(n: number, type = 'thing.created.v1'): TransportMessage {
    return {
      body: Buffer.from(JSON.stringify({ n })),
      messageId: `${suffix}-${n}`,
      type,
      headers: { [HEADERS.attempt]: 1 },
    };
  }

  const depthIs = (on: Transport, queue: string, expected: number) =>
    eventually(async () => (await on.depth(queue)) === expected, `${queue} to hold ${expected}`);

  it('routes by routing key to every bound queue, once each, and to no other', async () => {
    const t = transport();
    const created = await declare(t, 'created', ['thing.created.v1']);
    const both = await declare(t, 'both', ['thing.created.v1', 'order.placed.v1']);
    const wildcards = await declare(t, 'wildcards', ['thing.#', '*.deleted.v1']);
    const unbound = await declare(t, 'unbound', ['other.placed.v1']);

    await t.publish(message(1, 'thing.created.v1'), { routingKey: 'thing.created.v1' });
    await t.publish(message(2, 'order.placed.v1'), { routingKey: 'order.placed.v1' });
    await t.publish(message(3, 'thing.deleted.v1'), { routingKey: 'thing.deleted.v1' });
    await t.publish(message(4, 'nobody.cares.v1'), { routingKey: 'nobody.cares.v1' });

    await depthIs(t, created, 1);
    await depthIs(t, both, 2);
    await depthIs(t, wildcards, 2);
    expect(await t.depth(unbound)).toBe(0);
    expect(await t.depth(deadLetterQueueName(created))).toBe(0);
  });

  it('publishes straight to a named queue, and nowhere else', async () => {
    const t = transport();
    const queue = await declare(t, 'direct', ['thing.created.v1']);
    const other = await declare(t, 'other', ['thing.created.v1']);

    await t.publish(message(1), { queue });

    await depthIs(t, queue, 1);
    expect(await t.depth(other)).toBe(0);
  });

  it('rejects a publish to a missing queue, and keeps publishing afterwards', async () => {
    const t = transport();
    const queue = await declare(t, 'present');

    await expect(t.publish(message(1), { queue: `contract_${suffix}.missing` })).rejects.toThrow(
      MessageRefusedError,
    );
    await t.publish(message(2), { queue });

    await depthIs(t, queue, 1);
  });

  // RabbitMQ may deliver before the publisher confirm settles publish's promise, so what holds on
  // both adapters is that the handler is never re-entered from the publish call itself.
  it('never runs a handler inside the publish call', async () => {
    const t = transport();
    const queue = await declare(t, 'async', ['thing.created.v1']);
    const seen = recorder();
    let publishing = false;
    let reentered = false;
    await t.consume(queue, LIMITS, async (delivered) => {
      reentered ||= publishing;
      await seen.handler(delivered);
    });

    publishing = true;
    const published = t.publish(message(1), { routingKey: 'thing.created.v1' });
    publishing = false;
    await published;

    await eventually(() => seen.ids.length === 1, 'the delivery');
    expect(reentered).toBe(false);
  });

  it('hands every listener a copy of what is published under its routing keys, and nothing else', async () => {
    const t = transport();
    const consumerQueue = await declare(t, 'durable', ['thing.created.v1']);
    const first: string[] = [];
    const second: string[] = [];
    await t.listen(
      { queue: `contract_${suffix}.live.a`, routingKeys: ['thing.created.v1'], maxBacklog: 100 },
      (delivered) => first.push(delivered.messageId),
    );
    await transport().listen(
      { queue: `contract_${suffix}.live.b`, routingKeys: ['thing.#'], maxBacklog: 100 },
      (delivered) => second.push(delivered.messageId),
    );

    await t.publish(message(1, 'thing.created.v1'), { routingKey: 'thing.created.v1' });
    await t.publish(message(2, 'thing.deleted.v1'), { routingKey: 'thing.deleted.v1' });
    await t.publish(message(3, 'other.created.v1'), { routingKey: 'other.created.v1' });

    await eventually(() => first.length === 1 && second.length === 2, 'both listeners');
    expect(first).toEqual([`${suffix}-1`]);
    expect(second).toEqual([`${suffix}-1`, `${suffix}-2`]);
    // Durable consumer queues still get their own copy.
    await depthIs(t, consumerQueue, 1);
  });

  it('keeps nothing for a listener once it stops, and drops a message its handler throws on', async () => {
    const t = transport();
    const queue = `contract_${suffix}.live.stopping`;
    const seen: string[] = [];
    const listener = await t.listen(
      { queue, routingKeys: ['thing.created.v1'], maxBacklog: 100 },
      (delivered) => {
        seen.push(delivered.messageId);
        if (seen.length === 1) throw new Error('listener failure');
      },
    );
    await t.publish(message(1), { routingKey: 'thing.created.v1' });
    await t.publish(message(2), { routingKey: 'thing.created.v1' });
    await eventually(() => seen.length === 2, 'both deliveries');

    await listener.close();
    await t.publish(message(3), { routingKey: 'thing.created.v1' });
    const again: string[] = [];
    await t.listen({ queue, routingKeys: ['thing.created.v1'], maxBacklog: 100 }, (delivered) =>
      again.push(delivered.messageId),
    );
    await t.publish(message(4), { routingKey: 'thing.created.v1' });

    await eventually(() => again.length === 1, 'the delivery to the new listener');
    await sleep(100);
    expect(seen).toEqual([`${suffix}-1`, `${suffix}-2`]);
    expect(again).toEqual([`${suffix}-4`]);
  });

  it('carries body bytes, messageId, type and headers unchanged', async () => {
    const t = transport();
    const queue = await declare(t, 'roundtrip', ['thing.created.v1']);
    const seen = recorder();
    await t.consume(queue, LIMITS, seen.handler);
    const sent: TransportMessage = {
      body: Buffer.from('{"n": 1.0, "name":"Phở \\u00e9"}'),
      messageId: `${suffix}-roundtrip`,
      type: 'thing.created.v1',
      headers: {
        [HEADERS.attempt]: 3,
        [HEADERS.traceparent]: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
        [HEADERS.deadLetterReason]: 'cannot apply: ünïcode',
        'x-ratio': 0.25,
      },
    };

    await t.publish(sent, { routingKey: 'thing.created.v1' });

    await eventually(() => seen.messages.length === 1, 'the delivery');
    const [received] = seen.messages;
    expect(received!.body.equals(sent.body)).toBe(true);
    expect(received).toEqual(sent);
  });

  it('acks when the handler resolves: nothing is left or redelivered', async () => {
    const t = transport();
    const queue = await declare(t, 'acks', ['thing.created.v1']);
    const seen = recorder();
    const subscription = await t.consume(queue, LIMITS, seen.handler);

    for (const n of [1, 2, 3]) await t.publish(message(n), { routingKey: 'thing.created.v1' });
    await eventually(() => seen.ids.length === 3, '3 deliveries');
    await subscription.close();

    expect(await t.depth(queue)).toBe(0);
    const again = recorder();
    await transport().consume(queue, LIMITS, again.handler);
    await sleep(300);
    expect(again.ids).toEqual([]);
    expect(seen.ids.sort()).toEqual([
      message(1).messageId,
      message(2).messageId,
      message(3).messageId,
    ]);
  });

  it('requeues when the handler throws, and redelivers', async () => {
    const t = transport();
    const queue = await declare(t, 'nacks', ['thing.created.v1']);
    const attempts: string[] = [];
    const subscription = await t.consume(queue, LIMITS, async (received) => {
      attempts.push(received.messageId);
      if (attempts.length < 3) throw new Error('transient failure');
    });

    await t.publish(message(1), { routingKey: 'thing.created.v1' });

    await eventually(() => attempts.length === 3, 'the third delivery');
    await subscription.close();
    expect(attempts).toEqual([message(1).messageId, message(1).messageId, message(1).messageId]);
    expect(await t.depth(queue)).toBe(0);
  });

  it('holds at most prefetch unacked deliveries and runs at most concurrency handlers', async () => {
    const t = transport();
    const queue = await declare(t, 'limits', ['thing.created.v1']);
    for (let n = 1; n <= 20; n += 1)
      await t.publish(message(n), { routingKey: 'thing.created.v1' });
    const gate = deferred();
    let running = 0;
    let mostAtOnce = 0;
    let handled = 0;
    await t.consume(queue, { prefetch: 6, concurrency: 3 }, async () => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await gate.promise;
      await sleep(10);
      running -= 1;
      handled += 1;
    });

    await depthIs(t, queue, 14);
    await sleep(200);
    expect(running).toBe(3);
    expect(await t.depth(queue)).toBe(14);

    gate.resolve();
    await eventually(() => handled === 20, '20 handled');
    expect(mostAtOnce).toBe(3);
    await depthIs(t, queue, 0);
  });

  it('moves a message from a retry queue back to its queue after the delay', async () => {
    const delayMs = 1_500;
    const t = transport();
    const queue = await declare(t, 'retries', ['thing.created.v1'], [delayMs]);
    const seen = recorder();
    await t.consume(queue, LIMITS, seen.handler);
    const retried = { ...message(1), headers: { [HEADERS.attempt]: 2 } };

    const sentAt = Date.now();
    await t.publish(retried, { queue: retryQueueName(queue, delayMs) });
    await eventually(() => seen.ids.length === 1, 'the delayed delivery');

    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(delayMs / 2);
    expect(seen.messages).toEqual([retried]);
    expect(await t.depth(retryQueueName(queue, delayMs))).toBe(0);
  });

  it('keeps what is sent to the dead-letter queue', async () => {
    const t = transport();
    const queue = await declare(t, 'dead', ['thing.created.v1'], [100]);

    await t.publish(message(1), { queue: deadLetterQueueName(queue) });
    await t.publish(message(2), { queue: deadLetterQueueName(queue) });

    await depthIs(t, deadLetterQueueName(queue), 2);
    await sleep(300);
    expect(await t.depth(deadLetterQueueName(queue))).toBe(2);
    expect(await t.depth(queue)).toBe(0);
  });

  it('lets close() finish and ack the handlers in flight', async () => {
    const t = transport();
    const queue = await declare(t, 'graceful', ['thing.created.v1']);
    const gate = deferred();
    const started = deferred();
    let handled = 0;
    const subscription = await t.consume(queue, LIMITS, async () => {
      started.resolve();
      await gate.promise;
      handled += 1;
    });
    await t.publish(message(1), { routingKey: 'thing.created.v1' });
    await started.promise;

    const closing = subscription.close();
    await sleep(100);
    gate.resolve();
    await closing;

    expect(handled).toBe(1);
    const again = recorder();
    await transport().consume(queue, LIMITS, again.handler);
    await sleep(300);
    expect(again.ids).toEqual([]);
    expect(await t.depth(queue)).toBe(0);
  });

  it("deletes a consumer's queues for good, dropping its consumers", async () => {
    const t = transport();
    const topology = {
      queue: `contract_${suffix}.deleted`,
      routingKeys: ['thing.created.v1'],
      retryDelaysMs: [100],
    };
    topologies.push(topology);
    await t.declareConsumer(topology);
    const seen = recorder();
    await t.consume(topology.queue, LIMITS, seen.handler);

    await t.deleteConsumer(topology);
    await sleep(1_500);

    await expect(t.depth(topology.queue)).rejects.toThrow();
    await expect(t.depth(retryQueueName(topology.queue, 100))).rejects.toThrow();
    await expect(t.depth(deadLetterQueueName(topology.queue))).rejects.toThrow();
    await t.publish(message(1), { routingKey: 'thing.created.v1' });
    await sleep(300);
    expect(seen.ids).toEqual([]);
  });

  it('redelivers to another consumer what a consumer that went away had not acked', async () => {
    const crashing = transport();
    const queue = await declare(crashing, 'crash', ['thing.created.v1']);
    const gate = deferred();
    const first: string[] = [];
    const subscription = await crashing.consume(queue, LIMITS, async (received) => {
      first.push(received.messageId);
      await gate.promise;
    });
    await crashing.publish(message(1), { routingKey: 'thing.created.v1' });
    await eventually(() => first.length === 1, 'the first delivery');

    await broker.crash(crashing, subscription);
    const survivor = transport();
    const seen = recorder();
    const next = await survivor.consume(queue, LIMITS, seen.handler);
    await eventually(() => seen.ids.length === 1, 'the redelivery');
    gate.resolve();
    await sleep(300);
    await next.close();

    expect(first).toEqual([message(1).messageId]);
    expect(seen.ids).toEqual([message(1).messageId]);
    expect(await survivor.depth(queue)).toBe(0);
  });

  it('rejects publishes while the broker is down and resumes on the same transport, losing nothing', async () => {
    const t = transport();
    const queue = await declare(t, 'restart', ['thing.created.v1']);
    const held = message(2);
    const gate = deferred();
    const seen: string[] = [];
    await t.consume(queue, LIMITS, async (received) => {
      seen.push(received.messageId);
      if (received.messageId === held.messageId && seen.length === 2) await gate.promise;
    });
    await t.publish(message(1), { routingKey: 'thing.created.v1' });
    await eventually(() => seen.length === 1, 'the first delivery');
    await t.publish(message(9), { queue: deadLetterQueueName(queue) });
    await t.publish(held, { routingKey: 'thing.created.v1' });
    await eventually(() => seen.length === 2, 'the held delivery');

    await broker.stop();
    try {
      await expect(t.publish(message(3), { routingKey: 'thing.created.v1' })).rejects.toThrow();
      gate.resolve();
    } finally {
      await broker.start();
    }
    await eventually(
      () =>
        t.publish(message(3), { routingKey: 'thing.created.v1' }).then(
          () => true,
          () => false,
        ),
      'a publish after the restart',
      60_000,
    );
    await t.publish(message(4), { routingKey: 'thing.created.v1' });

    await eventually(() => seen.length === 5, 'the deliveries after the restart', 60_000);
    expect(seen.slice(2).sort()).toEqual([held, message(3), message(4)].map((m) => m.messageId));
    expect(await t.depth(deadLetterQueueName(queue))).toBe(1);
    await depthIs(t, queue, 0);
  }, 120_000);
}

describe.each([memory])('transport contract on the $name', contract);

if (!AMQP_URL) console.warn('AMQP_URL is not set: skipping the RabbitMQ transport contract');
(AMQP_URL ? describe.each : describe.skip.each)([rabbitmq])(
  'transport contract on $name',
  contract,
);
