import { defineEventCatalog, type EventEnvelope } from '@dabba/schema/events';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { closeMongo, connectMongo } from '../mongo';
import { Inbox, handleOnce } from './inbox';
import { Outbox } from './outbox';
import { createUnitOfWork, type Transaction, type UnitOfWork } from './unit-of-work';

const catalog = defineEventCatalog({
  'orders.order.placed.v1': z.object({ orderId: z.string() }),
  'users.points.awarded.v1': z.object({ orderId: z.string() }),
});
type Catalog = typeof catalog;
const CONSUMER = 'users.on_order_placed';
const RETENTION_SECONDS = 86_400;

let db: Connection;
let inbox: Inbox;
let outbox: Outbox;
let unitOfWork: UnitOfWork<Catalog>;

function orderPlaced(): EventEnvelope<{ orderId: string }> {
  return {
    id: uuidv7(),
    type: 'orders.order.placed.v1',
    source: 'orders',
    subject: 'ord_1',
    time: new Date().toISOString(),
    data: { orderId: 'ord_1' },
  };
}

/** The effect: points per order, and the event announcing them. */
async function awardPoints(event: EventEnvelope, tx: Transaction<Catalog>): Promise<void> {
  const { orderId } = event.data as { orderId: string };
  await db
    .collection('points')
    .updateOne(
      { _id: orderId as never },
      { $inc: { points: 10 } },
      { upsert: true, session: tx.session },
    );
  tx.publish({ type: 'users.points.awarded.v1', subject: orderId, data: { orderId } });
}

function handle(
  event: EventEnvelope,
  handler: (event: EventEnvelope, tx: Transaction<Catalog>) => Promise<void> = awardPoints,
  consumer = CONSUMER,
) {
  return handleOnce({ unitOfWork, inbox, consumer, event, handler });
}

async function points(orderId: string): Promise<number | undefined> {
  const doc = await db.collection('points').findOne({ _id: orderId as never });
  return doc?.points as number | undefined;
}

async function published(): Promise<number> {
  return (await outbox.stats()).backlog;
}

beforeAll(async () => {
  db = await connectMongo({ dbName: 'kit_inbox_test' });
  inbox = new Inbox(db, { retentionSeconds: RETENTION_SECONDS });
  outbox = new Outbox(db, { retentionSeconds: RETENTION_SECONDS });
  await Promise.all([
    inbox.syncIndexes(),
    outbox.syncIndexes(),
    db.createCollection('points'),
    db.createCollection('receipts'),
  ]);
  unitOfWork = createUnitOfWork({ db, source: 'users', catalog, outbox });
});

beforeEach(async () => {
  await Promise.all(
    ['inbox', 'outbox', 'points', 'receipts'].map((name) => db.collection(name).deleteMany({})),
  );
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('handleOnce', () => {
  it('expires inbox records after the retention', async () => {
    expect(await db.collection('inbox').indexes()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'handled_ttl',
          key: { handledAt: 1 },
          expireAfterSeconds: RETENTION_SECONDS,
        }),
      ]),
    );
  });

  it('applies an event, records it, and publishes what the handler published, together', async () => {
    const event = orderPlaced();

    expect(await handle(event)).toBe('handled');

    expect(await points('ord_1')).toBe(10);
    expect(await published()).toBe(1);
    expect(await db.collection('inbox').findOne({})).toEqual({
      _id: `${CONSUMER}/${event.id}`,
      consumer: CONSUMER,
      eventId: event.id,
      type: event.type,
      handledAt: expect.any(Date),
    });
  });

  it('drops a second delivery of the same event with no second effect', async () => {
    const event = orderPlaced();
    await handle(event);

    expect(await handle(event)).toBe('duplicate');

    expect(await points('ord_1')).toBe(10);
    expect(await published()).toBe(1);
  });

  it('records nothing when the handler fails, so a retry applies the event', async () => {
    const event = orderPlaced();
    const failing = async (failed: EventEnvelope, tx: Transaction<Catalog>) => {
      await awardPoints(failed, tx);
      throw new Error('loyalty service unavailable');
    };

    await expect(handle(event, failing)).rejects.toThrow('loyalty service unavailable');
    expect(await db.collection('inbox').countDocuments()).toBe(0);
    expect(await points('ord_1')).toBeUndefined();
    expect(await published()).toBe(0);

    expect(await handle(event)).toBe('handled');
    expect(await points('ord_1')).toBe(10);
  });

  it('prepares before the transaction, hands the result over, and prepares again until it commits', async () => {
    const event = orderPlaced();
    const steps: string[] = [];
    let failHandler = true;
    const prepare = async () => {
      steps.push('prepare');
      return { receipt: `rcpt_${steps.length}` };
    };
    const handler = async (applied: EventEnvelope, tx: Transaction<Catalog>, prepared: unknown) => {
      steps.push('handle');
      await awardPoints(applied, tx);
      await db.collection('receipts').insertOne({ prepared } as never, { session: tx.session });
      if (failHandler) throw new Error('provider answer did not match');
    };
    const deliver = () =>
      handleOnce({ unitOfWork, inbox, consumer: CONSUMER, event, prepare, handler });

    await expect(deliver()).rejects.toThrow('provider answer did not match');
    failHandler = false;
    expect(await deliver()).toBe('handled');
    // Already in the inbox: not even prepared.
    expect(await deliver()).toBe('duplicate');

    expect(steps).toEqual(['prepare', 'handle', 'prepare', 'handle']);
    expect(await points('ord_1')).toBe(10);
    expect(
      await db
        .collection('receipts')
        .find({}, { projection: { _id: 0 } })
        .toArray(),
    ).toEqual([{ prepared: { receipt: 'rcpt_3' } }]);
  });

  it('applies concurrent deliveries of one event once', async () => {
    const event = orderPlaced();

    const outcomes = await Promise.all(Array.from({ length: 6 }, () => handle(event)));

    expect(outcomes.sort()).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
      'handled',
    ]);
    expect(await points('ord_1')).toBe(10);
    expect(await published()).toBe(1);
  });

  it('applies an event once per consumer', async () => {
    const event = orderPlaced();

    expect(await handle(event)).toBe('handled');
    expect(await handle(event, awardPoints, 'users.on_order_placed_audit')).toBe('handled');
    expect(await handle(event, awardPoints, 'users.on_order_placed_audit')).toBe('duplicate');

    expect(await points('ord_1')).toBe(20);
  });
});
