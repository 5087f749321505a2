import fc from 'fast-check';
import type { Fulfilment } from './cart';
import {
  applyEntry,
  decide,
  project,
  startOrder,
  withStoreDeadline,
  type OrderSeed,
  type TransitionRequest,
} from './lifecycle';
import {
  FINAL_STATUSES,
  ORDER_ACTIONS,
  ORDER_STATUSES,
  type Actor,
  type Order,
  type OrderAction,
  type OrderLine,
  type OrderStatus,
  type ProposedSubstitute,
} from './order';

const at = new Date('2026-03-01T12:00:00.000Z');
const minutes = (n: number) => new Date(at.getTime() + n * 60_000);

const ACTORS = {
  ownCustomer: { kind: 'CUSTOMER', id: 'cust-1' },
  otherCustomer: { kind: 'CUSTOMER', id: 'cust-2' },
  store: { kind: 'STORE', id: 'staff-1' },
  assignedDriver: { kind: 'DRIVER', id: 'driver-1' },
  otherDriver: { kind: 'DRIVER', id: 'driver-2' },
  support: { kind: 'SUPPORT', id: 'agent-1' },
  system: { kind: 'SYSTEM', id: null },
} as const satisfies Record<string, Actor>;
type Who = keyof typeof ACTORS;
const WHO = Object.keys(ACTORS) as Who[];
const FULFILMENTS: Fulfilment[] = ['DELIVERY', 'PICKUP'];

function line(id: string, kind: OrderLine['kind'], netTotal: number): OrderLine {
  return {
    id,
    kind,
    sku: kind === 'PRODUCT' ? `sku-${id}` : null,
    itemId: kind === 'MENU_ITEM' ? `item-${id}` : null,
    modifiers: [],
    quantity: 1,
    unitPrice: netTotal,
    netTotal,
    substitution: kind === 'PRODUCT' ? { mode: 'SIMILAR', sku: null } : null,
    state: 'ORDERED',
    proposedSubstitute: null,
  };
}

function aSeed(fulfilment: Fulfilment = 'DELIVERY'): OrderSeed {
  return {
    id: 'order-1',
    customerId: 'cust-1',
    storeId: 'store-1',
    organizationId: 'org-1',
    currency: 'USD',
    fulfilment,
    deliveryAddress:
      fulfilment === 'DELIVERY'
        ? {
            lines: ['1 Le Loi'],
            location: { lat: 10.77, lng: 106.7 },
            instructions: null,
          }
        : null,
    notes: null,
    // l1, l2 grocery products; l3 a menu item. Goods 35.00, 8% tax, total 50.00 with a 5.00 tip.
    lines: [
      line('l1', 'PRODUCT', 1_200),
      line('l2', 'PRODUCT', 800),
      line('l3', 'MENU_ITEM', 1_500),
    ],
    pricing: {
      currency: 'USD',
      lines: [],
      subtotal: 3_500,
      discounts: [],
      couponDiscount: 0,
      deliveryFee: 500,
      deliveryDistanceMeters: 2_000,
      surgeMultiplierBps: 10_000,
      serviceFee: 200,
      taxBps: 800,
      tax: 300,
      tip: 500,
      total: 5_000,
    },
    promotionIds: [],
    idempotencyKey: 'key-1',
    quoteId: 'quote-1',
    placedAt: at,
  };
}

const substitute = (total = 1_500): ProposedSubstitute => ({
  sku: 'sku-sub',
  quantity: 1,
  unitPrice: total,
  total,
  respondBy: minutes(30),
});

/** A request with every input its action needs, so that only who and when decide. */
function requestFor(action: OrderAction, who: Who): TransitionRequest {
  const base = { action, actor: ACTORS[who] };
  switch (action) {
    case 'CANCEL':
    case 'REJECT':
      return { ...base, reason: 'out of time' };
    case 'ASSIGN_DRIVER':
      return { ...base, driverId: 'driver-3' };
    case 'MARK_UNAVAILABLE':
      return { ...base, lineId: 'l1' };
    case 'PROPOSE_SUBSTITUTE':
      return { ...base, lineId: 'l1', substitute: substitute() };
    case 'ACCEPT_SUBSTITUTE':
    case 'DECLINE_SUBSTITUTE':
      return { ...base, lineId: 'l2' };
    default:
      return base;
  }
}

