import { DEMO_USER_IDS } from '@dabba/subgraph-kit';
import { eventually } from '@dabba/payments/src/testing/order-events';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import {
  createGroceryStore,
  moveOrder,
  ordersSuite,
  placeOrderFor,
  type Move,
  MILK,
} from './support/orders';

const FOLLOW = `subscription ($orderId: ID!) {
  orderStatusChanged(orderId: $orderId) { id status driver { id } }
}`;

describe('orderStatusChanged through the gateway (graphql-ws)', () => {
  const suite = ordersSuite();
  const clients: Client[] = [];

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
  });

  it('sends the order after each move of the store, support and driver, then completes', async () => {
    const { storeId } = await createGroceryStore(suite.url, suite.parties.grocer, [MILK]);
    const order = await placeOrderFor(suite.url, suite.parties.customer, {
      storeId,
      lines: [{ sku: MILK.sku, quantity: 1 }],
      deliverTo: { lat: 10.7869, lng: 106.7009 },
      tip: '10000',
    });
    const client = createClient({
      url: suite.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: suite.parties.customer.authorization },
    });
    clients.push(client);
    const received: unknown[] = [];
    const done = (async () => {
      for await (const payload of client.iterate({
        query: FOLLOW,
        variables: { orderId: order.id },
      }))
        received.push(payload);
    })();
    done.catch(() => undefined);
    await eventually(async () => {
      const metrics = await (await fetch(new URL('/metrics', suite.url))).text();
      if (!/^gateway_active_subscriptions\{field="orderStatusChanged"[^}]*\} 1$/m.test(metrics))
        throw new Error('not subscribed yet');
    });

    const steps: [Move, Record<string, string>, Record<string, unknown>][] = [
      ['acceptOrder', suite.parties.grocer, {}],
      ['startPreparingOrder', suite.parties.grocer, {}],
      ['markOrderReady', suite.parties.grocer, {}],
      ['assignDriver', suite.parties.support, { driverId: DEMO_USER_IDS.driver }],
      ['pickUpOrder', suite.parties.driver, {}],
      ['deliverOrder', suite.parties.driver, {}],
    ];
    // One move at a time: each payload is read when its event arrives, so it shows that move.
    for (const [index, [move, headers, args]] of steps.entries()) {
      expect(await moveOrder(suite.url, headers, move, order.id, args)).toMatchObject({
        __typename: 'Order',
      });
      await eventually(async () => expect(received).toHaveLength(index + 1));
    }
    await done;

    const driver = { id: DEMO_USER_IDS.driver };
    expect(received).toEqual(
      [
        ['ACCEPTED', null],
        ['PREPARING', null],
        ['READY_FOR_PICKUP', null],
        ['READY_FOR_PICKUP', driver],
        ['PICKED_UP', driver],
        ['DELIVERED', driver],
      ].map(([status, assigned]) => ({
        data: { orderStatusChanged: { id: order.id, status, driver: assigned } },
      })),
    );
  });
});
