/**
 * Who may see and move an order: the store's staff and its API keys by scope, support, and
 * strangers, who are refused or see nothing.
 */
import type { Identity } from '@dabba/subgraph-kit';
import {
  STORE_ID,
  apiKey,
  driver,
  ordersContract,
  staff,
  stranger,
  support,
} from './testing/contract';

const orders = ordersContract('access');

const QUEUE = `query ($storeId: ID!) { storeOrderQueue(storeId: $storeId) { id status } }`;

const queue = (identity: Identity) =>
  orders.run<{ storeOrderQueue: { id: string; status: string }[] }>(
    QUEUE,
    { storeId: STORE_ID },
    identity,
  );

const otherStoreStaff: Identity = {
  ...staff,
  userId: 'usr_contract_other_staff',
  organizations: [{ organizationId: 'org_contract_other', role: 'OWNER' }],
};

describe("the store's order queue", () => {
  it("lists the store's open orders for its staff, its orders:read keys and support", async () => {
    const { orderId } = await orders.placedOrder();
    for (const identity of [staff, apiKey('orders:read'), apiKey('orders:write'), support]) {
      const { storeOrderQueue } = await queue(identity);
      expect(storeOrderQueue).toContainEqual({ id: orderId, status: 'PLACED' });
    }
  });

  it('is FORBIDDEN to strangers, staff of another organisation and keys without an orders scope', async () => {
    await orders.placedOrder();
    for (const identity of [stranger, otherStoreStaff, apiKey('menu:write')]) {
      await expect(queue(identity)).rejects.toThrow(/FORBIDDEN/);
    }
  });
});

describe('an orders:read key', () => {
  it('reads an order of its store but may not move it', async () => {
    const { orderId } = await orders.placedOrder();
    expect(await orders.read(orderId, apiKey('orders:read'))).toMatchObject({
      id: orderId,
      status: 'PLACED',
    });
    expect(await orders.moveErrors('acceptOrder', orderId, apiKey('orders:read'))).toEqual([
      'FORBIDDEN',
    ]);
    expect((await orders.stored(orderId)).status).toBe('PLACED');

    const accepted = await orders.move('acceptOrder', orderId, apiKey('orders:write'));
    expect(accepted).toMatchObject({ status: 'ACCEPTED' });
    expect(accepted.timeline.at(-1)).toMatchObject({ actor: 'STORE', actorId: null });
  });
});

describe('someone with no part in the order', () => {
  it('reads null and is answered NOT_FOUND when moving it', async () => {
    const { orderId } = await orders.placedOrder();
    for (const identity of [stranger, otherStoreStaff]) {
      expect(await orders.read(orderId, identity)).toBeNull();
      const refused = await orders.moveErrors('cancelOrder', orderId, identity, {
        reason: 'mine now',
      });
      expect(refused).toEqual(['NOT_FOUND']);
    }
    expect((await orders.stored(orderId)).status).toBe('PLACED');
  });
});

describe('cancelling', () => {
  it('the customer may cancel only until the store accepts', async () => {
    const { orderId, customer } = await orders.placedOrder();
    await orders.move('acceptOrder', orderId, staff);
    const refused = await orders.move('cancelOrder', orderId, customer, { reason: 'Too slow' });
    expect(refused).toMatchObject({
      __typename: 'InvalidTransition',
      code: 'INVALID_TRANSITION',
      status: 'ACCEPTED',
      action: 'CANCEL',
    });
  });

  it('support may cancel any order that has not ended, and none that has', async () => {
    const preparing = await orders.placedOrder();
    await orders.move('acceptOrder', preparing.orderId, staff);
    await orders.move('startPreparingOrder', preparing.orderId, staff);
    orders.payments.answer = 'PENDING';
    const pending = await orders.checkout();
    orders.payments.answer = 'AUTHORIZED';
    const ready = await orders.placedOrder();
    for (const mutation of ['acceptOrder', 'startPreparingOrder', 'markOrderReady']) {
      await orders.move(mutation, ready.orderId, staff);
    }
    await orders.move('assignDriver', ready.orderId, support, { driverId: driver.userId });
    await orders.move('pickUpOrder', ready.orderId, driver);
    expect((await orders.stored(ready.orderId)).status).toBe('PICKED_UP');

    for (const orderId of [preparing.orderId, pending.result.id, ready.orderId]) {
      const cancelled = await orders.move('cancelOrder', orderId, support, {
        reason: 'Customer called support',
      });
      expect(cancelled).toMatchObject({ __typename: 'Order', status: 'CANCELLED' });
      expect(cancelled.timeline.at(-1)).toMatchObject({
        action: 'CANCEL',
        actor: 'SUPPORT',
        actorId: support.userId,
        reason: 'Customer called support',
      });
      expect((await orders.publishedTypes(orderId)).at(-1)).toBe('orders.order.cancelled.v1');
    }

    const again = await orders.move('cancelOrder', preparing.orderId, support, {
      reason: 'Twice',
    });
    expect(again).toMatchObject({ code: 'INVALID_TRANSITION', status: 'CANCELLED' });
  });
});
