import { randomUUID } from 'node:crypto';
import { DEMO_USER_IDS } from '@dabba/subgraph-kit';
import { eventually } from '@dabba/payments/src/testing/order-events';
import {
  createGroceryStore,
  expectTypename,
  fillCart,
  graphql,
  moveOrder,
  ordersSuite,
  quoteCart,
  readStock,
  untilStockRestored,
  usualCart,
  vnd,
  BREAD,
  MILK,
  type Money,
  type Move,
  type Result,
} from './support/orders';

const MONEY = 'amount currency';
const PAID_ORDER = `
  id status fulfilment
  pricing { deliveryFee { ${MONEY} } total { ${MONEY} } finalTotal { ${MONEY} } }
  payment {
    id status method
    amount { ${MONEY} } authorizedAmount { ${MONEY} } capturedAmount { ${MONEY} }
    nextAction { type url clientSecret }
  }
`;
const PLACE = `mutation ($input: PlaceOrderInput!, $key: String!) {
  placeOrder(input: $input, idempotencyKey: $key) {
    __typename
    ... on Order { ${PAID_ORDER} }
    ... on PaymentNotAuthorized { order { ${PAID_ORDER} } }
    ... on OrderError { code message }
  }
}`;
const READ = `query ($id: ID!) { order(id: $id) { ${PAID_ORDER} } }`;
const SET_FULFILMENT = `mutation ($cartId: ID!, $input: UpdateCartInput!) {
  updateCart(cartId: $cartId, input: $input) { __typename ... on OrderError { code message } }
}`;
const CONFIRM = `mutation ($paymentId: ID!) {
  confirmPayment(paymentId: $paymentId) { __typename ... on Payment { status } }
}`;

interface PaidOrder {
  id: string;
  status: string;
  fulfilment: string;
  pricing: Record<'deliveryFee' | 'total' | 'finalTotal', Money>;
  payment: {
    id: string;
    status: string;
    method: string;
    amount: Money;
    authorizedAmount: Money;
    capturedAmount: Money;
    nextAction: { type: string; url: string | null; clientSecret: string | null } | null;
  } | null;
}

