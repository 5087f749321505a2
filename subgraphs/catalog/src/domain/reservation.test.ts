import { canMove, sameRequest, statusesBefore, validateReservation } from './reservation';

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
