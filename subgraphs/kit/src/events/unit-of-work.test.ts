import { defineEventCatalog, validateEvent } from '@dabba/schema/events';
import type { Connection } from 'mongoose';
import { z } from 'zod';
import { closeMongo, connectMongo } from '../mongo';
import { withTraceparent } from '../trace';
import { Outbox, type OutboxEntry } from './outbox';
import { createUnitOfWork, type Transaction, type UnitOfWork } from './unit-of-work';

const catalog = defineEventCatalog({
  'test.counter.bumped.v1': z.object({ value: z.number().int() }),
});
type Catalog = typeof catalog;
const BUMPED = 'test.counter.bumped.v1';
const TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

let db: Connection;
let outbox: Outbox;
let unitOfWork: UnitOfWork<Catalog>;
let commits: number;

async function outboxEntries(): Promise<OutboxEntry[]> {
  const { entries } = await outbox.claim({ limit: 1_000, leaseMs: 60_000 });
  return entries;
}

async function counter(): Promise<number | undefined> {
  const doc = await db.collection('counters').findOne({ _id: 'c' as never });
  return doc?.value as number | undefined;
}

/**
 * Reads the counter, stages its event, then writes it back bumped: concurrent runs conflict on
 * the write, after their attempt has staged an event.
 */
async function bump(tx: Transaction<Catalog>): Promise<number> {
  const current = await db
    .collection('counters')
    .findOne({ _id: 'c' as never }, { session: tx.session });
  const value = ((current?.value as number | undefined) ?? 0) + 1;
  tx.publish({ type: BUMPED, subject: 'c', data: { value } });
  await db
    .collection('counters')
    .updateOne({ _id: 'c' as never }, { $set: { value } }, { upsert: true, session: tx.session });
  return value;
}

beforeAll(async () => {
  db = await connectMongo({ dbName: 'kit_unit_of_work_test' });
  outbox = new Outbox(db, { retentionSeconds: 3_600 });
  await outbox.syncIndexes();
  await db.createCollection('counters');
  unitOfWork = createUnitOfWork({
    db,
    source: 'counters',
    catalog,
    outbox,
    onCommitted: () => (commits += 1),
  });
});

beforeEach(async () => {
  commits = 0;
  await Promise.all([
    db.collection('outbox').deleteMany({}),
    db.collection('counters').deleteMany({}),
  ]);
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('UnitOfWork', () => {
  it('commits the state change and its event together', async () => {
    expect(await unitOfWork.run(bump)).toBe(1);

    expect(await counter()).toBe(1);
    const [entry, ...others] = await outboxEntries();
    expect(others).toEqual([]);
    expect(entry!.id).toBe(entry!.event.id);
    expect(entry!.route).toEqual({ routingKey: BUMPED });
    expect(entry!.event).toEqual({
      id: expect.stringMatching(/^[\da-f]{8}-[\da-f]{4}-7/),
      type: BUMPED,
      source: 'counters',
      subject: 'c',
      time: expect.any(String),
      data: { value: 1 },
    });
    expect(validateEvent(catalog, entry!.event).ok).toBe(true);
    expect(commits).toBe(1);
  });

  it('rolls back the state change and its event together', async () => {
    await expect(
      unitOfWork.run(async (tx) => {
        await bump(tx);
        throw new Error('payment declined');
      }),
    ).rejects.toThrow('payment declined');

    expect(await counter()).toBeUndefined();
    expect(await outboxEntries()).toEqual([]);
    expect(commits).toBe(0);
  });

  it('refuses an event whose data does not match the catalog, and commits nothing', async () => {
    await expect(
      unitOfWork.run(async (tx) => {
        await db.collection('counters').insertOne({ _id: 'c' as never }, { session: tx.session });
        tx.publish({ type: BUMPED, subject: 'c', data: { value: 'one' as unknown as number } });
      }),
    ).rejects.toThrow(/cannot publish test\.counter\.bumped\.v1: invalid data: data\.value/);

    expect(await db.collection('counters').countDocuments()).toBe(0);
    expect(await outboxEntries()).toEqual([]);
  });

  it('carries the current trace and the tenant', async () => {
    await withTraceparent(TRACEPARENT, () =>
      unitOfWork.run(async (tx) => {
        tx.publish({ type: BUMPED, subject: 'c', data: { value: 7 }, tenant: 'org_pho24' });
      }),
    );

    const [entry] = await outboxEntries();
    expect(entry!.event).toMatchObject({ traceparent: TRACEPARENT, tenant: 'org_pho24' });
  });

  it('reruns conflicting work and keeps only the events of the attempts that committed', async () => {
    let attempts = 0;
    const values = await Promise.all(
      Array.from({ length: 8 }, () =>
        unitOfWork.run((tx) => {
          attempts += 1;
          return bump(tx);
        }),
      ),
    );

    expect(attempts).toBeGreaterThan(8);
    expect(values.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await counter()).toBe(8);
    const published = (await outboxEntries()).map(
      (entry) => (entry.event.data as { value: number }).value,
    );
    expect(published.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(commits).toBe(8);
  });

  it('refuses an event published after its work is over', async () => {
    let late: Transaction<Catalog> | undefined;
    await unitOfWork.run(async (tx) => {
      late = tx;
    });

    expect(() => late!.publish({ type: BUMPED, subject: 'c', data: { value: 1 } })).toThrow(
      /the unit of work is over/,
    );
    expect(await outboxEntries()).toEqual([]);
    expect(commits).toBe(0);
  });
});