describe('paying for orders through the gateway: cash, pickup, 3-D Secure', () => {
  const suite = ordersSuite();

  /** A new store's usual cart, PICKUP if asked, quoted; the store and the quote. */
  async function quoted(fulfilment: 'DELIVERY' | 'PICKUP' = 'DELIVERY') {
    const { customer, grocer } = suite.parties;
    const { storeId } = await createGroceryStore(suite.url, grocer, [MILK, BREAD]);
    const cartId = await fillCart(suite.url, customer, usualCart(storeId));
    if (fulfilment === 'PICKUP') {
      const { updateCart } = await graphql<{ updateCart: Result<object> }>(
        suite.url,
        customer,
        SET_FULFILMENT,
        { cartId, input: { fulfilment } },
      );
      expectTypename(updateCart, 'Cart', 'updateCart');
    }
    const quote = await quoteCart(suite.url, customer, cartId);
    expectTypename(quote, 'PriceQuote', 'quoteCart');
    return { storeId, quote };
  }

  async function place(quoteId: string, payment: Record<string, string>) {
    const { placeOrder } = await graphql<{ placeOrder: Result<PaidOrder> }>(
      suite.url,
      suite.parties.customer,
      PLACE,
      { input: { quoteId, payment }, key: `e2e-${randomUUID()}` },
    );
    return placeOrder;
  }

  const readOrder = async (orderId: string) =>
    (await graphql<{ order: PaidOrder }>(suite.url, suite.parties.customer, READ, { id: orderId }))
      .order;

  /** The order once it and its payment reached these statuses (events settle them). */
  const settled = (orderId: string, status: string, paymentStatus: string) =>
    eventually(async () => {
      const order = await readOrder(orderId);
      expect([order.status, order.payment?.status]).toEqual([status, paymentStatus]);
      return order;
    });

  /** Each move in turn by its caller; every one must answer the order. */
  async function moves(orderId: string, steps: [Move, Record<string, string>, object?][]) {
    for (const [move, headers, args] of steps) {
      expect(await moveOrder(suite.url, headers, move, orderId, { ...args })).toMatchObject({
        __typename: 'Order',
      });
    }
  }

  it('takes cash on delivery: PLACED at once, collected (CAPTURED) when delivered', async () => {
    const { grocer, support, driver } = suite.parties;
    const { quote } = await quoted();
    const placed = await place(quote.id, { method: 'CASH' });
    expect(placed).toMatchObject({
      __typename: 'Order',
      status: 'PLACED',
      payment: { method: 'CASH', status: 'AUTHORIZED', amount: quote.total, nextAction: null },
    });

    await moves(placed.id, [
      ['acceptOrder', grocer],
      ['startPreparingOrder', grocer],
      ['markOrderReady', grocer],
      ['assignDriver', support, { driverId: DEMO_USER_IDS.driver }],
      ['pickUpOrder', driver],
      ['deliverOrder', driver],
    ]);
    expect(await settled(placed.id, 'DELIVERED', 'CAPTURED')).toMatchObject({
      payment: { method: 'CASH', capturedAmount: quote.total },
    });
  });

  it('lets the store hand over a PICKUP order itself: no delivery fee, no driver', async () => {
    const { grocer, support, driver } = suite.parties;
    const { quote } = await quoted('PICKUP');
    expect(quote.deliveryFee).toEqual(vnd(0));
    const placed = await place(quote.id, { method: 'CARD', paymentMethodRef: 'pm_card_visa' });
    expect(placed).toMatchObject({
      __typename: 'Order',
      status: 'PLACED',
      fulfilment: 'PICKUP',
      pricing: { deliveryFee: vnd(0), total: quote.total },
    });

    await moves(placed.id, [
      ['acceptOrder', grocer],
      ['startPreparingOrder', grocer],
      ['markOrderReady', grocer],
    ]);
    expect(
      await moveOrder(suite.url, support, 'assignDriver', placed.id, {
        driverId: DEMO_USER_IDS.driver,
      }),
    ).toMatchObject({
      __typename: 'InvalidTransition',
      code: 'INVALID_TRANSITION',
      status: 'READY_FOR_PICKUP',
      action: 'ASSIGN_DRIVER',
    });
    // A driver has no part in a pickup order.
    await expect(moveOrder(suite.url, driver, 'pickUpOrder', placed.id)).rejects.toThrow(
      /"code":"NOT_FOUND"/,
    );
    await moves(placed.id, [
      ['pickUpOrder', grocer],
      ['deliverOrder', grocer],
    ]);
    expect(await settled(placed.id, 'DELIVERED', 'CAPTURED')).toMatchObject({
      payment: { method: 'CARD', capturedAmount: quote.total },
    });
  });

  /** Passes or fails the sandbox's 3-D Secure challenge of the payment intent in `url`. */
  async function answerChallenge(url: string, outcome: 'complete' | 'fail') {
    const intentRef = /\/(pi_\w+)$/.exec(url)![1];
    const payments = suite.platform.subgraph('payments').url;
    const response = await fetch(new URL(`/sandbox/3ds/${outcome}`, payments), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ intentRef }),
    });
    expect(response.status).toBe(200);
  }

  /** An order of the usual cart paid with the 3-D Secure test card, waiting for the challenge. */
  async function awaitingChallenge() {
    const { storeId, quote } = await quoted();
    const placed = await place(quote.id, {
      method: 'CARD',
      paymentMethodRef: 'pm_card_threeDSecure2Required',
      returnUrl: 'https://app.dabba.test/checkout/return',
    });
    expect(placed).toMatchObject({
      __typename: 'Order',
      status: 'PENDING_PAYMENT',
      payment: {
        status: 'REQUIRES_ACTION',
        authorizedAmount: vnd(0),
        nextAction: { type: 'REDIRECT_TO_URL', url: expect.stringMatching(/\/pi_\w+$/) },
      },
    });
    return { storeId, quote, order: placed };
  }

  const confirm = async (paymentId: string) =>
    (
      await graphql<{ confirmPayment: Result<{ status?: string }> }>(
        suite.url,
        suite.parties.customer,
        CONFIRM,
        { paymentId },
      )
    ).confirmPayment;

  it('places a 3-D Secure order once the customer passed the challenge', async () => {
    const { storeId, quote, order } = await awaitingChallenge();
    // The stock is held while the customer is at the bank's page.
    expect(await readStock(suite.url, suite.parties.grocer, storeId, MILK.sku)).toMatchObject({
      reserved: 2,
    });

    await answerChallenge(order.payment!.nextAction!.url!, 'complete');
    expect(await confirm(order.payment!.id)).toMatchObject({
      __typename: 'Payment',
      status: 'AUTHORIZED',
    });
    expect(await settled(order.id, 'PLACED', 'AUTHORIZED')).toMatchObject({
      payment: { authorizedAmount: quote.total, nextAction: null },
    });
  });

  it("places a 3-D Secure order from the provider's webhook alone, without confirmPayment", async () => {
    const { quote, order } = await awaitingChallenge();
    await answerChallenge(order.payment!.nextAction!.url!, 'complete');
    // The sandbox's webhook authorises the payment; its event moves the order.
    expect(await settled(order.id, 'PLACED', 'AUTHORIZED')).toMatchObject({
      payment: { authorizedAmount: quote.total },
    });
  });

  it('fails a 3-D Secure order whose challenge failed, and gives the stock back', async () => {
    const { storeId, order } = await awaitingChallenge();
    await answerChallenge(order.payment!.nextAction!.url!, 'fail');
    expect(await confirm(order.payment!.id)).toMatchObject({ __typename: 'PaymentDeclined' });
    await settled(order.id, 'FAILED', 'FAILED');
    await untilStockRestored(suite.url, suite.parties.grocer, storeId, [MILK, BREAD]);
  });
});
