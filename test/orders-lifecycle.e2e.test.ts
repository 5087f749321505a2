import { DEMO_USER_IDS } from '@dabba/subgraph-kit';
import { eventually } from '@dabba/payments/src/testing/order-events';
import {
  createGroceryStore,
  HCMC,
  moveOrder,
  ordersSuite,
  placeOrderFor,
  readOrder,
  readStock,
  MILK,
  BREAD,
  OAT_MILK,
  vnd,
  usualCart,
  untilStockRestored,
} from './support/orders';

describe('the order lifecycle through the gateway', () => {
  const suite = ordersSuite();

  /** A PLACED order of 2 milk and 3 bread at a new store, and the store. */
  async function placedOrder() {
    const { storeId } = await createGroceryStore(suite.url, suite.parties.grocer, [
      MILK,
      BREAD,
      OAT_MILK,
    ]);
    const order = await placeOrderFor(suite.url, suite.parties.customer, usualCart(storeId));
    await eventually(async () =>
      expect(await readStock(suite.url, suite.parties.grocer, storeId, MILK.sku)).toMatchObject({
        onHand: 48,
      }),
    );
    return { storeId, order };
  }

  const stockReleased = (storeId: string) =>
    untilStockRestored(suite.url, suite.parties.grocer, storeId, [MILK, BREAD]);

  it('rejects a paid order: REJECTED, the hold released, the stock back', async () => {
    const { storeId, order } = await placedOrder();
    // Someone with no part in the order is told it does not exist; the customer may not reject.
    await expect(
      moveOrder(suite.url, suite.parties.stranger, 'rejectOrder', order.id, { reason: 'no' }),
    ).rejects.toThrow(/"code":"NOT_FOUND"/);
    expect(await readOrder(suite.url, suite.parties.stranger, order.id)).toBeNull();
    expect(
      await moveOrder(suite.url, suite.parties.customer, 'rejectOrder', order.id, { reason: 'no' }),
    ).toMatchObject({ __typename: 'InvalidTransition', status: 'PLACED', action: 'REJECT' });

    const rejected = await moveOrder(suite.url, suite.parties.grocer, 'rejectOrder', order.id, {
      reason: 'out of bags',
    });
    expect(rejected).toMatchObject({ __typename: 'Order', status: 'REJECTED' });
    expect(rejected.timeline!.at(-1)).toEqual({
      sequence: 3,
      action: 'REJECT',
      actor: 'STORE',
      actorId: DEMO_USER_IDS.partnerGrocer,
      status: 'REJECTED',
      reason: 'out of bags',
    });
    await eventually(async () =>
      expect((await readOrder(suite.url, suite.parties.customer, order.id)).payment).toMatchObject({
        status: 'CANCELLED',
        capturedAmount: vnd(0),
      }),
    );
    await stockReleased(storeId);
  });

  it('lets the customer cancel before acceptance, not after', async () => {
    const before = await placedOrder();
    const cancelled = await moveOrder(
      suite.url,
      suite.parties.customer,
      'cancelOrder',
      before.order.id,
      {
        reason: 'changed my mind',
      },
    );
    expect(cancelled).toMatchObject({ __typename: 'Order', status: 'CANCELLED' });
    expect(cancelled.timeline!.at(-1)).toMatchObject({
      action: 'CANCEL',
      actor: 'CUSTOMER',
      actorId: DEMO_USER_IDS.customer,
    });
    await eventually(async () =>
      expect(
        (await readOrder(suite.url, suite.parties.customer, before.order.id)).payment?.status,
      ).toBe('CANCELLED'),
    );
    await stockReleased(before.storeId);

    const after = await placedOrder();
    await moveOrder(suite.url, suite.parties.grocer, 'acceptOrder', after.order.id);
    expect(
      await moveOrder(suite.url, suite.parties.customer, 'cancelOrder', after.order.id, {
        reason: 'too late',
      }),
    ).toEqual({
      __typename: 'InvalidTransition',
      code: 'INVALID_TRANSITION',
      message: expect.any(String),
      status: 'ACCEPTED',
      action: 'CANCEL',
    });
    expect((await readOrder(suite.url, suite.parties.customer, after.order.id)).status).toBe(
      'ACCEPTED',
    );
  });

  it('settles a substitution and a removal: finalTotal follows them and is what is captured', async () => {
    const { order } = await placedOrder();
    for (const move of ['acceptOrder', 'startPreparingOrder'] as const) {
      await moveOrder(suite.url, suite.parties.grocer, move, order.id);
    }
    const milkLine = order.lines.find((line) => line.sku === MILK.sku)!;
    const breadLine = order.lines.find((line) => line.sku === BREAD.sku)!;

    const proposed = await moveOrder(
      suite.url,
      suite.parties.grocer,
      'reportUnavailableLine',
      order.id,
      {
        lineId: milkLine.id,
        substituteSku: OAT_MILK.sku,
      },
    );
    expect(proposed.lines!.find((line) => line.id === milkLine.id)).toMatchObject({
      state: 'SUBSTITUTION_PROPOSED',
      proposedSubstitute: {
        sku: OAT_MILK.sku,
        quantity: 2,
        unitPrice: vnd(25_000),
        total: vnd(50_000),
      },
    });
    expect(
      await moveOrder(suite.url, suite.parties.grocer, 'markOrderReady', order.id),
    ).toMatchObject({
      __typename: 'InvalidTransition',
      status: 'PREPARING',
    });
    const accepted = await moveOrder(
      suite.url,
      suite.parties.customer,
      'respondToSubstitution',
      order.id,
      {
        lineId: milkLine.id,
        accept: true,
      },
    );
    expect(accepted.lines!.find((line) => line.id === milkLine.id)!.state).toBe('SUBSTITUTED');
    const removed = await moveOrder(
      suite.url,
      suite.parties.grocer,
      'reportUnavailableLine',
      order.id,
      {
        lineId: breadLine.id,
      },
    );
    expect(removed.lines!.find((line) => line.id === breadLine.id)!.state).toBe('REMOVED');

    // Oat milk instead of milk, no bread: the goods change by −69,500, with their 8 % tax.
    const delta = 50_000 - 64_000 - 55_500;
    const finalTotal = order.pricing.total.amount + delta - HCMC.tax(-delta);
    expect(removed.pricing!.finalTotal).toEqual(vnd(finalTotal));
    expect(removed.pricing!.total).toEqual(order.pricing.total);

    await moveOrder(suite.url, suite.parties.grocer, 'markOrderReady', order.id);
    await moveOrder(suite.url, suite.parties.support, 'assignDriver', order.id, {
      driverId: DEMO_USER_IDS.driver,
    });
    await moveOrder(suite.url, suite.parties.driver, 'pickUpOrder', order.id);
    expect(
      await moveOrder(suite.url, suite.parties.driver, 'deliverOrder', order.id),
    ).toMatchObject({
      status: 'DELIVERED',
    });
    const payment = await eventually(async () => {
      const read = await readOrder(suite.url, suite.parties.customer, order.id);
      expect(read.payment?.status).toBe('CAPTURED');
      return read.payment!;
    });
    expect(payment.capturedAmount).toEqual(vnd(finalTotal));
    expect(payment.authorizedAmount).toEqual(order.pricing.total);
  });
});
