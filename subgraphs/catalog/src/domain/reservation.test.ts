import type { Inventory } from './inventory';
import {
  allocateReservations,
  canMove,
  sameRequest,
  statusesBefore,
  stockKey,
  validateReservation,
  type ReservationRequest,
} from './reservation';

describe('validateReservation', () => {
  it('merges lines of one SKU and sorts them by SKU', () => {
    expect(
      validateReservation({
        storeId: 'sto_1',
        reservationKey: 'ord_42',
        lines: [
          { sku: 'RICE-5KG', quantity: 1 },
          { sku: 'EGGS-10', quantity: 2 },
          { sku: 'RICE-5KG', quantity: 2 },
        ],
      }),
    ).toEqual({
      ok: true,
      value: {
        storeId: 'sto_1',
        key: 'ord_42',
        lines: [
          { sku: 'EGGS-10', quantity: 2 },
          { sku: 'RICE-5KG', quantity: 3 },
        ],
        ttlSeconds: 900,
      },
    });
  });

  it('refuses empty baskets, bad quantities, bad keys and out-of-range TTLs', () => {
    const result = validateReservation({
      storeId: 'sto_1',
      reservationKey: ' ',
      lines: [{ sku: 'A', quantity: 0 }],
      ttlSeconds: 5,
    });
    expect(!result.ok && result.problems.map((problem) => problem.field)).toEqual([
      'reservationKey',
      'lines.quantity',
      'ttlSeconds',
    ]);
    expect(validateReservation({ storeId: 'sto_1', reservationKey: 'k', lines: [] })).toMatchObject(
      { ok: false, problems: [{ field: 'lines' }] },
    );
  });
});

describe('reservation statuses', () => {
  it('moves HELD to any end, COMMITTED only back to RELEASED, and nothing out of an end', () => {
    expect(canMove('HELD', 'COMMITTED')).toBe(true);
    expect(canMove('COMMITTED', 'RELEASED')).toBe(true);
    expect(canMove('COMMITTED', 'EXPIRED')).toBe(false);
    expect(canMove('EXPIRED', 'COMMITTED')).toBe(false);
    expect(canMove('RELEASED', 'RELEASED')).toBe(false);
    expect(statusesBefore('RELEASED')).toEqual(['HELD', 'COMMITTED']);
    expect(statusesBefore('EXPIRED')).toEqual(['HELD']);
  });

  it('tells a replay from a different request under the same key', () => {
    const held = {
      key: 'ord_1',
      storeId: 'sto_1',
      lines: [{ sku: 'A', quantity: 2 }],
      status: 'HELD' as const,
      expiresAt: new Date(),
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    const request = {
      storeId: 'sto_1',
      key: 'ord_1',
      lines: [{ sku: 'A', quantity: 2 }],
      ttlSeconds: 60,
    };
    expect(sameRequest(held, request)).toBe(true);
    expect(sameRequest(held, { ...request, lines: [{ sku: 'A', quantity: 3 }] })).toBe(false);
    expect(sameRequest(held, { ...request, storeId: 'sto_2' })).toBe(false);
  });
});

describe('allocateReservations', () => {
  const NOW = new Date('2026-11-21T10:00:00Z');
  const record = (sku: string, available: number): Inventory => ({
    storeId: 'sto_1',
    sku,
    onHand: available + 3,
    reserved: 3,
    available,
    lowStockThreshold: 5,
    updatedAt: NOW,
  });
  const stock = new Map(
    [record('EGGS-10', 5), record('MILK-1L', 2)].map((r) => [stockKey(r.storeId, r.sku), r]),
  );
  const request = (key: string, lines: [string, number][]): ReservationRequest => ({
    storeId: 'sto_1',
    key,
    lines: lines.map(([sku, quantity]) => ({ sku, quantity })),
    ttlSeconds: 60,
  });

  it('serves requests in order, each all lines or none, and sums what it takes per record', () => {
    const allocation = allocateReservations(
      [
        request('a', [
          ['EGGS-10', 3],
          ['MILK-1L', 1],
        ]),
        request('b', [
          ['EGGS-10', 3],
          ['MILK-1L', 1],
        ]),
        request('c', [
          ['EGGS-10', 2],
          ['MILK-1L', 1],
        ]),
        request('d', [['MILK-1L', 1]]),
      ],
      stock,
      NOW,
    );

    expect(allocation.allotments.map((allotment) => allotment.kind)).toEqual([
      'Reservation',
      'InsufficientStock',
      'Reservation',
      'InsufficientStock',
    ]);
    expect(allocation.allotments[1]).toEqual({
      kind: 'InsufficientStock',
      lines: [{ sku: 'EGGS-10', requested: 3, available: 2 }],
    });
    expect(allocation.allotments[3]).toEqual({
      kind: 'InsufficientStock',
      lines: [{ sku: 'MILK-1L', requested: 1, available: 0 }],
    });
    expect(
      allocation.takes.map(({ before, quantity }) => [before.sku, before.available, quantity]),
    ).toEqual([
      ['EGGS-10', 5, 5],
      ['MILK-1L', 2, 2],
    ]);
  });

  it('holds a reservation until its TTL, and names SKUs without a stock record', () => {
    const allocation = allocateReservations(
      [
        request('a', [['EGGS-10', 1]]),
        request('b', [
          ['EGGS-10', 1],
          ['RICE-5KG', 1],
        ]),
      ],
      stock,
      NOW,
    );

    expect(allocation.allotments).toEqual([
      {
        kind: 'Reservation',
        reservation: {
          key: 'a',
          storeId: 'sto_1',
          lines: [{ sku: 'EGGS-10', quantity: 1 }],
          status: 'HELD',
          expiresAt: new Date('2026-11-21T10:01:00Z'),
          createdAt: NOW,
          updatedAt: NOW,
        },
      },
      { kind: 'UnknownSkus', skus: ['RICE-5KG'] },
    ]);
    expect(allocation.takes).toEqual([
      { before: stock.get(stockKey('sto_1', 'EGGS-10')), quantity: 1 },
    ]);
  });
});
