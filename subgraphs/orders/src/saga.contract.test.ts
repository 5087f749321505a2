/**
 * The saga's consumers of payments' events, delivered on the broker as payments' relay would:
 * each moves a PENDING_PAYMENT order once, and a late or repeated event changes nothing.
 */
import { anEvent, ordersContract } from './testing/contract';

const orders = ordersContract('saga');

/** A checkout whose card waits for 3-D Secure: the order is PENDING_PAYMENT. */
async function pendingOrder() {
  orders.payments.answer = 'PENDING';
  const placed = await orders.checkout();
  expect(placed.result.status).toBe('PENDING_PAYMENT');
  return { ...placed, orderId: placed.result.id };
}

const authorized = (orderId: string, customerId: string) => ({
  paymentId: `pay_${orderId}`,
  orderId,
  customerId,
  method: 'CARD' as const,
  amount: { amount: 1, currency: 'VND' },
  authorizedAt: new Date().toISOString(),
});

describe('payments.payment.authorized.v1', () => {
  it('moves a PENDING_PAYMENT order to PLACED once, however often payments announces it', async () => {
    const { orderId, customer } = await pendingOrder();
    const now = orders.clock.now();
    // Two announcements (e.g. checkout's answer raced a webhook), handled at the same time.
    await Promise.all([
      orders.deliver('payments.payment.authorized.v1', authorized(orderId, customer.userId!)),
      orders.deliver('payments.payment.authorized.v1', authorized(orderId, customer.userId!)),
    ]);

    const order = await orders.stored(orderId);
    expect(order.status).toBe('PLACED');
    expect(order.storeResponseDeadline).toEqual(new Date(now.getTime() + 5 * 60_000));
    expect(order.timeline.map((entry) => [entry.action, entry.actor.kind, entry.status])).toEqual([
      ['PLACE', 'CUSTOMER', 'PENDING_PAYMENT'],
      ['PAYMENT_AUTHORIZED', 'SYSTEM', 'PLACED'],
    ]);
    expect(await orders.published(orderId)).toEqual([
      anEvent('orders.order.placed.v1'),
      anEvent('orders.order.confirmed.v1', {
        orderId,
        respondBy: order.storeResponseDeadline!.toISOString(),
      }),
    ]);
  });

  it('changes nothing once the customer cancelled the order', async () => {
    const { orderId, customer } = await pendingOrder();
    const cancelled = await orders.move('cancelOrder', orderId, customer, {
      reason: 'Changed my mind',
    });
    expect(cancelled.status).toBe('CANCELLED');

    await orders.deliver('payments.payment.authorized.v1', authorized(orderId, customer.userId!));
    const order = await orders.stored(orderId);
    expect(order).toMatchObject({ status: 'CANCELLED', endReason: 'Changed my mind' });
    expect(order.timeline.map((entry) => entry.action)).toEqual(['PLACE', 'CANCEL']);
    expect(await orders.publishedTypes(orderId)).toEqual([
      'orders.order.placed.v1',
      'orders.order.cancelled.v1',
    ]);
  });

  it('is absorbed for an order orders does not know', async () => {
    await orders.deliver('payments.payment.authorized.v1', authorized('ord_unknown', 'usr_x'));
    expect(await orders.publishedTypes('ord_unknown')).toEqual([]);
  });
});

describe('payments.payment.failed.v1', () => {
  it('fails a PENDING_PAYMENT order with the reason and the failed event', async () => {
    const { orderId } = await pendingOrder();
    const failed = {
      paymentId: `pay_${orderId}`,
      orderId,
      reason: 'authentication_failed',
      failedAt: new Date().toISOString(),
    };
    await orders.deliver('payments.payment.failed.v1', failed);
    await orders.deliver('payments.payment.failed.v1', failed);

    const order = await orders.stored(orderId);
    expect(order).toMatchObject({
      status: 'FAILED',
      endReason: 'The payment failed: authentication_failed',
    });
    expect(order.timeline.at(-1)).toMatchObject({
      action: 'PAYMENT_FAILED',
      actor: { kind: 'SYSTEM', id: null },
      status: 'FAILED',
    });
    expect(await orders.published(orderId)).toEqual([
      anEvent('orders.order.placed.v1'),
      anEvent('orders.order.failed.v1', {
        orderId,
        reason: 'The payment failed: authentication_failed',
      }),
    ]);
  });

  it('does not undo an order that checkout already saw authorised', async () => {
    const { orderId } = await orders.placedOrder();
    await orders.deliver('payments.payment.failed.v1', {
      paymentId: `pay_${orderId}`,
      orderId,
      reason: 'card_declined',
      failedAt: new Date().toISOString(),
    });
    expect((await orders.stored(orderId)).status).toBe('PLACED');
    expect(await orders.publishedTypes(orderId)).toEqual([
      'orders.order.placed.v1',
      'orders.order.confirmed.v1',
    ]);
  });
});