/** An order in any status, driver-1 assigned, l2 waiting for an answer when asked. */
function orderIn(status: OrderStatus, fulfilment: Fulfilment, proposal = false): Order {
  const order = startOrder(aSeed(fulfilment), ACTORS.ownCustomer, at);
  const lines = order.lines.map((l) =>
    proposal && l.id === 'l2'
      ? { ...l, state: 'SUBSTITUTION_PROPOSED' as const, proposedSubstitute: substitute() }
      : l,
  );
  return { ...order, status, driverId: 'driver-1', lines };
}

function step(order: Order, request: TransitionRequest, now = minutes(order.version)): Order {
  const decision = decide(order, request, now);
  if (!decision.ok) throw new Error(decision.message);
  return applyEntry(order, decision.entry);
}

function run(order: Order, steps: [OrderAction, Who][]): Order {
  return steps.reduce((o, [action, who]) => step(o, requestFor(action, who)), order);
}

describe('the transition table, exhaustively', () => {
  // Written out from the product rules, independently of TRANSITIONS.
  const allowed = new Set<string>();
  const after = new Map<OrderAction, OrderStatus | 'SAME'>();
  function allow(
    action: OrderAction,
    from: OrderStatus[],
    to: OrderStatus | 'SAME',
    whos: Who[],
    fulfilments = FULFILMENTS,
  ) {
    after.set(action, to);
    for (const status of from)
      for (const who of whos)
        for (const fulfilment of fulfilments)
          allowed.add(`${action} ${status} ${who} ${fulfilment}`);
  }
  const open: OrderStatus[] = ['PLACED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP'];
  allow('PAYMENT_AUTHORIZED', ['PENDING_PAYMENT'], 'PLACED', ['system']);
  allow('PAYMENT_FAILED', ['PENDING_PAYMENT'], 'FAILED', ['system']);
  allow('ACCEPT', ['PLACED'], 'ACCEPTED', ['store']);
  allow('START_PREPARING', ['ACCEPTED'], 'PREPARING', ['store']);
  allow('MARK_READY', ['PREPARING'], 'READY_FOR_PICKUP', ['store']);
  allow('ASSIGN_DRIVER', open, 'SAME', ['support', 'system'], ['DELIVERY']);
  allow('PICK_UP', ['READY_FOR_PICKUP'], 'PICKED_UP', ['assignedDriver'], ['DELIVERY']);
  allow('PICK_UP', ['READY_FOR_PICKUP'], 'PICKED_UP', ['store'], ['PICKUP']);
  allow('DELIVER', ['PICKED_UP'], 'DELIVERED', ['assignedDriver'], ['DELIVERY']);
  allow('DELIVER', ['PICKED_UP'], 'DELIVERED', ['store'], ['PICKUP']);
  allow('CANCEL', ['PENDING_PAYMENT', 'PLACED'], 'CANCELLED', ['ownCustomer']);
  allow('CANCEL', open, 'CANCELLED', ['store']);
  allow('CANCEL', ['PENDING_PAYMENT', ...open, 'PICKED_UP'], 'CANCELLED', ['support']);
  allow('CANCEL', ['PLACED'], 'CANCELLED', ['system']);
  allow('REJECT', ['PLACED'], 'REJECTED', ['store']);
  allow('MARK_UNAVAILABLE', ['PREPARING'], 'SAME', ['store']);
  allow('PROPOSE_SUBSTITUTE', ['PREPARING'], 'SAME', ['store']);
  allow('ACCEPT_SUBSTITUTE', ['PREPARING'], 'SAME', ['ownCustomer', 'system']);
  allow('DECLINE_SUBSTITUTE', ['PREPARING'], 'SAME', ['ownCustomer', 'system']);

  it('allows exactly the listed moves, to the listed status, for every status, action and actor', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const status of ORDER_STATUSES)
      for (const action of ORDER_ACTIONS)
        for (const who of WHO)
          for (const fulfilment of FULFILMENTS) {
            const key = `${action} ${status} ${who} ${fulfilment}`;
            const proposal = action === 'ACCEPT_SUBSTITUTE' || action === 'DECLINE_SUBSTITUTE';
            const decision = decide(
              orderIn(status, fulfilment, proposal),
              requestFor(action, who),
              at,
            );
            checked += 1;
            if (decision.ok !== allowed.has(key)) {
              wrong.push(`${key}: ${decision.ok ? 'allowed' : decision.code}`);
            } else if (decision.ok) {
              const to = after.get(action);
              if (decision.entry.status !== (to === 'SAME' ? status : to)) wrong.push(`${key}: to`);
            } else if (
              decision.code !== 'INVALID_TRANSITION' ||
              decision.status !== status ||
              decision.action !== action ||
              !decision.message.includes(`${action} is not allowed on a ${status} order`)
            ) {
              wrong.push(`${key}: ${JSON.stringify(decision)}`);
            }
          }
    expect(wrong).toEqual([]);
    expect(checked).toBe(ORDER_STATUSES.length * ORDER_ACTIONS.length * WHO.length * 2);
  });

  it('refuses everything once the order is final, saying so', () => {
    for (const status of FINAL_STATUSES)
      for (const action of ORDER_ACTIONS)
        for (const who of WHO) {
          const decision = decide(orderIn(status, 'DELIVERY'), requestFor(action, who), at);
          expect(decision).toMatchObject({ ok: false, code: 'INVALID_TRANSITION', status });
          if (!decision.ok && action !== 'PLACE') expect(decision.message).toMatch(/is final/);
        }
  });

  it('says why a move is refused', () => {
    const preparing = orderIn('PREPARING', 'DELIVERY');
    expect(decide(preparing, requestFor('ACCEPT', 'store'), at)).toMatchObject({
      message: 'ACCEPT is not allowed on a PREPARING order: the store may only from PLACED.',
    });
    expect(decide(preparing, requestFor('CANCEL', 'otherCustomer'), at)).toMatchObject({
      message: expect.stringMatching(
        /this customer may not; only the order's customer or the store/,
      ),
    });
    expect(
      decide(orderIn('PLACED', 'PICKUP'), requestFor('ASSIGN_DRIVER', 'support'), at),
    ).toMatchObject({ message: expect.stringMatching(/only DELIVERY orders take it/) });
    expect(decide(preparing, requestFor('PLACE', 'ownCustomer'), at)).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: expect.stringMatching(/placed only by checkout/),
    });
  });
});

