import { DEMO_USER_IDS } from '@dabba/subgraph-kit';
import { eventually } from '@dabba/payments/src/testing/order-events';
import {
  createGroceryStore,
  expectedHcmcQuote,
  fillCart,
  graphql,
  metresBetween,
  moveOrder,
  ordersSuite,
  placeOrder,
  quoteCart,
  readOrder,
  readStock,
  type CartSpec,
  MILK,
  BREAD,
  HOME,
  vnd,
  usualCart,
  untilStockRestored,
} from './support/orders';

describe('orders checkout through the gateway', () => {
  const suite = ordersSuite();

  async function groceryCart(): Promise<{ storeId: string; spec: CartSpec }> {
    const { storeId } = await createGroceryStore(suite.url, suite.parties.grocer, [MILK, BREAD]);
    return { storeId, spec: usualCart(storeId) };
  }

  it('quotes at the city rates, takes the order through to delivery, captures and commits', async () => {
    const { storeId, spec } = await groceryCart();
    const cartId = await fillCart(suite.url, suite.parties.customer, spec);
    const quote = await quoteCart(suite.url, suite.parties.customer, cartId);

    const goods = 2 * MILK.price + 3 * BREAD.price;
    const metres = metresBetween({ lat: 10.7769, lng: 106.7009 }, HOME);
    const expected = expectedHcmcQuote(goods, metres, 20_000);
    expect(quote).toMatchObject({
      __typename: 'PriceQuote',
      cartId,
      surgeMultiplier: 1,
      deliveryDistanceMeters: metres,
      lines: expect.arrayContaining([
        {
          sku: MILK.sku,
          quantity: 2,
          unitPrice: vnd(32_000),
          total: vnd(64_000),
          discount: vnd(0),
        },
        {
          sku: BREAD.sku,
          quantity: 3,
          unitPrice: vnd(18_500),
          total: vnd(55_500),
          discount: vnd(0),
        },
      ]),
      subtotal: vnd(goods),
      couponDiscount: vnd(0),
      deliveryFee: vnd(expected.deliveryFee),
      serviceFee: vnd(expected.serviceFee),
      tax: vnd(expected.tax),
      tip: vnd(20_000),
      total: vnd(expected.total),
    });
    expect(quote.lines).toHaveLength(2);
    // The figures themselves, so that a wrong rate in both places cannot pass.
    expect(expected).toEqual({
      deliveryFee: 25_000,
      serviceFee: 3_585,
      tax: 11_847,
      total: 179_932,
    });

    const placed = await placeOrder(suite.url, suite.parties.customer, quote.id);
    expect(placed).toMatchObject({ __typename: 'Order', status: 'PLACED' });
    const orderId = placed.id!;
    expect((await readOrder(suite.url, suite.parties.customer, orderId)).payment).toEqual({
      status: 'AUTHORIZED',
      amount: vnd(expected.total),
      authorizedAmount: vnd(expected.total),
      capturedAmount: vnd(0),
    });
    await eventually(async () =>
      expect(await readStock(suite.url, suite.parties.grocer, storeId, MILK.sku)).toEqual({
        onHand: 48,
        reserved: 0,
        available: 48,
      }),
    );

    for (const move of ['acceptOrder', 'startPreparingOrder', 'markOrderReady'] as const) {
      expect(await moveOrder(suite.url, suite.parties.grocer, move, orderId)).toMatchObject({
        __typename: 'Order',
      });
    }
    expect(
      await moveOrder(suite.url, suite.parties.support, 'assignDriver', orderId, {
        driverId: DEMO_USER_IDS.driver,
      }),
    ).toMatchObject({ __typename: 'Order', driver: { id: DEMO_USER_IDS.driver } });
    expect(await moveOrder(suite.url, suite.parties.driver, 'pickUpOrder', orderId)).toMatchObject({
      status: 'PICKED_UP',
    });
    expect(await moveOrder(suite.url, suite.parties.driver, 'deliverOrder', orderId)).toMatchObject(
      {
        status: 'DELIVERED',
      },
    );

    const delivered = await eventually(async () => {
      const order = await readOrder(suite.url, suite.parties.customer, orderId);
      expect(order.payment?.status).toBe('CAPTURED');
      return order;
    });
    expect(delivered.payment?.capturedAmount).toEqual(vnd(expected.total));
    expect(delivered.pricing.finalTotal).toEqual(vnd(expected.total));
    const customer = DEMO_USER_IDS.customer;
    const grocer = DEMO_USER_IDS.partnerGrocer;
    expect(delivered.timeline).toEqual([
      entry(1, 'PLACE', 'CUSTOMER', customer, 'PENDING_PAYMENT'),
      entry(2, 'PAYMENT_AUTHORIZED', 'SYSTEM', null, 'PLACED'),
      entry(3, 'ACCEPT', 'STORE', grocer, 'ACCEPTED'),
      entry(4, 'START_PREPARING', 'STORE', grocer, 'PREPARING'),
      entry(5, 'MARK_READY', 'STORE', grocer, 'READY_FOR_PICKUP'),
      entry(6, 'ASSIGN_DRIVER', 'SUPPORT', DEMO_USER_IDS.support, 'READY_FOR_PICKUP'),
      entry(7, 'PICK_UP', 'DRIVER', DEMO_USER_IDS.driver, 'PICKED_UP'),
      entry(8, 'DELIVER', 'DRIVER', DEMO_USER_IDS.driver, 'DELIVERED'),
    ]);
    expect(await readStock(suite.url, suite.parties.grocer, storeId, BREAD.sku)).toEqual({
      onHand: 37,
      reserved: 0,
      available: 37,
    });
  });

  it('answers PaymentNotAuthorized for a declined card, fails the order and releases the stock', async () => {
    const { storeId, spec } = await groceryCart();
    const quote = await quoteCart(
      suite.url,
      suite.parties.customer,
      await fillCart(suite.url, suite.parties.customer, spec),
    );
    await eventually(async () =>
      expect(await readStock(suite.url, suite.parties.grocer, storeId, MILK.sku)).toMatchObject({
        reserved: 0,
      }),
    );

    const declined = await placeOrder(
      suite.url,
      suite.parties.customer,
      quote.id,
      undefined,
      'pm_card_chargeDeclined',
    );
    expect(declined).toMatchObject({
      __typename: 'PaymentNotAuthorized',
      code: 'PAYMENT_DECLINED',
      order: { status: 'FAILED' },
    });
    const order = await readOrder(suite.url, suite.parties.customer, declined.order!.id);
    expect(order.status).toBe('FAILED');
    expect(order.payment?.status).toBe('FAILED');
    expect(order.timeline.map(({ action, actor, status }) => [action, actor, status])).toEqual([
      ['PLACE', 'CUSTOMER', 'PENDING_PAYMENT'],
      ['PAYMENT_FAILED', 'SYSTEM', 'FAILED'],
    ]);
    await untilStockRestored(suite.url, suite.parties.grocer, storeId, [MILK, BREAD]);
  });

  it("takes no amount from the client: a changed cart or price answers PRICE_CHANGED, another customer's quote QUOTE_EXPIRED", async () => {
    const { inputFields } = (
      await graphql<{ __type: { inputFields: { name: string }[] } }>(
        suite.url,
        suite.parties.customer,
        '{ __type(name: "PlaceOrderInput") { inputFields { name } } }',
      )
    ).__type;
    expect(inputFields.map(({ name }) => name)).toEqual(['quoteId', 'payment']);

    const { storeId, spec } = await groceryCart();
    const cartId = await fillCart(suite.url, suite.parties.customer, spec);
    const first = await quoteCart(suite.url, suite.parties.customer, cartId);
    await fillCart(suite.url, suite.parties.customer, {
      ...spec,
      lines: [{ sku: MILK.sku, quantity: 1 }],
    });
    const metres = metresBetween({ lat: 10.7769, lng: 106.7009 }, HOME);
    const moreMilk = expectedHcmcQuote(3 * MILK.price + 3 * BREAD.price, metres, 20_000);
    const changed = await placeOrder(suite.url, suite.parties.customer, first.id);
    expect(changed).toMatchObject({
      __typename: 'PriceChanged',
      code: 'PRICE_CHANGED',
      quote: { cartId, total: vnd(moreMilk.total) },
    });
    expect(changed.quote!.id).not.toBe(first.id);

    const stolen = await placeOrder(suite.url, suite.parties.stranger, changed.quote!.id);
    expect(stolen).toMatchObject({ __typename: 'QuoteExpired', code: 'QUOTE_EXPIRED' });

    const { productBySku } = await graphql<{ productBySku: { id: string } }>(
      suite.url,
      suite.parties.grocer,
      'query ($storeId: ID!, $sku: String!) { productBySku(storeId: $storeId, sku: $sku) { id } }',
      { storeId, sku: BREAD.sku },
    );
    await graphql(
      suite.url,
      suite.parties.grocer,
      `
        mutation ($id: ID!) {
          updateProduct(productId: $id, input: { price: "21000" }) {
            __typename
          }
        }
      `,
      { id: productBySku.id },
    );
    const repriced = await placeOrder(suite.url, suite.parties.customer, changed.quote!.id);
    const dearerBread = expectedHcmcQuote(3 * MILK.price + 3 * 21_000, metres, 20_000);
    expect(repriced).toMatchObject({
      __typename: 'PriceChanged',
      quote: { total: vnd(dearerBread.total) },
    });

    const placed = await placeOrder(suite.url, suite.parties.customer, repriced.quote!.id);
    expect(placed).toMatchObject({ __typename: 'Order', status: 'PLACED' });
    expect(
      (await readOrder(suite.url, suite.parties.customer, placed.id!)).payment?.amount,
    ).toEqual(vnd(dearerBread.total));
  });
});

function entry(
  sequence: number,
  action: string,
  actor: string,
  actorId: string | null,
  status: string,
) {
  return { sequence, action, actor, actorId, status, reason: null };
}
