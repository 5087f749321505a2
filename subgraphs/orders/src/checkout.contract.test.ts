/**
 * placeOrder against a fake catalog and fake payments: what each payment answer does to the
 * order, retries with one idempotency key, cash and pickup orders, and the refusals that must
 * leave nothing behind.
 */
import { orderIdFor } from './services/place-order';
import { STORE_ID, anEvent, driver, ordersContract, staff, support } from './testing/contract';

const orders = ordersContract('checkout');

const MY_CART = `query ($storeId: ID!) { myCart(storeId: $storeId) { id } }`;

/** Whether the customer still has their cart at the store. */
const hasCart = async (customer: Parameters<typeof orders.run>[2]) =>
  (await orders.run<{ myCart: unknown }>(MY_CART, { storeId: STORE_ID }, customer)).myCart !== null;

describe('the payment answer', () => {
  it('3-D Secure leaves the order PENDING_PAYMENT until payments announces the authorisation', async () => {
    orders.payments.answer = 'PENDING';
    const { customer, quoteId, key, result } = await orders.checkout({ tip: '20000' });
    expect(result).toMatchObject({ __typename: 'Order', status: 'PENDING_PAYMENT' });
    expect(orders.payments.callsFor(result.id)).toEqual([
      expect.objectContaining({
        customerId: customer.userId,
        totalAmount: result.pricing.total.amount - 20_000,
        tipAmount: 20_000,
        currency: 'VND',
        method: 'CARD',
        paymentMethodRef: 'pm_card_visa',
        idempotencyKey: result.id,
      }),
    ]);

    await orders.deliver('payments.payment.authorized.v1', {
      paymentId: `pay_${result.id}`,
      orderId: result.id,
      customerId: customer.userId!,
      method: 'CARD',
      amount: { amount: result.pricing.total.amount - 20_000, currency: 'VND' },
      authorizedAt: new Date().toISOString(),
    });
    expect((await orders.stored(result.id)).status).toBe('PLACED');

    // The customer's app retries after 3-D Secure: the same order, payments not asked again.
    const retried = await orders.place(customer, quoteId, key);
    expect(retried).toMatchObject({ id: result.id, status: 'PLACED' });
    expect(orders.payments.callsFor(result.id)).toHaveLength(1);
  });

  it('payments not answering leaves the order PENDING_PAYMENT; a retry with the key places it', async () => {
    orders.payments.answer = 'UNAVAILABLE';
    const { customer, quoteId, key, result } = await orders.checkout();
    expect(result).toMatchObject({ __typename: 'Order', status: 'PENDING_PAYMENT' });
    expect(await hasCart(customer)).toBe(false);

    orders.payments.answer = 'AUTHORIZED';
    const retried = await orders.place(customer, quoteId, key);
    expect(retried).toMatchObject({ __typename: 'Order', id: result.id, status: 'PLACED' });
    expect(result.id).toBe(orderIdFor(customer.userId!, key));
    expect(orders.payments.callsFor(result.id)).toHaveLength(2);
    expect(orders.payments.callsFor(result.id).map((call) => call.idempotencyKey)).toEqual([
      result.id,
      result.id,
    ]);
    expect(orders.catalog.reservations.filter((r) => r.reservationKey === result.id)).toEqual([
      { reservationKey: result.id, lines: [{ sku: 'RICE-5KG', quantity: 1 }] },
    ]);
    expect(await orders.publishedTypes(result.id)).toEqual([
      'orders.order.placed.v1',
      'orders.order.confirmed.v1',
    ]);
  });

  it('a declined card fails the order and answers PAYMENT_DECLINED', async () => {
    orders.payments.answer = 'DECLINED';
    const { result } = await orders.checkout({
      payment: { method: 'CARD', paymentMethodRef: 'pm_card_chargeDeclined' },
    });
    expect(result).toMatchObject({
      __typename: 'PaymentNotAuthorized',
      code: 'PAYMENT_DECLINED',
      order: { status: 'FAILED' },
    });
    const orderId = result.order!.id;
    const order = await orders.stored(orderId);
    expect(order.endReason).toBe('The payment was declined: card_declined');
    expect(order.timeline.at(-1)).toMatchObject({
      action: 'PAYMENT_FAILED',
      actor: { kind: 'SYSTEM', id: null },
    });
    expect(await orders.published(orderId)).toEqual([
      anEvent('orders.order.placed.v1'),
      anEvent('orders.order.failed.v1', {
        orderId,
        reason: 'The payment was declined: card_declined',
      }),
    ]);
  });

  it('cash is accepted without a payment method, and refused with one', async () => {
    const { result } = await orders.checkout({ payment: { method: 'CASH' } });
    expect(result.status).toBe('PLACED');
    expect(orders.payments.callsFor(result.id)).toEqual([
      expect.objectContaining({ method: 'CASH', paymentMethodRef: null }),
    ]);

    const refused = await orders.checkout({
      payment: { method: 'CASH', paymentMethodRef: 'pm_card_visa' },
    });
    expect(refused.result).toMatchObject({
      __typename: 'InvalidOrderInput',
      code: 'INVALID_INPUT',
      field: 'payment.paymentMethodRef',
    });
  });
});

