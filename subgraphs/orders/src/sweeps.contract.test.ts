/**
 * The saga's timeouts, run by hand on a clock the test moves: the store's silence cancels a paid
 * order, an unfinished payment fails its order, an unanswered substitute follows the customer's
 * preference, and two replicas sweeping at once move an order once.
 */
import { MINUTE, SECOND, anEvent, ordersContract, staff } from './testing/contract';

const orders = ordersContract('sweeps');
const { clock } = orders;

const STORE_TIMEOUT = 5 * MINUTE;
const PAYMENT_TIMEOUT = 15 * MINUTE;
const SUBSTITUTION_TIMEOUT = 5 * MINUTE;

describe('a PLACED order the store does not answer', () => {
  it('is cancelled by the platform once its deadline passes, with the reason and the event', async () => {
    const { orderId } = await orders.placedOrder();
    const deadline = new Date(clock.now().getTime() + STORE_TIMEOUT);
    expect((await orders.stored(orderId)).storeResponseDeadline).toEqual(deadline);

    clock.advance(STORE_TIMEOUT - SECOND);
    await orders.sweeps.storeResponses();
    expect((await orders.stored(orderId)).status).toBe('PLACED');

    clock.advance(SECOND);
    await orders.sweeps.storeResponses();
    const order = await orders.stored(orderId);
    expect(order).toMatchObject({
      status: 'CANCELLED',
      endReason: 'The store did not respond in time',
      storeResponseDeadline: null,
    });
    expect(order.timeline.at(-1)).toMatchObject({
      action: 'CANCEL',
      actor: { kind: 'SYSTEM', id: null },
      status: 'CANCELLED',
      reason: 'The store did not respond in time',
      at: deadline,
    });
    expect(await orders.published(orderId)).toEqual([
      anEvent('orders.order.placed.v1'),
      anEvent('orders.order.confirmed.v1'),
      anEvent('orders.order.cancelled.v1', {
        orderId,
        reason: 'The store did not respond in time',
        cancelledAt: deadline.toISOString(),
      }),
    ]);
  });

  it('is left alone once the store accepted it', async () => {
    const { orderId } = await orders.placedOrder();
    expect((await orders.move('acceptOrder', orderId, staff)).status).toBe('ACCEPTED');
    clock.advance(STORE_TIMEOUT + MINUTE);
    await orders.sweeps.storeResponses();
    expect((await orders.stored(orderId)).status).toBe('ACCEPTED');
  });

  it('is cancelled once when two replicas sweep at the same time', async () => {
    const { orderId } = await orders.placedOrder();
    clock.advance(STORE_TIMEOUT);
    await Promise.all([
      orders.sweeps.storeResponses(),
      orders.sweeps.storeResponses(),
      orders.sweeps.storeResponses(),
    ]);
    const order = await orders.stored(orderId);
    expect(order.status).toBe('CANCELLED');
    expect(order.timeline.map((entry) => entry.action)).toEqual([
      'PLACE',
      'PAYMENT_AUTHORIZED',
      'CANCEL',
    ]);
    expect(await orders.publishedTypes(orderId)).toEqual([
      'orders.order.placed.v1',
      'orders.order.confirmed.v1',
      'orders.order.cancelled.v1',
    ]);
  });
});

describe('an order whose payment never completes', () => {
  it('fails once PAYMENT_TIMEOUT_SECONDS have passed since checkout', async () => {
    orders.payments.answer = 'PENDING';
    const { result } = await orders.checkout();
    expect(result.status).toBe('PENDING_PAYMENT');
    const placedAt = clock.now().getTime();

    clock.advance(PAYMENT_TIMEOUT - SECOND);
    await orders.sweeps.payments();
    expect((await orders.stored(result.id)).status).toBe('PENDING_PAYMENT');

    clock.advance(SECOND);
    await Promise.all([orders.sweeps.payments(), orders.sweeps.payments()]);
    const order = await orders.stored(result.id);
    expect(order).toMatchObject({
      status: 'FAILED',
      endReason: 'The payment was not completed in time',
    });
    expect(order.timeline.slice(1)).toEqual([
      expect.objectContaining({
        action: 'PAYMENT_FAILED',
        actor: { kind: 'SYSTEM', id: null },
        status: 'FAILED',
        at: new Date(placedAt + PAYMENT_TIMEOUT),
      }),
    ]);
    expect(await orders.published(result.id)).toEqual([
      anEvent('orders.order.placed.v1'),
      anEvent('orders.order.failed.v1', {
        orderId: result.id,
        reason: 'The payment was not completed in time',
      }),
    ]);
  });
});

