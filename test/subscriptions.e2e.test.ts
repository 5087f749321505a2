import { PaymentStatusChangedDocument, createClient as createSdkClient } from '@dabba/client-sdk';
import { DEMO_USER_IDS } from '@dabba/subgraph-kit';
// Payments on its own: the test announces orders the way the orders subgraph does, without a cart.
import { eventually, publishOrderEvent } from '@dabba/payments/src/testing/order-events';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { postGraphQL } from './support/http';
import { accessTokenFor, startPlatform, type Platform } from './support/platform';

const STARTUP_TIMEOUT_MS = 120_000;
const customer = DEMO_USER_IDS.customer;

const AUTHORIZE = `mutation ($input: AuthorizePaymentInput!) {
  authorizePayment(input: $input) { __typename ... on Payment { id status } }
}`;
const FOLLOW = `subscription Follow($paymentId: ID!) {
  paymentStatusChanged(paymentId: $paymentId) { id status payer { id displayName } order { id } }
}`;

/** An authorised card payment of a new order of the demo customer. */
async function authorizedPayment(
  platform: Platform,
): Promise<{ orderId: string; paymentId: string }> {
  const orderId = `ord_live_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  await publishOrderEvent('orders.order.placed.v1', {
    orderId,
    customerId: customer,
    storeId: 'sto_live',
    total: { amount: 1250, currency: 'USD' },
    promotionIds: [],
    placedAt: new Date().toISOString(),
  });
  const headers = { authorization: `Bearer ${await accessTokenFor(customer)}` };
  const paymentId = await eventually(async () => {
    const response = await postGraphQL(platform.gatewayUrl, AUTHORIZE, {
      headers,
      variables: {
        input: {
          orderId,
          method: 'CARD',
          paymentMethodRef: 'pm_card_visa',
          idempotencyKey: `live-${orderId}`,
        },
      },
    });
    const result = (response.body.data as { authorizePayment: { __typename: string; id: string } })
      .authorizePayment;
    if (result.__typename !== 'Payment') throw new Error(`not yet: ${JSON.stringify(result)}`);
    return result.id;
  });
  return { orderId, paymentId };
}

const cancelOrder = (orderId: string) =>
  publishOrderEvent('orders.order.cancelled.v1', {
    orderId,
    customerId: customer,
    storeId: 'sto_live',
    reason: 'changed my mind',
    cancelledAt: new Date().toISOString(),
  });

describe('subscriptions through the gateway (graphql-ws)', () => {
  let platform: Platform;
  let wsUrl: string;
  const clients: Client[] = [];

  /** A graphql-ws client; `closed` records how the server closed the socket. */
  function connect(authorization?: string) {
    const closes: { code: number; reason: string }[] = [];
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      connectionParams: authorization ? { authorization } : {},
      on: {
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: string };
          closes.push({ code, reason: String(reason) });
        },
      },
      onNonLazyError: () => undefined,
    });
    clients.push(client);
    return { client, closes };
  }

  /** Every payload until the server completes the subscription, or the error it ended with. */
  async function collect(client: Client, variables: Record<string, unknown>, query = FOLLOW) {
    const payloads: FormattedExecutionResult<Record<string, unknown>, unknown>[] = [];
    const subscription = client.iterate({ query, variables });
    const done = (async () => {
      for await (const payload of subscription) payloads.push(payload);
    })();
    return { payloads, done };
  }

  beforeAll(async () => {
    platform = await startPlatform();
    wsUrl = platform.gatewayUrl.replace(/^http/, 'ws');
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await platform?.close();
  });

  it('delivers a change published by payments, with fields of payments and users, then completes', async () => {
    const { orderId, paymentId } = await authorizedPayment(platform);
    const sdkClient = (authorization: string) =>
      createSdkClient({
        url: platform.gatewayUrl,
        headers: { authorization },
        webSocketImpl: WebSocket,
      });
    const payer = sdkClient(`Bearer ${await accessTokenFor(customer)}`);
    const support = sdkClient(
      `Bearer ${await accessTokenFor(DEMO_USER_IDS.support, { roles: ['SUPPORT'] })}`,
    );
    const all = async <T>(results: AsyncIterable<T>) => {
      const collected: T[] = [];
      for await (const result of results) collected.push(result);
      return collected;
    };
    try {
      const received = Promise.all(
        [payer, support].map((client) =>
          all(client.subscribe(PaymentStatusChangedDocument, { paymentId })),
        ),
      );
      // Awaited below; a refusal meanwhile must not surface as an unhandled rejection.
      received.catch(() => undefined);
      // Both are subscribed once the gateway counts them, after its subscribe-time checks.
      await eventually(async () => {
        const metrics = await (await fetch(new URL('/metrics', platform.gatewayUrl))).text();
        if (!/^gateway_active_subscriptions\{field="paymentStatusChanged"[^}]*\} 2$/m.test(metrics))
          throw new Error('not subscribed yet');
      });

      await cancelOrder(orderId);

      const expected = {
        data: {
          paymentStatusChanged: {
            id: paymentId,
            status: 'CANCELLED',
            payer: { id: customer, displayName: expect.any(String) },
            order: { id: orderId },
          },
        },
      };
      const [following, supporting] = await received;
      expect(following).toEqual([expected]);
      expect(supporting).toEqual([expected]);
      expect(following![0]!.data?.paymentStatusChanged.payer.displayName).toMatch(/\S/);
    } finally {
      await Promise.all([payer.close(), support.close()]);
    }
  });

  it('refuses to subscribe someone who may not read the payment, and an anonymous caller', async () => {
    const { paymentId } = await authorizedPayment(platform);
    const stranger = connect(`Bearer ${await accessTokenFor(DEMO_USER_IDS.driver)}`);
    const anonymous = connect();

    await expect(collect(stranger.client, { paymentId }).then(({ done }) => done)).rejects.toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
    await expect(collect(anonymous.client, { paymentId }).then(({ done }) => done)).rejects.toEqual(
      [
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
        }),
      ],
    );
  });

  it('refuses an unknown payment with NOT_FOUND', async () => {
    const payer = connect(`Bearer ${await accessTokenFor(customer)}`);
    await expect(
      collect(payer.client, { paymentId: 'pay_does_not_exist' }).then(({ done }) => done),
    ).rejects.toEqual([expect.objectContaining({ extensions: { code: 'NOT_FOUND' } })]);
  });

  it('closes a connection whose credential is invalid, and one whose token expires', async () => {
    const forged = connect('Bearer not-a-token');
    await eventually(async () => {
      if (forged.closes.length === 0) throw new Error('still open');
    });
    expect(forged.closes[0]!.code).toBe(4403);

    const { paymentId } = await authorizedPayment(platform);
    const shortLived = connect(`Bearer ${await accessTokenFor(customer, { ttlSeconds: 2 })}`);
    const following = await collect(shortLived.client, { paymentId });
    await following.done.catch(() => undefined);
    expect(shortLived.closes[0]).toEqual({ code: 4401, reason: 'Access token expired' });
  });
});
