import type { EventEnvelope } from '@dabba/schema/events';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { closeMongo, connectMongo } from '../mongo';
import { DeadLetterStore, type NewDeadLetter } from './dead-letters';

const CONSUMER = 'users.on_order_placed';

let db: Connection;
let deadLetters: DeadLetterStore;

function orderPlaced(): EventEnvelope {
  return {
    id: uuidv7(),
    type: 'orders.order.placed.v1',
    source: 'orders',
    subject: 'ord_1',
    time: new Date().toISOString(),
    data: { orderId: 'ord_1' },
  };
}

function letter(event: EventEnvelope, overrides: Partial<NewDeadLetter> = {}): NewDeadLetter {
  return {
    consumer: CONSUMER,
    body: JSON.stringify(event),
    event,
    reason: 'cannot apply',
    attempts: 5,
    deadAt: new Date(),
    ...overrides,
  };
}

beforeAll(async () => {
  db = await connectMongo({ dbName: 'kit_dead_letters_test' });
  deadLetters = new DeadLetterStore(db);
  await deadLetters.syncIndexes();
});

beforeEach(async () => {
  await db.collection('dead_letters').deleteMany({});
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('DeadLetterStore', () => {
  it('indexes the listing by consumer and status', async () => {
    expect(await db.collection('dead_letters').indexes()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'consumer_status',
          key: { consumer: 1, status: 1, deadAt: -1 },
        }),
        expect.objectContaining({ name: 'status', key: { status: 1, deadAt: -1 } }),
      ]),
    );
  });

  it('archives a dead letter with its event and reason', async () => {
    const event = orderPlaced();
    const deadAt = new Date('2026-03-01T12:00:00.000Z');

    const id = await deadLetters.add(letter(event, { reason: 'stock service down', deadAt }));

    expect(await deadLetters.get([id, 'missing'])).toEqual([
      {
        id,
        consumer: CONSUMER,
        event,
        eventId: event.id,
        type: event.type,
        body: JSON.stringify(event),
        reason: 'stock service down',
        attempts: 5,
        deadAt,
        status: 'dead',
      },
    ]);
  });

  it('keeps one record when the same dead letter is archived twice', async () => {
    const event = orderPlaced();
    const first = await deadLetters.add(letter(event, { reason: 'first' }));
    const second = await deadLetters.add(letter(event, { reason: 'archived again' }));

    expect(second).toBe(first);
    expect(await deadLetters.list({ limit: 10 })).toEqual([
      expect.objectContaining({ id: first, reason: 'first', status: 'dead' }),
    ]);
  });

  it('archives a body that is not an event, without an event', async () => {
    const garbage = await deadLetters.add({
      consumer: CONSUMER,
      body: '{"not": "an envelope"',
      reason: 'invalid event: body is not JSON',
      attempts: 1,
      deadAt: new Date(),
    });
    const other = await deadLetters.add({
      consumer: CONSUMER,
      body: '{"id": 42}',
      event: { id: 42 } as unknown as EventEnvelope,
      reason: 'invalid event: invalid envelope',
      attempts: 1,
      deadAt: new Date(),
    });

    expect(garbage).not.toBe(other);
    const [stored] = await deadLetters.get([other]);
    expect(stored).toEqual(expect.objectContaining({ body: '{"id": 42}', status: 'dead' }));
    expect(stored).not.toHaveProperty('event');
    expect(stored).not.toHaveProperty('eventId');
  });

  it('lists newest first, by consumer and status, up to the limit', async () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 12, minute));
    const oldest = await deadLetters.add(letter(orderPlaced(), { deadAt: at(1) }));
    const newest = await deadLetters.add(letter(orderPlaced(), { deadAt: at(3) }));
    const elsewhere = await deadLetters.add(
      letter(orderPlaced(), { consumer: 'dispatch.on_order_placed', deadAt: at(2) }),
    );
    await deadLetters.markRedelivered([newest]);

    const ids = async (options: Parameters<DeadLetterStore['list']>[0]) =>
      (await deadLetters.list(options)).map((listed) => listed.id);
    expect(await ids({ limit: 10 })).toEqual([newest, elsewhere, oldest]);
    expect(await ids({ limit: 2 })).toEqual([newest, elsewhere]);
    expect(await ids({ consumer: CONSUMER, limit: 10 })).toEqual([newest, oldest]);
    expect(await ids({ status: 'dead', limit: 10 })).toEqual([elsewhere, oldest]);
    expect(await ids({ consumer: CONSUMER, status: 'redelivered', limit: 10 })).toEqual([newest]);
  });

  it('marks dead letters redelivered once', async () => {
    const id = await deadLetters.add(letter(orderPlaced()));

    expect(await deadLetters.markRedelivered([id, 'missing'])).toBe(1);
    expect(await deadLetters.markRedelivered([id])).toBe(0);
    expect(await deadLetters.get([id])).toEqual([
      expect.objectContaining({ status: 'redelivered', redeliveredAt: expect.any(Date) }),
    ]);
  });

  it('marks redelivered in the caller transaction', async () => {
    const id = await deadLetters.add(letter(orderPlaced()));

    await expect(
      db.transaction(async (session) => {
        await deadLetters.markRedelivered([id], session);
        throw new Error('redelivery failed');
      }),
    ).rejects.toThrow('redelivery failed');

    expect(await deadLetters.get([id])).toEqual([expect.objectContaining({ status: 'dead' })]);
  });

  it('is dead again, with the new reason, when it dies after a redelivery', async () => {
    const event = orderPlaced();
    const id = await deadLetters.add(letter(event, { reason: 'first death' }));
    await deadLetters.markRedelivered([id]);

    expect(await deadLetters.add(letter(event, { reason: 'second death', attempts: 3 }))).toBe(id);

    const [again] = await deadLetters.get([id]);
    expect(again).toEqual(
      expect.objectContaining({ status: 'dead', reason: 'second death', attempts: 3 }),
    );
    expect(again).not.toHaveProperty('redeliveredAt');
  });
});