describe('a pickup order', () => {
  it('has no delivery fee, and the store hands it over itself', async () => {
    const { result, customer } = await orders.checkout({ fulfilment: 'PICKUP' });
    expect(result).toMatchObject({ status: 'PLACED', fulfilment: 'PICKUP' });
    expect(result.pricing.deliveryFee.amount).toBe(0);

    const assigned = await orders.move('assignDriver', result.id, support, {
      driverId: driver.userId,
    });
    expect(assigned).toMatchObject({ code: 'INVALID_TRANSITION', action: 'ASSIGN_DRIVER' });
    const refused = await orders.move('pickUpOrder', result.id, customer);
    expect(refused.code).toBe('INVALID_TRANSITION');

    for (const mutation of [
      'acceptOrder',
      'startPreparingOrder',
      'markOrderReady',
      'pickUpOrder',
      'deliverOrder',
    ]) {
      expect((await orders.move(mutation, result.id, staff)).__typename).toBe('Order');
    }
    const order = await orders.stored(result.id);
    expect(order.status).toBe('DELIVERED');
    expect(order.timeline.slice(-2)).toEqual([
      expect.objectContaining({ action: 'PICK_UP', actor: { kind: 'STORE', id: staff.userId } }),
      expect.objectContaining({ action: 'DELIVER', actor: { kind: 'STORE', id: staff.userId } }),
    ]);
    const delivered = (await orders.published(result.id)).at(-1);
    expect(delivered).toEqual(
      anEvent('orders.order.delivered.v1', {
        finalTotal: { amount: result.pricing.total.amount, currency: 'VND' },
        tip: { amount: 0, currency: 'VND' },
        driverId: null,
      }),
    );
  });
});

describe('refusals', () => {
  it('a store closed since the quote: STORE_CLOSED, nothing held or written', async () => {
    const customer = orders.newCustomer();
    const quoted = await orders.quote(customer, await orders.cart(customer));
    orders.catalog.open = false;
    const key = orders.newKey();
    const result = await orders.place(customer, quoted.id, key);
    expect(result).toMatchObject({ __typename: 'StoreClosed', code: 'STORE_CLOSED' });
    const orderId = orderIdFor(customer.userId!, key);
    expect(await orders.read(orderId, support)).toBeNull();
    expect(orders.catalog.reservations.some((r) => r.reservationKey === orderId)).toBe(false);
    expect(await hasCart(customer)).toBe(true);

    expect(await orders.quote(customer, await orders.cart(customer))).toMatchObject({
      code: 'STORE_CLOSED',
    });
  });

  it('an address the store does not deliver to: ADDRESS_NOT_SERVED', async () => {
    orders.catalog.delivers = false;
    const customer = orders.newCustomer();
    expect(await orders.quote(customer, await orders.cart(customer))).toMatchObject({
      __typename: 'AddressNotServed',
      code: 'ADDRESS_NOT_SERVED',
    });
  });

  it('stock the catalog cannot hold: OUT_OF_STOCK with nothing written; the key still works', async () => {
    const customer = orders.newCustomer();
    const cartId = await orders.cart(customer, {
      lines: [
        { sku: 'RICE-5KG', quantity: 1 },
        { sku: 'EGGS-10', quantity: 3 },
      ],
    });
    const quoted = await orders.quote(customer, cartId);
    orders.catalog.outOfStock.add('EGGS-10');
    const key = orders.newKey();
    const orderId = orderIdFor(customer.userId!, key);
    expect(await orders.place(customer, quoted.id, key)).toMatchObject({
      __typename: 'OutOfStock',
      code: 'OUT_OF_STOCK',
      skus: ['EGGS-10'],
    });
    expect(await orders.read(orderId, support)).toBeNull();
    expect(await orders.published(orderId)).toEqual([]);
    expect(orders.payments.callsFor(orderId)).toEqual([]);
    expect(await hasCart(customer)).toBe(true);

    orders.catalog.outOfStock.clear();
    expect(await orders.place(customer, quoted.id, key)).toMatchObject({
      id: orderId,
      status: 'PLACED',
    });
  });

  it('the same key with another quote: IDEMPOTENCY_KEY_REUSED, the first order untouched', async () => {
    const { customer, key, result } = await orders.checkout();
    const other = await orders.quote(
      customer,
      await orders.cart(customer, { lines: [{ sku: 'MILK-1L', quantity: 1 }] }),
    );
    expect(await orders.place(customer, other.id, key)).toMatchObject({
      __typename: 'IdempotencyKeyReused',
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await hasCart(customer)).toBe(true);
    expect(orders.payments.callsFor(result.id)).toHaveLength(1);
    expect((await orders.stored(result.id)).lines.map((line) => line.sku)).toEqual(['RICE-5KG']);
  });
});
