import { eventCatalog } from '@dabba/schema/events';
import {
  closeMongo,
  connectMongo,
  createLogger,
  createUnitOfWork,
  Outbox,
  type UnitOfWork,
} from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';
import type { Store } from '../domain/store';
import { openProductPersistence } from '../persistence/product-persistence';
import { deliverOrderEvent } from './order-event-delivery.testing';
import { createProductServices, type ProductServices } from './product-services';

const STORE: Store = {
  id: 'sto_reservations',
  name: 'Reservations Mart',
  kind: 'GROCERY',
  currency: 'VND',
  organizationId: 'org_reservations',
  createdAt: new Date('2026-01-01T00:00:00Z'),
} as Store;

let db: Connection;
let outbox: Outbox;
let unitOfWork: UnitOfWork;
let services: ProductServices;
/** Service instances sharing the database, as replicas of the subgraph would. */
let replicas: ProductServices[];
let clock = new Date('2026-05-02T10:00:00Z');

async function product(sku: string, onHand: number, lowStockThreshold = 0): Promise<void> {
  const created = await services.createProduct({
    storeId: STORE.id,
    idempotencyKey: `create-${sku}`,
    sku,
    name: { en: sku },
    unit: 'PIECE',
    unitSize: 1,
    price: '10000',
    lowStockThreshold,
  });
  expect(created.kind).toBe('Product');
  expect(await services.setStock({ storeId: STORE.id, sku, onHand })).toMatchObject({
    kind: 'Inventory',
  });
}

async function stock(sku: string) {
  const [record] = await services.getInventories([{ storeId: STORE.id, sku }]);
  return (
    record && { onHand: record.onHand, reserved: record.reserved, available: record.available }
  );
}

async function published(type: string) {
  const { entries } = await outbox.claim({ limit: 10_000, leaseMs: 60_000 });
  return entries.map((entry) => entry.event).filter((event) => event.type === type);
}