describe('the timeline', () => {
  it('starts with PLACE by the customer, pending payment, owing the total without the tip', () => {
    const order = startOrder(aSeed(), ACTORS.ownCustomer, at);
    expect(order).toMatchObject({
      status: 'PENDING_PAYMENT',
      driverId: null,
      storeResponseDeadline: null,
      endReason: null,
      finalGoodsTotal: 4_500,
      updatedAt: at,
      version: 1,
    });
    expect(order.timeline).toEqual([
      {
        sequence: 1,
        at,
        action: 'PLACE',
        actor: ACTORS.ownCustomer,
        status: 'PENDING_PAYMENT',
        reason: null,
      },
    ]);
  });

  it('records a delivery from payment to the door, who did what, and projects to the same order', () => {
    const ready = run(startOrder(aSeed(), ACTORS.ownCustomer, at), [
      ['PAYMENT_AUTHORIZED', 'system'],
      ['ACCEPT', 'store'],
      ['START_PREPARING', 'store'],
      ['MARK_READY', 'store'],
    ]);
    const assigned = step(ready, {
      action: 'ASSIGN_DRIVER',
      actor: ACTORS.support,
      driverId: 'driver-1',
    });
    const done = run(assigned, [
      ['PICK_UP', 'assignedDriver'],
      ['DELIVER', 'assignedDriver'],
    ]);
    expect(done.status).toBe('DELIVERED');
    expect(done.driverId).toBe('driver-1');
    expect(done.timeline.map((e) => [e.sequence, e.action, e.actor.kind, e.status])).toEqual([
      [1, 'PLACE', 'CUSTOMER', 'PENDING_PAYMENT'],
      [2, 'PAYMENT_AUTHORIZED', 'SYSTEM', 'PLACED'],
      [3, 'ACCEPT', 'STORE', 'ACCEPTED'],
      [4, 'START_PREPARING', 'STORE', 'PREPARING'],
      [5, 'MARK_READY', 'STORE', 'READY_FOR_PICKUP'],
      [6, 'ASSIGN_DRIVER', 'SUPPORT', 'READY_FOR_PICKUP'],
      [7, 'PICK_UP', 'DRIVER', 'PICKED_UP'],
      [8, 'DELIVER', 'DRIVER', 'DELIVERED'],
    ]);
    expect(done.version).toBe(8);
    expect(done.updatedAt).toEqual(minutes(7));
    expect(project(aSeed(), done.timeline)).toEqual(done);
  });

  it('lets the store hand a pickup order over', () => {
    const collected = run(startOrder(aSeed('PICKUP'), ACTORS.ownCustomer, at), [
      ['PAYMENT_AUTHORIZED', 'system'],
      ['ACCEPT', 'store'],
      ['START_PREPARING', 'store'],
      ['MARK_READY', 'store'],
      ['PICK_UP', 'store'],
      ['DELIVER', 'store'],
    ]);
    expect(collected.status).toBe('DELIVERED');
    expect(collected.driverId).toBeNull();
  });

  it('moves the pick-up to a newly assigned driver', () => {
    const ready = run(orderIn('READY_FOR_PICKUP', 'DELIVERY'), [['ASSIGN_DRIVER', 'system']]);
    expect(ready.driverId).toBe('driver-3');
    expect(decide(ready, requestFor('PICK_UP', 'assignedDriver'), at)).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    expect(
      decide(ready, { action: 'PICK_UP', actor: { kind: 'DRIVER', id: 'driver-3' } }, at).ok,
    ).toBe(true);
  });

  it('keeps the store deadline while PLACED and clears it when the order moves on', () => {
    const placed = withStoreDeadline(
      run(startOrder(aSeed(), ACTORS.ownCustomer, at), [['PAYMENT_AUTHORIZED', 'system']]),
      minutes(10),
    );
    const assigned = run(placed, [['ASSIGN_DRIVER', 'support']]);
    expect(assigned.storeResponseDeadline).toEqual(minutes(10));
    expect(run(assigned, [['ACCEPT', 'store']]).storeResponseDeadline).toBeNull();
    expect(run(assigned, [['CANCEL', 'system']])).toMatchObject({
      status: 'CANCELLED',
      storeResponseDeadline: null,
      endReason: 'out of time',
    });
    expect(() => withStoreDeadline(orderIn('ACCEPTED', 'DELIVERY'), minutes(10))).toThrow(/PLACED/);
  });

  it('folds any sequence of decided entries into the order built step by step', () => {
    const request = fc.record({
      action: fc.constantFrom(...ORDER_ACTIONS),
      who: fc.constantFrom(...WHO),
      lineId: fc.constantFrom('l1', 'l2', 'l3', 'l9'),
      reason: fc.option(fc.string({ maxLength: 8 })),
      driverId: fc.constantFrom('driver-1', 'driver-2'),
      price: fc.integer({ min: 0, max: 5_000 }),
    });
    const prefixes: [OrderAction, Who][] = [
      ['PAYMENT_AUTHORIZED', 'system'],
      ['ACCEPT', 'store'],
      ['START_PREPARING', 'store'],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...FULFILMENTS),
        fc.integer({ min: 0, max: prefixes.length }),
        fc.array(request, { maxLength: 40 }),
        (fulfilment, prefix, requests) => {
          let order = run(
            startOrder(aSeed(fulfilment), ACTORS.ownCustomer, at),
            prefixes.slice(0, prefix),
          );
          for (const r of requests) {
            const decision = decide(
              order,
              { ...r, actor: ACTORS[r.who], substitute: substitute(r.price) },
              minutes(order.version),
            );
            if (decision.ok) order = applyEntry(order, decision.entry);
          }
          expect(project(aSeed(fulfilment), order.timeline)).toEqual(order);
          expect(order.timeline.map((e) => e.sequence)).toEqual(
            order.timeline.map((_, i) => i + 1),
          );
          expect(order.version).toBe(order.timeline.length);
        },
      ),
    );
  });

  it('cannot be projected without its PLACE entry', () => {
    expect(() => project(aSeed(), [])).toThrow(/PLACE/);
  });
});

