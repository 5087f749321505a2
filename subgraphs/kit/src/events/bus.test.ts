import { defineEventCatalog, type EventEnvelope } from '@dabba/schema/events';
import pino from 'pino';
import { Registry } from 'prom-client';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { currentTraceparent, parseTraceparent } from '../trace';
import { EventBus, retryDelays, type ConsumerSpec } from './bus';
import { MemoryBroker, memoryTransport } from './memory-transport';
import { createEventMetrics } from './metrics';
import { HEADERS, deadLetterQueueName, type Transport, type TransportMessage } from './transport';

const catalog = defineEventCatalog({
  'test.parcel.sent.v1': z.object({ parcelId: z.string() }),
});
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const QUEUE = 'test.track_parcels';

function event(overrides: Partial<EventEnvelope> = {}): EventEnvelope {
  return {
    id: uuidv7(),
    type: 'test.parcel.sent.v1',
    source: 'test',
    subject: 'prc_1',
    time: new Date().toISOString(),
    traceparent: TRACEPARENT,
    data: { parcelId: 'prc_1' },
    ...overrides,
  };
}

function message(body: unknown): TransportMessage {
  return {
    body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
    messageId: uuidv7(),
    type: 'test.parcel.sent.v1',
    headers: {},
  };
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('timed out');
}

describe('retryDelays', () => {
  it('doubles from the initial delay, capped, one per retry', () => {
    expect(retryDelays({ maxAttempts: 5, initialDelayMs: 1_000, maxDelayMs: 60_000 })).toEqual([
      1_000, 2_000, 4_000, 8_000,
    ]);
    expect(retryDelays({ maxAttempts: 4, initialDelayMs: 500, maxDelayMs: 1_500 })).toEqual([
      500, 1_000, 1_500,
    ]);
    expect(retryDelays({ maxAttempts: 1, initialDelayMs: 500, maxDelayMs: 1_500 })).toEqual([]);
  });
});