beforeAll(async () => {
  db = await connectMongo({ dbName: 'catalog_reservations_test' });
  outbox = new Outbox(db, { retentionSeconds: 3_600 });
  await outbox.syncIndexes();
  unitOfWork = createUnitOfWork({ db, source: 'catalog', catalog: eventCatalog, outbox });
  const persistence = await openProductPersistence(db);
  replicas = Array.from({ length: 4 }, () =>
    createProductServices(persistence, {
      unitOfWork,
      logger: createLogger('catalog-test', 'silent'),
      findStore: async (id) => (id === STORE.id ? STORE : null),
      now: () => clock,
    }),
  );
  services = replicas[0]!;
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('stock reservations on the embedded MongoDB', () => {
  it('lets exactly 100 of 500 concurrent one-unit reservations through 100 units, never below zero', async () => {
    await product('RICE-ST25-5KG', 100);
    // Spread over four replicas, whose transactions race on the one stock record.
    const outcomes = await Promise.all(
      Array.from({ length: 500 }, (_, n) =>
        replicas[n % replicas.length]!.reserveStock({
          storeId: STORE.id,
          reservationKey: `ord_race_${n}`,
          lines: [{ sku: 'RICE-ST25-5KG', quantity: 1 }],
        }),
      ),
    );
    const kinds = outcomes.map((outcome) => outcome.kind);
    expect(kinds.filter((kind) => kind === 'Reservation')).toHaveLength(100);
    expect(kinds.filter((kind) => kind === 'InsufficientStock')).toHaveLength(400);
    expect(await stock('RICE-ST25-5KG')).toEqual({ onHand: 100, reserved: 100, available: 0 });
    const keys = outcomes.flatMap((outcome) =>
      outcome.kind === 'Reservation' ? [outcome.reservation.key] : [],
    );
    expect(new Set(keys).size).toBe(100);
  }, 60_000);

  it('reserves all lines or none, and names unknown SKUs', async () => {
    await product('EGGS-10', 5);
    await product('MILK-1L', 1);
    const short = await services.reserveStock({
      storeId: STORE.id,
      reservationKey: 'ord_multi_short',
      lines: [
        { sku: 'EGGS-10', quantity: 2 },
        { sku: 'MILK-1L', quantity: 2 },
      ],
    });
    expect(short).toEqual({
      kind: 'InsufficientStock',
      lines: [{ sku: 'MILK-1L', requested: 2, available: 1 }],
    });
    expect(await stock('EGGS-10')).toEqual({ onHand: 5, reserved: 0, available: 5 });
    expect(
      await services.reserveStock({
        storeId: STORE.id,
        reservationKey: 'ord_unknown',
        lines: [
          { sku: 'EGGS-10', quantity: 1 },
          { sku: 'NOPE-1', quantity: 1 },
        ],
      }),
    ).toEqual({ kind: 'UnknownSkus', skus: ['NOPE-1'] });
  });

  it('replays a reservation key, refuses it for a different request, and commits on payment', async () => {
    const request = {
      storeId: STORE.id,
      reservationKey: 'ord_paid',
      lines: [
        { sku: 'EGGS-10', quantity: 2 },
        { sku: 'MILK-1L', quantity: 1 },
      ],
    };
    const first = await services.reserveStock(request);
    expect(first.kind).toBe('Reservation');
    expect(await services.reserveStock(request)).toEqual(first);
    expect(
      await services.reserveStock({ ...request, lines: [{ sku: 'EGGS-10', quantity: 1 }] }),
    ).toEqual({
      kind: 'ReservationKeyReused',
      reservationKey: 'ord_paid',
    });
    expect(await stock('EGGS-10')).toEqual({ onHand: 5, reserved: 2, available: 3 });

    expect(await unitOfWork.run((tx) => services.commitReservation('ord_paid', tx))).toBe(true);
    expect(await unitOfWork.run((tx) => services.commitReservation('ord_paid', tx))).toBe(false);
    expect(await stock('EGGS-10')).toEqual({ onHand: 3, reserved: 0, available: 3 });
    expect(await stock('MILK-1L')).toEqual({ onHand: 0, reserved: 0, available: 0 });

    // Cancelled after payment: the units go back on the shelf.
    expect(await unitOfWork.run((tx) => services.releaseReservation('ord_paid', tx))).toBe(true);
    expect(await stock('EGGS-10')).toEqual({ onHand: 5, reserved: 0, available: 5 });
  });

  it('takes stock once for a key sent many times at once, and refuses the key for another basket', async () => {
    await product('TEA-20', 10);
    const request = {
      storeId: STORE.id,
      reservationKey: 'ord_retried',
      lines: [{ sku: 'TEA-20', quantity: 3 }],
    };
    // Same key, same moment, on one replica and on another: one group commit and a race.
    const outcomes = await Promise.all([
      ...Array.from({ length: 10 }, (_, n) => replicas[n % 2]!.reserveStock(request)),
      services.reserveStock({ ...request, lines: [{ sku: 'TEA-20', quantity: 1 }] }),
    ]);

    const held = outcomes.slice(0, 10);
    expect(held.every((outcome) => outcome.kind === 'Reservation')).toBe(true);
    expect(new Set(held.map((outcome) => JSON.stringify(outcome))).size).toBe(1);
    expect(outcomes[10]).toEqual({ kind: 'ReservationKeyReused', reservationKey: 'ord_retried' });
    expect(await stock('TEA-20')).toEqual({ onHand: 10, reserved: 3, available: 7 });
  });

  it('releases on cancellation and expires held reservations once, however many sweepers run', async () => {
    await product('BREAD-1', 10);
    for (const key of ['ord_cancel', 'ord_expire_1', 'ord_expire_2']) {
      const held = await services.reserveStock({
        storeId: STORE.id,
        reservationKey: key,
        lines: [{ sku: 'BREAD-1', quantity: 3 }],
        ttlSeconds: 60,
      });
      expect(held.kind).toBe('Reservation');
    }
    expect(await stock('BREAD-1')).toEqual({ onHand: 10, reserved: 9, available: 1 });
    expect(await unitOfWork.run((tx) => services.releaseReservation('ord_cancel', tx))).toBe(true);
    expect(await unitOfWork.run((tx) => services.releaseReservation('ord_cancel', tx))).toBe(false);
    expect(await stock('BREAD-1')).toEqual({ onHand: 10, reserved: 6, available: 4 });

    // An order that failed (its payment never completed) gives its units back through the consumer.
    await services.reserveStock({
      storeId: STORE.id,
      reservationKey: 'ord_failed',
      lines: [{ sku: 'BREAD-1', quantity: 2 }],
    });
    expect(await stock('BREAD-1')).toEqual({ onHand: 10, reserved: 8, available: 2 });
    const consumers = await deliverOrderEvent(services, unitOfWork, 'orders.order.failed.v1', {
      orderId: 'ord_failed',
      customerId: 'usr_failed',
      storeId: STORE.id,
      reason: 'payment declined',
      failedAt: clock.toISOString(),
    });
    expect(consumers).toContain('release_stock_on_order_end');
    expect(await stock('BREAD-1')).toEqual({ onHand: 10, reserved: 6, available: 4 });

    expect(await services.expireReservations()).toBe(0);
    clock = new Date(clock.getTime() + 61_000);
    const swept = await Promise.all([services.expireReservations(), services.expireReservations()]);
    expect(swept[0]! + swept[1]!).toBe(2);
    expect(await stock('BREAD-1')).toEqual({ onHand: 10, reserved: 0, available: 10 });
    // A payment after expiry does not take stock the reservation no longer holds.
    expect(await unitOfWork.run((tx) => services.commitReservation('ord_expire_1', tx))).toBe(
      false,
    );
  });

  it('publishes catalog.stock.low.v1 when available stock falls to the threshold', async () => {
    await product('COFFEE-G7', 4, 2);
    await published('catalog.stock.low.v1');
    for (const n of [1, 2, 3]) {
      await services.reserveStock({
        storeId: STORE.id,
        reservationKey: `ord_low_${n}`,
        lines: [{ sku: 'COFFEE-G7', quantity: 1 }],
      });
    }
    const low = await published('catalog.stock.low.v1');
    expect(low.map((event) => event.data)).toEqual([
      { storeId: STORE.id, sku: 'COFFEE-G7', available: 2, threshold: 2 },
    ]);
  });

  it('sets and adjusts on-hand stock without going below what is reserved', async () => {
    await product('SAUCE-1', 5);
    await services.reserveStock({
      storeId: STORE.id,
      reservationKey: 'ord_sauce',
      lines: [{ sku: 'SAUCE-1', quantity: 4 }],
    });
    expect(await services.setStock({ storeId: STORE.id, sku: 'SAUCE-1', onHand: 3 })).toEqual({
      kind: 'StockBelowReserved',
      sku: 'SAUCE-1',
      reserved: 4,
    });
    expect(await services.adjustStock({ storeId: STORE.id, sku: 'SAUCE-1', delta: -2 })).toEqual({
      kind: 'InsufficientStock',
      lines: [{ sku: 'SAUCE-1', requested: 2, available: 1 }],
    });
    expect(
      await services.adjustStock({ storeId: STORE.id, sku: 'SAUCE-1', delta: 6 }),
    ).toMatchObject({
      kind: 'Inventory',
      inventory: { onHand: 11, reserved: 4, available: 7 },
    });
    expect(await services.setStock({ storeId: STORE.id, sku: 'NOPE-2', onHand: 3 })).toEqual({
      kind: 'UnknownSkus',
      skus: ['NOPE-2'],
    });
  });
});