describe('reasons', () => {
  const placed = orderIn('PLACED', 'DELIVERY');
  const cancel = (reason?: string | null) =>
    decide(placed, { action: 'CANCEL', actor: ACTORS.ownCustomer, reason }, at);

  it('are required, 1 to 500 characters after trimming, to cancel or reject', () => {
    for (const reason of [undefined, null, '', '   ', 'x'.repeat(501)]) {
      expect(cancel(reason)).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'reason' });
    }
    expect(decide(placed, { action: 'REJECT', actor: ACTORS.store }, at)).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'reason',
    });
    expect(cancel(`  ${'x'.repeat(500)}  `)).toMatchObject({
      ok: true,
      entry: { reason: 'x'.repeat(500) },
    });
  });

  it('end the order', () => {
    expect(
      step(placed, { action: 'REJECT', actor: ACTORS.store, reason: ' closing early ' }),
    ).toMatchObject({
      status: 'REJECTED',
      endReason: 'closing early',
    });
    const pending = startOrder(aSeed(), ACTORS.ownCustomer, at);
    const failed = step(pending, {
      action: 'PAYMENT_FAILED',
      actor: ACTORS.system,
      reason: 'declined',
    });
    expect(failed).toMatchObject({ status: 'FAILED', endReason: 'declined' });
  });

  it('are not asked of someone who may not move the order anyway', () => {
    expect(decide(placed, { action: 'CANCEL', actor: ACTORS.otherCustomer }, at)).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });

  it('go with a driver, who is required to assign one', () => {
    expect(
      decide(placed, { action: 'ASSIGN_DRIVER', actor: ACTORS.support, driverId: ' ' }, at),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'driverId' });
  });
});