describe('a substitute the customer does not answer', () => {
  /** An order being prepared whose every line has a substitute proposed (sku of each line → substitute). */
  async function proposed(
    lines: { sku: string; mode: string; accepts?: string; substitute: string }[],
  ) {
    const placed = await orders.placedOrder({
      lines: lines.map(({ sku, mode, accepts }) => ({
        sku,
        quantity: 2,
        substitution: { mode, ...(accepts ? { sku: accepts } : {}) },
      })),
    });
    const { orderId } = placed;
    await orders.move('acceptOrder', orderId, staff);
    await orders.move('startPreparingOrder', orderId, staff);
    const order = await orders.stored(orderId);
    for (const [index, line] of order.lines.entries()) {
      const result = await orders.move('reportUnavailableLine', orderId, staff, {
        lineId: line.id,
        substituteSku: lines[index]!.substitute,
      });
      expect(result.lines[index]!.state).toBe('SUBSTITUTION_PROPOSED');
    }
    return { ...placed, order: await orders.stored(orderId) };
  }

  it('follows each line preference: SIMILAR accepts, SPECIFIC only its SKU, NONE declines', async () => {
    const { orderId, order } = await proposed([
      { sku: 'MILK-1L', mode: 'SIMILAR', substitute: 'MILK-OAT-1L' },
      { sku: 'EGGS-10', mode: 'SPECIFIC', accepts: 'RICE-5KG', substitute: 'RICE-5KG' },
      { sku: 'RICE-5KG', mode: 'SPECIFIC', accepts: 'MILK-1L', substitute: 'EGGS-10' },
      { sku: 'MILK-OAT-1L', mode: 'NONE', substitute: 'MILK-1L' },
    ]);
    const quoted = order.pricing.total - order.pricing.tip;
    expect(order.finalGoodsTotal).toBe(quoted);

    clock.advance(SUBSTITUTION_TIMEOUT - SECOND);
    await orders.sweeps.substitutions();
    expect((await orders.stored(orderId)).lines.map((line) => line.state)).toEqual(
      Array(4).fill('SUBSTITUTION_PROPOSED'),
    );

    clock.advance(SECOND);
    await Promise.all([orders.sweeps.substitutions(), orders.sweeps.substitutions()]);
    const swept = await orders.stored(orderId);
    expect(swept.status).toBe('PREPARING');
    expect(swept.lines.map((line) => [line.sku, line.state, line.proposedSubstitute?.sku])).toEqual(
      [
        ['MILK-1L', 'SUBSTITUTED', 'MILK-OAT-1L'],
        ['EGGS-10', 'SUBSTITUTED', 'RICE-5KG'],
        ['RICE-5KG', 'REMOVED', undefined],
        ['MILK-OAT-1L', 'REMOVED', undefined],
      ],
    );
    expect(swept.timeline.slice(-4)).toEqual(
      ['SIMILAR', 'SPECIFIC', 'SPECIFIC', 'NONE'].map((mode, index) =>
        expect.objectContaining({
          action: index < 2 ? 'ACCEPT_SUBSTITUTE' : 'DECLINE_SUBSTITUTE',
          actor: { kind: 'SYSTEM', id: null },
          lineId: order.lines[index]!.id,
          reason: `No answer in time; the customer's preference is ${mode}`,
        }),
      ),
    );

    // ×2 each: oat milk for milk +20,000; rice for eggs +160,000; rice −240,000; oat milk −90,000.
    const deltas = [20_000, 160_000, -240_000, -90_000];
    const running = deltas.map((_, index) => deltas.slice(0, index + 1).reduce((a, b) => a + b));
    // The difference plus Hồ Chí Minh's 8% tax on it (every difference here is a multiple of 100).
    const final = (delta: number) => quoted + (delta * 108) / 100;
    expect(swept.finalGoodsTotal).toBe(final(-150_000));
    const resolved = (await orders.published(orderId)).filter(
      (event) => event.type === 'orders.order.substitution_resolved.v1',
    );
    expect(resolved.map((event) => event.data)).toEqual(
      running.map((delta, index) =>
        expect.objectContaining({
          lineId: order.lines[index]!.id,
          outcome: index < 2 ? 'SUBSTITUTED' : 'REMOVED',
          finalTotal: { amount: final(delta), currency: 'VND' },
        }),
      ),
    );
    const read = await orders.read(orderId, staff);
    expect(read?.pricing.finalTotal.amount).toBe(final(-150_000) + order.pricing.tip);
  });

  it('forgets the substitutes of an order cancelled while they wait', async () => {
    const { orderId, order } = await proposed([
      { sku: 'MILK-1L', mode: 'SIMILAR', substitute: 'MILK-OAT-1L' },
    ]);
    expect(await orders.substitutionDeadline(orderId)).toEqual(
      order.lines[0]!.proposedSubstitute!.respondBy,
    );
    await orders.move('cancelOrder', orderId, staff, { reason: 'Closing early' });
    expect(await orders.substitutionDeadline(orderId)).toBeNull();
  });

  it('leaves a substitute the customer answered in time as answered', async () => {
    const { orderId, order, customer } = await proposed([
      { sku: 'MILK-1L', mode: 'NONE', substitute: 'MILK-OAT-1L' },
    ]);
    const lineId = order.lines[0]!.id;
    const answered = await orders.move('respondToSubstitution', orderId, customer, {
      lineId,
      accept: true,
    });
    expect(answered.lines[0]!.state).toBe('SUBSTITUTED');
    clock.advance(SUBSTITUTION_TIMEOUT);
    await orders.sweeps.substitutions();
    const swept = await orders.stored(orderId);
    expect(swept.lines[0]!.state).toBe('SUBSTITUTED');
    expect(swept.timeline.at(-1)).toMatchObject({
      action: 'ACCEPT_SUBSTITUTE',
      actor: { kind: 'CUSTOMER', id: customer.userId },
    });
  });
});
