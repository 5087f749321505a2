import type { EventEnvelope } from '@dabba/schema/events';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { closeMongo, connectMongo } from '../mongo';
import { Outbox, type OutboxEntry } from './outbox';
import type { Route } from './transport';

const RETENTION_SECONDS = 3_600;
const PLACED = 'orders.order.placed.v1';
const CANCELLED = 'orders.order.cancelled.v1';

let db: Connection;
let outbox: Outbox;

function entry(type = PLACED, createdAt = new Date()): OutboxEntry {
  const event: EventEnvelope = {
    id: uuidv7(),
    type,
    source: 'orders',
    subject: 'ord_1',
    time: createdAt.toISOString(),
    data: { orderId: 'ord_1' },
  };
  return { id: event.id, event, route: { routingKey: type }, createdAt };
}

async function addCommitted(entries: OutboxEntry[]): Promise<void> {
  await db.transaction((session) => outbox.add(entries, session));
}

async function sendAll(): Promise<void> {
  const { token, entries } = await outbox.claim({ limit: 1_000, leaseMs: 60_000 });
  await outbox.markSent(
    token,
    entries.map((claimed) => claimed.id),
  );
}

beforeAll(async () => {
  db = await connectMongo({ dbName: 'kit_outbox_test' });
  outbox = new Outbox(db, { retentionSeconds: RETENTION_SECONDS });
  await outbox.syncIndexes();
});

