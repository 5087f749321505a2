import { DEMO_USER_IDS } from '@dabba/subgraph-kit';
// Payments on its own: the test announces orders the way the orders subgraph does, without a cart.
import { eventually, publishOrderEvent } from '@dabba/payments/src/testing/order-events';
import { postGraphQL } from './support/http';
import { accessTokenFor, startPlatform, type Platform } from './support/platform';

const STARTUP_TIMEOUT_MS = 120_000;
const customer = DEMO_USER_IDS.customer;

const AUTHORIZE = `mutation ($input: AuthorizePaymentInput!) {
  authorizePayment(input: $input) {
    __typename
    ... on Payment { id status amount { amount currency decimal } }
    ... on PaymentError { code }
  }
}`;
const ORDER_PAYMENT = `query ($id: ID!) {
  payment(id: $id) { order { id paymentStatus payment { id status capturedAmount { amount } } } }
}`;

describe('payments through the gateway', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform();
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await platform?.close();
  });

  it('authorises a placed order with the sandbox PSP and reads Order.payment', async () => {
    const orderId = `ord_e2e_${Date.now()}`;
    await publishOrderEvent('orders.order.placed.v1', {
      orderId,
      customerId: customer,
      storeId: 'sto_e2e',
      total: { amount: 1250, currency: 'USD' },
      promotionIds: [],
      placedAt: new Date().toISOString(),
    });
    const headers = { authorization: `Bearer ${await accessTokenFor(customer)}` };
    const authorize = (idempotencyKey: string) =>
      postGraphQL(platform.gatewayUrl, AUTHORIZE, {
        headers,
        variables: {
          input: {
            orderId,
            method: 'CARD',
            paymentMethodRef: 'pm_card_visa',
            tip: '2.50',
            idempotencyKey,
          },
        },
      });

    // Payments learns of the order through its consumer, asynchronously.
    const authorized = await eventually(async () => {
      const response = await authorize('e2e-authorize-1');
      const result = (
        response.body.data as {
          authorizePayment: { __typename: string; id: string; status: string; amount: unknown };
        }
      ).authorizePayment;
      if (result.__typename !== 'Payment') throw new Error(`not yet: ${JSON.stringify(result)}`);
      return result;
    });
    expect(authorized).toMatchObject({
      status: 'AUTHORIZED',
      amount: { amount: 1500, currency: 'USD', decimal: '15.00' },
    });

    const read = await postGraphQL(platform.gatewayUrl, ORDER_PAYMENT, {
      headers,
      variables: { id: authorized.id },
    });
    expect(read).toEqual({
      status: 200,
      body: {
        data: {
          payment: {
            order: {
              id: orderId,
              paymentStatus: 'AUTHORIZED',
              payment: { id: authorized.id, status: 'AUTHORIZED', capturedAmount: { amount: 0 } },
            },
          },
        },
      },
    });

    const anonymous = await postGraphQL(platform.gatewayUrl, ORDER_PAYMENT, {
      variables: { id: authorized.id },
    });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
