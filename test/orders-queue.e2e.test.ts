import { DEMO_USER_IDS } from '@dabba/subgraph-kit';
import { eventually } from '@dabba/payments/src/testing/order-events';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { postGraphQL } from './support/http';
import {
  createGroceryStore,
  moveOrder,
  ordersSuite,
  placeOrderFor,
  MILK,
  type CartSpec,
  type Move,
} from './support/orders';

const QUEUE_FIELDS = 'storeOrderQueue(storeId: $storeId) { id status customer { id } }';
const FOLLOW_QUEUE = `subscription ($storeId: ID!) { ${QUEUE_FIELDS} }`;
const READ_QUEUE = `query ($storeId: ID!) { ${QUEUE_FIELDS} }`;

type QueuePayload = FormattedExecutionResult<{ storeOrderQueue: unknown[] }, unknown>;

/** One milk delivered 1.1 km north of the store. */
const oneMilk = (storeId: string): CartSpec => ({
  storeId,
  lines: [{ sku: MILK.sku, quantity: 1 }],
  deliverTo: { lat: 10.7869, lng: 106.7009 },
  tip: '0',
});

const entry = (id: string, status: string) => ({
  id,
  status,
  customer: { id: DEMO_USER_IDS.customer },
});

describe('storeOrderQueue through the gateway', () => {
  const suite = ordersSuite();
  const clients: Client[] = [];

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
  });

  /** Follows the store's queue as the caller of `authorization`; `done` settles when it ends. */
  function followQueue(storeId: string, authorization?: string) {
    const client = createClient({
      url: suite.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: authorization ? { authorization } : {},
    });
    clients.push(client);
    const payloads: QueuePayload[] = [];
    const done = (async () => {
      for await (const payload of client.iterate({ query: FOLLOW_QUEUE, variables: { storeId } }))
        payloads.push(payload as QueuePayload);
    })();
    return { payloads, done };
  }

  it('sends the store its open orders after each change: placed, accepted, a second one, ended ones gone', async () => {
    const { storeId } = await createGroceryStore(suite.url, suite.parties.grocer, [MILK]);
    const { payloads, done } = followQueue(storeId, suite.parties.grocer.authorization);
    done.catch(() => undefined);
    await eventually(async () => {
      const metrics = await (await fetch(new URL('/metrics', suite.url))).text();
      if (!/^gateway_active_subscriptions\{field="storeOrderQueue"[^}]*\} 1$/m.test(metrics))
        throw new Error('not subscribed yet');
    });

    /**
     * Waits for a payload sent since `seen` payloads that shows `queue`. Payloads are resolved as
     * each event arrives, so one sent after a move may still show the queue before it.
     */
    const shows = (seen: number, queue: unknown[]) =>
      eventually(async () =>
        expect(payloads.slice(seen)).toContainEqual({ data: { storeOrderQueue: queue } }),
      );
    const move = async (orderId: string, name: Move, headers: Record<string, string>, args = {}) =>
      expect(await moveOrder(suite.url, headers, name, orderId, args)).toMatchObject({
        __typename: 'Order',
      });
    const { grocer, customer, support, driver } = suite.parties;

    let seen = payloads.length;
    const first = (await placeOrderFor(suite.url, customer, oneMilk(storeId))).id;
    await shows(seen, [entry(first, 'PLACED')]);

    seen = payloads.length;
    await move(first, 'acceptOrder', grocer);
    await shows(seen, [entry(first, 'ACCEPTED')]);

    seen = payloads.length;
    const second = (await placeOrderFor(suite.url, customer, oneMilk(storeId))).id;
    await shows(seen, [entry(first, 'ACCEPTED'), entry(second, 'PLACED')]);

    await move(first, 'startPreparingOrder', grocer);
    await move(first, 'markOrderReady', grocer);
    await move(first, 'assignDriver', support, { driverId: DEMO_USER_IDS.driver });
    await move(first, 'pickUpOrder', driver);
    seen = payloads.length;
    await move(first, 'deliverOrder', driver);
    await shows(seen, [entry(second, 'PLACED')]);

    seen = payloads.length;
    await move(second, 'cancelOrder', customer, { reason: 'ordered twice' });
    await shows(seen, []);
  });

  it('refuses to subscribe a stranger (FORBIDDEN) and an anonymous caller (UNAUTHENTICATED)', async () => {
    const { storeId } = await createGroceryStore(suite.url, suite.parties.grocer, [MILK]);
    const refusal = (code: string) => [
      expect.objectContaining({ extensions: expect.objectContaining({ code }) }),
    ];

    const stranger = followQueue(storeId, suite.parties.stranger.authorization);
    await expect(stranger.done).rejects.toEqual(refusal('FORBIDDEN'));
    const customer = followQueue(storeId, suite.parties.customer.authorization);
    await expect(customer.done).rejects.toEqual(refusal('FORBIDDEN'));
    const anonymous = followQueue(storeId);
    await expect(anonymous.done).rejects.toEqual(refusal('UNAUTHENTICATED'));
  });

  it('answers the query with the open orders, oldest first, to staff and support only', async () => {
    const { storeId } = await createGroceryStore(suite.url, suite.parties.grocer, [MILK]);
    const { grocer, customer, support, stranger } = suite.parties;
    const read = (headers: Record<string, string>) =>
      postGraphQL(suite.url, READ_QUEUE, { headers, variables: { storeId } });

    expect((await read(grocer)).body).toEqual({ data: { storeOrderQueue: [] } });
    const older = await placeOrderFor(suite.url, customer, oneMilk(storeId));
    const newer = await placeOrderFor(suite.url, customer, oneMilk(storeId));
    const ended = await placeOrderFor(suite.url, customer, oneMilk(storeId));
    await moveOrder(suite.url, grocer, 'acceptOrder', older.id);
    await moveOrder(suite.url, grocer, 'rejectOrder', ended.id, { reason: 'closing early' });

    const open = {
      data: { storeOrderQueue: [entry(older.id, 'ACCEPTED'), entry(newer.id, 'PLACED')] },
    };
    expect((await read(grocer)).body).toEqual(open);
    expect((await read(support)).body).toEqual(open);

    for (const [headers, code] of [
      [stranger, 'FORBIDDEN'],
      [customer, 'FORBIDDEN'],
      [{}, 'UNAUTHENTICATED'],
    ] as const) {
      const { body } = await read(headers);
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code }) }),
      ]);
    }
  });
});
