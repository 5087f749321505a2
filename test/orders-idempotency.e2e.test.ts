import { randomUUID } from 'node:crypto';
import { eventually } from '@dabba/payments/src/testing/order-events';
import {
  createGroceryStore,
  fillCart,
  graphql,
  ordersSuite,
  placeOrder,
  quoteCart,
  readOrder,
  readStock,
  MILK,
} from './support/orders';

const CONCURRENT_ATTEMPTS = 100;

describe('checkout idempotency through the gateway', () => {
  const suite = ordersSuite();

  it('answers 100 concurrent placeOrder with one key with one order, paid and stocked once', async () => {
    const { storeId } = await createGroceryStore(suite.url, suite.parties.grocer, [MILK]);
    const cartId = await fillCart(suite.url, suite.parties.customer, {
      storeId,
      lines: [{ sku: MILK.sku, quantity: 2 }],
      deliverTo: { lat: 10.7869, lng: 106.7009 },
      tip: '0',
    });
    const quote = await quoteCart(suite.url, suite.parties.customer, cartId);
    const key = `e2e-${randomUUID()}`;

    const answers = await Promise.all(
      Array.from({ length: CONCURRENT_ATTEMPTS }, () =>
        placeOrder(suite.url, suite.parties.customer, quote.id, key),
      ),
    );
    const orderId = answers[0]!.id;
    for (const answer of answers) {
      expect(answer).toMatchObject({ __typename: 'Order', id: orderId });
      // An attempt that found the order while another was paying for it answers it as it was.
      expect(['PENDING_PAYMENT', 'PLACED']).toContain(answer.status);
    }

    const order = await eventually(async () => {
      const read = await readOrder(suite.url, suite.parties.customer, orderId!);
      expect(read.status).toBe('PLACED');
      return read;
    });
    expect(order.payment).toMatchObject({ status: 'AUTHORIZED', amount: order.pricing.total });
    expect(order.timeline.map(({ action }) => action)).toEqual(['PLACE', 'PAYMENT_AUTHORIZED']);
    const { myOrders } = await graphql<{ myOrders: { edges: { node: { id: string } }[] } }>(
      suite.url,
      suite.parties.customer,
      '{ myOrders(first: 100) { edges { node { id } } } }',
    );
    expect(myOrders.edges).toEqual([{ node: { id: orderId } }]);
    await eventually(async () =>
      expect(await readStock(suite.url, suite.parties.grocer, storeId, MILK.sku)).toEqual({
        onHand: 48,
        reserved: 0,
        available: 48,
      }),
    );

    const replay = await placeOrder(suite.url, suite.parties.customer, quote.id, key);
    expect(replay).toMatchObject({ __typename: 'Order', id: orderId, status: 'PLACED' });
  });
});