describe('EventBus', () => {
  let transport: Transport;
  let bus: EventBus;
  let registry: Registry;

  beforeEach(() => {
    transport = memoryTransport(new MemoryBroker());
    registry = new Registry();
    bus = new EventBus({
      transport,
      catalog,
      metrics: createEventMetrics(registry, async () => ({
        backlog: 0,
        parked: 0,
        oldestPendingAgeSeconds: 0,
      })),
      logger: pino({ level: 'silent' }),
    });
  });

  afterEach(async () => {
    await bus.close();
    await transport.close();
  });

  function subscribe(handle: ConsumerSpec['handle'], maxAttempts = 3) {
    return bus.subscribe({
      queue: QUEUE,
      eventTypes: ['test.parcel.sent.v1'],
      retry: { maxAttempts, initialDelayMs: 10, maxDelayMs: 20 },
      limits: { prefetch: 4, concurrency: 2 },
      handle,
    });
  }

  /** Takes what reached the DLQ so far. */
  async function deadLetters(count: number): Promise<TransportMessage[]> {
    const taken: TransportMessage[] = [];
    await eventually(
      () => transport.depth(deadLetterQueueName(QUEUE)),
      (depth) => depth === count,
    );
    const subscription = await transport.consume(
      deadLetterQueueName(QUEUE),
      { prefetch: 10, concurrency: 10 },
      async (letter) => void taken.push(letter),
    );
    await eventually(
      async () => taken.length,
      (length) => length === count,
    );
    await subscription.close();
    return taken;
  }

  async function metric(name: string): Promise<Record<string, number>> {
    const values = (await registry.getSingleMetric(name)!.get()).values;
    return Object.fromEntries(
      values.map((value) => [Object.values(value.labels).join('/'), value.value]),
    );
  }

  it('hands a valid event to the handler inside a child span of its trace', async () => {
    const seen: { event: EventEnvelope; traceparent: string | undefined }[] = [];
    await subscribe(async (received) => {
      seen.push({ event: received, traceparent: currentTraceparent() });
      return 'handled';
    });
    const sent = event();

    await transport.publish(message(sent), { routingKey: sent.type });

    await eventually(
      async () => seen.length,
      (length) => length === 1,
    );
    expect(seen[0]!.event).toEqual(sent);
    const child = parseTraceparent(seen[0]!.traceparent);
    expect(child?.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(child?.spanId).not.toBe('00f067aa0ba902b7');
    expect(await metric('events_consumed_total')).toEqual({
      [`${QUEUE}/test.parcel.sent.v1/handled`]: 1,
    });
  });

  it('continues the producer span the message header names rather than the envelope’s', async () => {
    const producer = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const seen: (string | undefined)[] = [];
    await subscribe(async () => {
      seen.push(currentTraceparent());
      return 'handled';
    });
    const sent = event();

    await transport.publish(
      { ...message(sent), headers: { [HEADERS.traceparent]: producer } },
      { routingKey: sent.type },
    );

    await eventually(
      async () => seen.length,
      (length) => length === 1,
    );
    expect(parseTraceparent(seen[0])).toEqual({
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: expect.not.stringMatching('b7ad6b7169203331'),
      flags: '01',
    });
  });

  it('retries a failing handler with the attempt number, then succeeds', async () => {
    const attempts: number[] = [];
    await subscribe(async (_received, attempt) => {
      attempts.push(attempt);
      if (attempt < 3) throw new Error('downstream unavailable');
      return 'handled';
    });
    const sent = event();

    await transport.publish(message(sent), { routingKey: sent.type });

    await eventually(
      async () => attempts.length,
      (length) => length === 3,
    );
    expect(attempts).toEqual([1, 2, 3]);
    expect(await metric('events_retried_total')).toEqual({ [`${QUEUE}/test.parcel.sent.v1`]: 2 });
    expect(await transport.depth(deadLetterQueueName(QUEUE))).toBe(0);
  });

  it('dead-letters after the last attempt with the error as the reason', async () => {
    let calls = 0;
    await subscribe(async () => {
      calls++;
      throw new Error('parcel prc_1 is unknown');
    }, 2);
    const sent = event();

    await transport.publish(message(sent), { routingKey: sent.type });

    const [letter] = await deadLetters(1);
    expect(calls).toBe(2);
    expect(JSON.parse(letter!.body.toString())).toEqual(sent);
    expect(letter!.headers).toMatchObject({
      [HEADERS.attempt]: 2,
      [HEADERS.deadLetterReason]: 'parcel prc_1 is unknown',
      [HEADERS.deadLetterQueue]: QUEUE,
    });
    expect(await metric('events_dead_lettered_total')).toEqual({ [`${QUEUE}/exhausted`]: 1 });
  });

  it.each([
    ['a body that is not JSON', '{"id": ', /^invalid event: body is not JSON: /],
    [
      'an unknown event type',
      event({ type: 'test.parcel.lost.v1' }),
      /^invalid event: unknown event type test\.parcel\.lost\.v1$/,
    ],
    [
      'data that breaks its schema',
      event({ data: { parcelId: 7 } }),
      /^invalid event: invalid data: data\.parcelId: /,
    ],
    ['an envelope without an id', event({ id: '' }), /^invalid event: invalid envelope: event\.id/],
  ])('dead-letters %s at once, without calling the handler', async (_case, body, reason) => {
    const handle = jest.fn(async () => 'handled' as const);
    await subscribe(handle);

    await transport.publish(message(body), { queue: QUEUE });

    const [letter] = await deadLetters(1);
    expect(handle).not.toHaveBeenCalled();
    expect(String(letter!.headers[HEADERS.deadLetterReason])).toMatch(reason);
    expect(letter!.headers[HEADERS.attempt]).toBe(1);
    expect(await metric('events_dead_lettered_total')).toEqual({ [`${QUEUE}/invalid`]: 1 });
  });
});