describe('substitutions', () => {
  const preparing = orderIn('PREPARING', 'DELIVERY');
  const propose = (o: Order, s = substitute()) =>
    step(o, { action: 'PROPOSE_SUBSTITUTE', actor: ACTORS.store, lineId: 'l1', substitute: s });
  const answer = (o: Order, action: OrderAction, who: Who = 'ownCustomer') =>
    step(o, { action, actor: ACTORS[who], lineId: 'l1' });
  const l1 = (o: Order) => o.lines.find((l) => l.id === 'l1');

  it('holds the order until the customer accepts, then charges the substitute', () => {
    const proposed = propose(preparing);
    expect(l1(proposed)).toMatchObject({
      state: 'SUBSTITUTION_PROPOSED',
      proposedSubstitute: substitute(),
    });
    expect(proposed.finalGoodsTotal).toBe(4_500);
    expect(decide(proposed, requestFor('MARK_READY', 'store'), at)).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: expect.stringMatching(/lines l1 still wait for the customer/),
    });
    const accepted = answer(proposed, 'ACCEPT_SUBSTITUTE');
    expect(l1(accepted)).toMatchObject({ state: 'SUBSTITUTED', proposedSubstitute: substitute() });
    // +3.00 and 8% tax on it
    expect(accepted.finalGoodsTotal).toBe(4_824);
    expect(step(accepted, requestFor('MARK_READY', 'store')).status).toBe('READY_FOR_PICKUP');
  });

  it('removes the line and refunds it when the substitute is declined, or the item is missing', () => {
    const declined = answer(propose(preparing), 'DECLINE_SUBSTITUTE', 'system');
    expect(l1(declined)).toMatchObject({ state: 'REMOVED', proposedSubstitute: null });
    // −12.00 and −0.96 tax
    expect(declined.finalGoodsTotal).toBe(3_204);
    const missing = step(preparing, {
      action: 'MARK_UNAVAILABLE',
      actor: ACTORS.store,
      lineId: 'l1',
    });
    expect(l1(missing)).toMatchObject({ state: 'REMOVED', proposedSubstitute: null });
    expect(missing.finalGoodsTotal).toBe(3_204);
  });

  it('names a line that is missing, not a grocery product, or not in the state the action needs', () => {
    const proposed = propose(preparing);
    const cases: [Order, TransitionRequest][] = [
      [preparing, { action: 'MARK_UNAVAILABLE', actor: ACTORS.store, lineId: 'l9' }],
      [preparing, { action: 'MARK_UNAVAILABLE', actor: ACTORS.store, lineId: 'l3' }],
      [preparing, { action: 'ACCEPT_SUBSTITUTE', actor: ACTORS.ownCustomer, lineId: 'l1' }],
      [
        proposed,
        {
          action: 'PROPOSE_SUBSTITUTE',
          actor: ACTORS.store,
          lineId: 'l1',
          substitute: substitute(),
        },
      ],
      [
        answer(proposed, 'DECLINE_SUBSTITUTE'),
        { action: 'MARK_UNAVAILABLE', actor: ACTORS.store, lineId: 'l1' },
      ],
    ];
    for (const [order, request] of cases) {
      expect(decide(order, request, at)).toMatchObject({ ok: false, code: 'UNKNOWN_LINE' });
    }
  });

  it('needs a line and a whole, future substitute', () => {
    const cases: [Partial<TransitionRequest>, string][] = [
      [{ lineId: undefined }, 'lineId'],
      [{ substitute: undefined }, 'substitute'],
      [{ substitute: { ...substitute(), sku: ' ' } }, 'substitute.sku'],
      [{ substitute: { ...substitute(), quantity: 0 } }, 'substitute.quantity'],
      [{ substitute: { ...substitute(), unitPrice: 1.5 } }, 'substitute.unitPrice'],
      [{ substitute: { ...substitute(), total: -1 } }, 'substitute.total'],
      [{ substitute: { ...substitute(), respondBy: at } }, 'substitute.respondBy'],
    ];
    for (const [change, field] of cases) {
      const request = { ...requestFor('PROPOSE_SUBSTITUTE', 'store'), ...change };
      expect(decide(preparing, request, at)).toMatchObject({ code: 'INVALID_INPUT', field });
    }
  });
});