beforeEach(async () => {
  await db.collection('outbox').deleteMany({});
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('Outbox', () => {
  it('indexes the claim and replay queries and expires sent entries after the retention', async () => {
    expect(await db.collection('outbox').indexes()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'claim', key: { status: 1, _id: 1 } }),
        expect.objectContaining({ name: 'replay', key: { status: 1, createdAt: 1 } }),
        expect.objectContaining({
          name: 'sent_ttl',
          key: { sentAt: 1 },
          expireAfterSeconds: RETENTION_SECONDS,
        }),
      ]),
    );
  });

  it('moves the TTL when the retention changes', async () => {
    await new Outbox(db, { retentionSeconds: 60 }).syncIndexes();
    const ttl = (await db.collection('outbox').indexes()).find(
      (index) => index.name === 'sent_ttl',
    );
    expect(ttl?.expireAfterSeconds).toBe(60);
    await outbox.syncIndexes();
  });

  it('writes entries only when their transaction commits', async () => {
    const kept = entry();
    await addCommitted([kept]);
    await expect(
      db.transaction(async (session) => {
        await outbox.add([entry()], session);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');

    const { entries } = await outbox.claim({ limit: 10, leaseMs: 60_000 });
    expect(entries).toEqual([kept]);
  });

  it('claims pending entries oldest first, and never one already claimed', async () => {
    const all = [entry(), entry(), entry()];
    await addCommitted(all);

    const first = await outbox.claim({ limit: 2, leaseMs: 60_000 });
    const second = await outbox.claim({ limit: 10, leaseMs: 60_000 });
    const third = await outbox.claim({ limit: 10, leaseMs: 60_000 });

    expect(first.entries.map((claimed) => claimed.id)).toEqual([all[0]!.id, all[1]!.id]);
    expect(second.entries.map((claimed) => claimed.id)).toEqual([all[2]!.id]);
    expect(third.entries).toEqual([]);
    expect(new Set([first.token, second.token, third.token]).size).toBe(3);
  });

  it('never hands one entry to two concurrent claims, and hands out every entry', async () => {
    for (let round = 0; round < 30; round += 1) {
      const all = Array.from({ length: 20 }, () => entry());
      await addCommitted(all);
      const claims = await Promise.all([
        outbox.claim({ limit: 7 + (round % 5), leaseMs: 60_000 }),
        outbox.claim({ limit: 12 - (round % 5), leaseMs: 60_000 }),
        outbox.claim({ limit: 20, leaseMs: 60_000 }),
      ]);
      const ids = claims.flatMap((claim) => claim.entries.map((claimed) => claimed.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual(all.map((added) => added.id).sort());
      await db.collection('outbox').deleteMany({});
    }
  });

  it('lets another claim take the entries once the lease has expired', async () => {
    const all = [entry(), entry()];
    await addCommitted(all);
    const crashed = await outbox.claim({ limit: 10, leaseMs: 100 });
    expect((await outbox.claim({ limit: 10, leaseMs: 60_000 })).entries).toEqual([]);

    await new Promise((resolve) => setTimeout(resolve, 150));
    const takeover = await outbox.claim({ limit: 10, leaseMs: 60_000 });

    expect(takeover.entries).toEqual(crashed.entries);
    const ids = all.map((added) => added.id);
    expect(await outbox.markSent(crashed.token, ids)).toBe(0);
    expect(await outbox.markSent(takeover.token, ids)).toBe(2);
    expect(await outbox.stats()).toEqual({ backlog: 0, parked: 0, oldestPendingAgeSeconds: 0 });
  });

  it('hands released entries to the next claim at once', async () => {
    const [kept, released] = [entry(), entry()];
    await addCommitted([kept!, released!]);
    const claim = await outbox.claim({ limit: 10, leaseMs: 60_000 });

    expect(await outbox.markSent(claim.token, [kept!.id])).toBe(1);
    expect(await outbox.release(claim.token, [released!.id])).toEqual({ released: 1, parked: 0 });

    expect((await outbox.claim({ limit: 10, leaseMs: 60_000 })).entries).toEqual([released]);
  });

  it('holds a released entry back for its delay, and parks one refused too often until unparked', async () => {
    const [held, refused] = [entry(), entry()];
    await addCommitted([held, refused]);
    let claim = await outbox.claim({ limit: 10, leaseMs: 60_000 });
    await outbox.release(claim.token, [held.id], { delayMs: 60_000 });
    const refusal = { error: 'NO_ROUTE', maxRefusals: 2 };
    expect(await outbox.release(claim.token, [refused.id], { refused: refusal })).toEqual({
      released: 1,
      parked: 0,
    });
    claim = await outbox.claim({ limit: 10, leaseMs: 60_000 });
    expect(claim.entries.map((claimed) => claimed.id)).toEqual([refused.id]);
    expect(await outbox.release(claim.token, [refused.id], { refused: refusal })).toEqual({
      released: 1,
      parked: 1,
    });

    expect((await outbox.claim({ limit: 10, leaseMs: 60_000 })).entries).toEqual([]);
    expect(await outbox.stats()).toMatchObject({ backlog: 1, parked: 1 });
    expect(await outbox.parked(10)).toEqual([{ ...refused, refusals: 2, lastError: 'NO_ROUTE' }]);

    expect(await outbox.unpark()).toBe(1);
    expect((await outbox.claim({ limit: 10, leaseMs: 60_000 })).entries).toEqual([refused]);
  });

  it('counts the backlog and the age of the oldest pending entry', async () => {
    const old = entry(PLACED, new Date(Date.now() - 90_000));
    await addCommitted([old, entry()]);
    expect(await outbox.stats()).toEqual({
      backlog: 2,
      parked: 0,
      oldestPendingAgeSeconds: expect.closeTo(90, 0),
    });

    const claim = await outbox.claim({ limit: 1, leaseMs: 60_000 });
    await outbox.markSent(claim.token, [old.id]);
    expect(await outbox.stats()).toEqual({
      backlog: 1,
      parked: 0,
      oldestPendingAgeSeconds: expect.closeTo(0, 0),
    });
  });

  it('enqueues another delivery of an event already sent, under a fresh entry id', async () => {
    const sent = entry();
    await addCommitted([sent]);
    await sendAll();
    const redelivery: OutboxEntry = {
      ...sent,
      id: uuidv7(),
      route: { queue: 'users.on_order_placed' },
      createdAt: new Date(),
    };
    await outbox.enqueue([redelivery]);

    expect((await outbox.claim({ limit: 10, leaseMs: 60_000 })).entries).toEqual([redelivery]);
  });

  describe('requeueSent (replay)', () => {
    const at = (minutes: number) => new Date(Date.UTC(2026, 2, 1, 12, minutes));

    it('sets back to pending only the sent entries of the window and types', async () => {
      const before = entry(PLACED, at(0));
      const inside = entry(PLACED, at(10));
      const otherType = entry(CANCELLED, at(20));
      const atUntil = entry(PLACED, at(30));
      await addCommitted([before, inside, otherType, atUntil]);
      await sendAll();
      const pending = entry(PLACED, at(15));
      await addCommitted([pending]);

      const count = await outbox.requeueSent({ since: at(5), until: at(30), types: [PLACED] });

      expect(count).toBe(1);
      const { entries } = await outbox.claim({ limit: 10, leaseMs: 60_000 });
      expect(entries.map((claimed) => claimed.id).sort()).toEqual([inside.id, pending.id].sort());
    });

    it('sends a replay to one queue once, keeping the entry its own route', async () => {
      const sent = entry(PLACED, at(10));
      await addCommitted([sent]);
      await sendAll();
      const queue: Route = { queue: 'users.on_order_placed' };

      expect(await outbox.requeueSent({ since: at(0), route: queue })).toBe(1);
      const replay = await outbox.claim({ limit: 10, leaseMs: 60_000 });
      expect(replay.entries.map((claimed) => claimed.route)).toEqual([queue]);
      await outbox.markSent(replay.token, [sent.id]);

      expect(await outbox.requeueSent({ since: at(0) })).toBe(1);
      const again = await outbox.claim({ limit: 10, leaseMs: 60_000 });
      expect(again.entries.map((claimed) => claimed.route)).toEqual([{ routingKey: PLACED }]);
    });
  });
});
