import { userIdentity } from '@dabba/subgraph-kit/src/testing';
import {
  CUSTOMER,
  OTHER,
  SUPPORT,
  authorizedEvent,
  cancelledEvent,
  capturedEvent,
  customer,
  eventually,
  paymentsContract,
  publishOrderEvent,
  refundFailedEvent,
  refundedEvent,
} from './testing/contract';

const {
  card,
  query,
  authorize,
  placeOrder,
  authorizedPayment,
  read,
  deliver,
  capturedPayment,
  refund,
  reconciliation,
  postWebhook,
  published,
  handled,
  webhookHandled,
} = paymentsContract('settle');

describe('capture on delivery', () => {
  it('captures the final total and the tip, splits it in the ledger, and calls the provider once with a derived key', async () => {
    const { orderId, paymentId } = await authorizedPayment(100_000, { tip: '10000' });
    await deliver(orderId, 95_000, 15_000);
    const captured = await eventually(async () => {
      const payment = await read(paymentId);
      expect(payment.status).toBe('CAPTURED');
      return payment;
    });
    expect(captured).toMatchObject({
      capturedAmount: { amount: 110_000 },
      tip: { amount: 15_000 },
      shortfall: { amount: 0 },
    });
    const sale = captured.ledgerEntries.find((entry) => entry.id === `${paymentId}:sale`)!;
    expect(sale.postings).toEqual([
      { account: `customer:${CUSTOMER}`, amount: '110000' },
      { account: 'store_payable:sto_pay', amount: '-80750' },
      { account: 'platform_fees', amount: '-14250' },
      { account: 'driver_payable:usr_pay_driver', amount: '-15000' },
    ]);
    expect(card.calls.filter((call) => call.key === `${paymentId}:capture`)).toHaveLength(1);
    expect(await published(paymentId)).toEqual([
      authorizedEvent({ paymentId, orderId }, { amount: 110_000 }),
      capturedEvent({ paymentId, orderId }, { amount: 110_000, tip: 15_000, shortfall: 0 }),
    ]);
  });

  it('asks the provider again with the same key when its answer was lost, and captures once', async () => {
    const { orderId, paymentId } = await authorizedPayment(20_000);
    card.loseNextAnswer('capture');
    await deliver(orderId, 20_000, 0);
    await eventually(async () => expect((await read(paymentId)).status).toBe('CAPTURED'));
    expect(card.calls.filter((call) => call.key === `${paymentId}:capture`)).toHaveLength(2);
    expect(await published(paymentId)).toEqual([
      authorizedEvent({ paymentId, orderId }, { amount: 20_000 }),
      capturedEvent({ paymentId, orderId }, { amount: 20_000, tip: 0, shortfall: 0 }),
    ]);
  });

  it('never captures more than authorised and records the shortfall', async () => {
    const { orderId, paymentId } = await authorizedPayment(50_000);
    await deliver(orderId, 52_000, 5_000);
    await eventually(async () =>
      expect(await read(paymentId)).toMatchObject({
        status: 'CAPTURED',
        capturedAmount: { amount: 50_000 },
        shortfall: { amount: 7_000 },
      }),
    );
    const events = [
      authorizedEvent({ paymentId, orderId }, { amount: 50_000 }),
      capturedEvent({ paymentId, orderId }, { amount: 50_000, tip: 5_000, shortfall: 7_000 }),
    ];
    expect(await published(paymentId)).toEqual(events);
    // A second delivery announcement captures nothing more and publishes nothing.
    await handled(await deliver(orderId, 60_000, 0));
    expect(await read(paymentId)).toMatchObject({ capturedAmount: { amount: 50_000 } });
    expect(await published(paymentId)).toEqual(events);
  });

  it('collects cash at delivery: the driver owes it', async () => {
    const orderId = await placeOrder(60_000);
    const payment = await authorize({ orderId, method: 'CASH' });
    expect(payment).toMatchObject({ status: 'AUTHORIZED', method: 'CASH' });
    await deliver(orderId, 60_000, 0);
    const captured = await eventually(async () => {
      const read_ = await read(payment.id);
      expect(read_.status).toBe('CAPTURED');
      return read_;
    });
    const received = captured.ledgerEntries.find((entry) => entry.id === `${payment.id}:received`);
    expect(received).toMatchObject({
      kind: 'CASH_COLLECTED',
      postings: [
        { account: 'driver_cash:usr_pay_driver', amount: '60000' },
        { account: `customer:${CUSTOMER}`, amount: '-60000' },
      ],
    });
    const ids = { paymentId: payment.id, orderId };
    expect(await published(payment.id)).toEqual([
      authorizedEvent(ids, { amount: 60_000, method: 'CASH' }),
      capturedEvent(ids, { amount: 60_000, tip: 0, shortfall: 0 }),
    ]);
  });
});

describe('refundPayment', () => {
  it('refunds in part, refuses more than is left or another currency, then refunds the rest', async () => {
    const { orderId, paymentId } = await capturedPayment(100_000);
    const ids = { paymentId, orderId };
    const captured = [
      authorizedEvent(ids, { amount: 100_000 }),
      capturedEvent(ids, { amount: 100_000, tip: 0, shortfall: 0 }),
    ];
    const partial = await refund({
      paymentId,
      amount: { amount: '30000', currency: 'VND' },
      idempotencyKey: 'partial-refund-1',
    });
    expect(partial.data?.refundPayment).toMatchObject({
      __typename: 'Refund',
      status: 'SUCCEEDED',
      amount: { amount: 30_000 },
      payment: { status: 'PARTIALLY_REFUNDED' },
    });
    const partialId = partial.data!.refundPayment.id;
    const refunded = [
      ...captured,
      refundedEvent(ids, { refundId: partialId, amount: 30_000, full: false }),
    ];
    expect(await published(paymentId)).toEqual(refunded);
    const replay = await refund({
      paymentId,
      amount: { amount: '30000', currency: 'VND' },
      idempotencyKey: 'partial-refund-1',
    });
    expect(replay.data?.refundPayment.id).toBe(partial.data?.refundPayment.id);
    const tooLarge = await refund({ paymentId, amount: { amount: '70001', currency: 'VND' } });
    expect(tooLarge.data?.refundPayment).toMatchObject({
      code: 'REFUND_EXCEEDS_CAPTURED',
      refundable: { amount: 70_000 },
    });
    const wrongCurrency = await refund({ paymentId, amount: { amount: '1.00', currency: 'USD' } });
    expect(wrongCurrency.data?.refundPayment).toMatchObject({
      code: 'CURRENCY_MISMATCH',
      expected: 'VND',
    });
    expect(await published(paymentId)).toEqual(refunded);
    const rest = await refund({ paymentId });
    expect(rest.data?.refundPayment).toMatchObject({
      status: 'SUCCEEDED',
      amount: { amount: 70_000 },
      payment: { status: 'REFUNDED', refundedAmount: { amount: 100_000 } },
    });
    expect(await published(paymentId)).toEqual([
      ...refunded,
      refundedEvent(ids, { refundId: rest.data!.refundPayment.id, amount: 70_000, full: true }),
    ]);
    expect(
      card.calls.filter((call) => call.method === 'refund' && call.key?.endsWith(':refund')),
    ).toEqual(
      expect.arrayContaining([
        { method: 'refund', key: `${partial.data?.refundPayment.id}:refund` },
      ]),
    );
  });

  it('refuses refunding a payment that was not captured, and refunds by customers', async () => {
    const { orderId, paymentId } = await authorizedPayment(20_000);
    const early = await refund({ paymentId });
    expect(early.data?.refundPayment).toMatchObject({
      code: 'INVALID_PAYMENT_STATE',
      paymentStatus: 'AUTHORIZED',
    });
    const byCustomer = await refund({ paymentId }, customer);
    expect(byCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await published(paymentId)).toEqual([
      authorizedEvent({ paymentId, orderId }, { amount: 20_000 }),
    ]);
  });
});

describe('refunds that fail after the provider accepted them', () => {
  /** Sends the provider's webhook, signed, and waits until payments applied it. */
  async function sendWebhook(event: Parameters<typeof card.sign>[0]) {
    const { body, signature } = card.sign(event);
    const response = await postWebhook(body, signature);
    expect(response.status).toBe(200);
    await webhookHandled(event.id);
    return { body, signature };
  }

  it('puts a failed refund back: the payment CAPTURED again, its entry reversed, refund_failed once', async () => {
    const { orderId, paymentId } = await capturedPayment(60_000);
    const ids = { paymentId, orderId };
    const made = await refund({ paymentId });
    expect(made.data?.refundPayment).toMatchObject({
      status: 'SUCCEEDED',
      payment: { status: 'REFUNDED' },
    });
    const refundId = made.data!.refundPayment.id;

    const failure = card.failRefund(`${refundId}:refund`);
    const { body, signature } = await sendWebhook(failure);
    // The same webhook again, and the same failure announced by Stripe's other refund events.
    expect(await (await postWebhook(body, signature)).json()).toEqual({
      received: true,
      duplicate: true,
    });
    await sendWebhook({ ...failure, id: `${failure.id}_failed`, type: 'refund.failed' });
    await sendWebhook({ ...failure, id: `${failure.id}_charge`, type: 'charge.refund.updated' });

    const payment = await read(paymentId);
    expect(payment).toMatchObject({
      status: 'CAPTURED',
      capturedAmount: { amount: 60_000 },
      refundedAmount: { amount: 0 },
      refunds: [{ id: refundId, status: 'FAILED', amount: { amount: 60_000 } }],
    });
    expect(payment.ledgerEntries.filter((entry) => entry.kind === 'REFUND')).toEqual([
      {
        id: `${refundId}:refund`,
        kind: 'REFUND',
        currency: 'VND',
        postings: [
          { account: 'platform_refunds', amount: '60000' },
          { account: 'psp_clearing', amount: '-60000' },
        ],
      },
      {
        id: `${refundId}:refund_failed`,
        kind: 'REFUND',
        currency: 'VND',
        postings: [
          { account: 'platform_refunds', amount: '-60000' },
          { account: 'psp_clearing', amount: '60000' },
        ],
      },
    ]);
    const failed = [
      authorizedEvent(ids, { amount: 60_000 }),
      capturedEvent(ids, { amount: 60_000, tip: 0, shortfall: 0 }),
      refundedEvent(ids, { refundId, amount: 60_000, full: true }),
      refundFailedEvent(ids, { refundId, amount: 60_000, reason: 'expired_or_canceled_card' }),
    ];
    expect(await published(orderId)).toEqual(failed);
    expect((await reconciliation()).data?.ledgerReconciliation.total).toBe('0');

    // Support can give the money back again.
    const again = await refund({ paymentId });
    expect(again.data?.refundPayment).toMatchObject({
      status: 'SUCCEEDED',
      amount: { amount: 60_000 },
      payment: { status: 'REFUNDED', refundedAmount: { amount: 60_000 } },
    });
  });

  it('fails a refund whose provider answer was never recorded, found by the key it was asked with', async () => {
    const { orderId, paymentId } = await capturedPayment(45_000);
    card.loseNextAnswer('refund');
    const idempotencyKey = 'refund-lost-answer-1';
    const lost = await refund({ paymentId, idempotencyKey });
    expect(lost.data?.refundPayment).toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
    const pending = (await read(paymentId)).refunds[0]!;
    expect(pending.status).toBe('PENDING');

    await sendWebhook(card.failRefund(`${pending.id}:refund`, 'lost_or_stolen_card'));

    const payment = await read(paymentId);
    expect(payment).toMatchObject({
      status: 'CAPTURED',
      refundedAmount: { amount: 0 },
      refunds: [{ id: pending.id, status: 'FAILED' }],
    });
    expect(payment.ledgerEntries.filter((entry) => entry.kind === 'REFUND')).toEqual([]);
    const ids = { paymentId, orderId };
    expect(await published(orderId)).toEqual([
      authorizedEvent(ids, { amount: 45_000 }),
      capturedEvent(ids, { amount: 45_000, tip: 0, shortfall: 0 }),
      refundFailedEvent(ids, {
        refundId: pending.id,
        amount: 45_000,
        reason: 'lost_or_stolen_card',
      }),
    ]);
    // Support's retry with the same key answers the failed refund, without asking the PSP again.
    const retried = await refund({ paymentId, idempotencyKey });
    expect(retried.data?.refundPayment).toMatchObject({ id: pending.id, status: 'FAILED' });
    expect(card.calls.filter((call) => call.key === `${pending.id}:refund`)).toHaveLength(1);
  });
});

describe('cancelled, rejected and failed orders', () => {
  it('releases an authorised hold and refunds a captured payment', async () => {
    const held = await authorizedPayment(30_000);
    await publishOrderEvent('orders.order.cancelled.v1', {
      orderId: held.orderId,
      customerId: CUSTOMER,
      storeId: 'sto_pay',
      reason: 'customer changed their mind',
      cancelledAt: new Date().toISOString(),
    });
    await eventually(async () => expect((await read(held.paymentId)).status).toBe('CANCELLED'));
    expect(await published(held.paymentId)).toEqual([
      authorizedEvent(held, { amount: 30_000 }),
      cancelledEvent(held),
    ]);
    const taken = await capturedPayment(40_000);
    await publishOrderEvent('orders.order.rejected.v1', {
      orderId: taken.orderId,
      customerId: CUSTOMER,
      storeId: 'sto_pay',
      reason: 'out of stock',
      rejectedAt: new Date().toISOString(),
    });
    await eventually(async () =>
      expect(await read(taken.paymentId)).toMatchObject({
        status: 'REFUNDED',
        refundedAmount: { amount: 40_000 },
      }),
    );
    expect(await published(taken.paymentId)).toEqual([
      authorizedEvent(taken, { amount: 40_000 }),
      capturedEvent(taken, { amount: 40_000, tip: 0, shortfall: 0 }),
      refundedEvent(taken, {
        refundId: `ref_order_ended_${taken.paymentId}`,
        amount: 40_000,
        full: true,
      }),
    ]);
  });

  it('releases a payment left waiting for 3-D Secure when the order failed, and closes the order', async () => {
    const orderId = await placeOrder(45_000);
    const waiting = await authorize({
      orderId,
      method: 'CARD',
      paymentMethodRef: 'pm_card_threeDSecure2Required',
    });
    expect(waiting.status).toBe('REQUIRES_ACTION');
    await handled(
      await publishOrderEvent('orders.order.failed.v1', {
        orderId,
        customerId: CUSTOMER,
        storeId: 'sto_pay',
        reason: 'payment not completed in time',
        failedAt: new Date().toISOString(),
      }),
    );
    expect((await read(waiting.id)).status).toBe('CANCELLED');
    expect(card.calls).toContainEqual({ method: 'cancel', key: `${waiting.id}:cancel` });
    expect(await published(waiting.id)).toEqual([
      cancelledEvent({ paymentId: waiting.id, orderId }),
    ]);
    expect(await authorize({ orderId, method: 'CASH' })).toMatchObject({
      __typename: 'InvalidPaymentInput',
      field: 'orderId',
    });
  });

  it('keeps an order closed when its cancellation arrives before its placement', async () => {
    const orderId = 'ord_settle_cancelled_first';
    const common = { orderId, customerId: CUSTOMER, storeId: 'sto_pay' };
    await handled(
      await publishOrderEvent('orders.order.cancelled.v1', {
        ...common,
        reason: 'customer changed their mind',
        cancelledAt: new Date().toISOString(),
      }),
    );
    expect(await authorize({ orderId, method: 'CASH' })).toMatchObject({
      __typename: 'UnknownOrder',
    });
    await handled(
      await publishOrderEvent('orders.order.placed.v1', {
        ...common,
        total: { amount: 30_000, currency: 'VND' },
        promotionIds: [],
        placedAt: new Date().toISOString(),
      }),
    );
    expect(await authorize({ orderId, method: 'CASH' })).toMatchObject({
      __typename: 'InvalidPaymentInput',
      field: 'orderId',
    });
  });

  it('records a refund the PSP refuses outright as failed and announces it, instead of retrying', async () => {
    const taken = await capturedPayment(35_000);
    card.refuseNextRefund('charge_disputed');
    await publishOrderEvent('orders.order.rejected.v1', {
      orderId: taken.orderId,
      customerId: CUSTOMER,
      storeId: 'sto_pay',
      reason: 'store closed',
      rejectedAt: new Date().toISOString(),
    });
    await eventually(async () =>
      expect((await read(taken.paymentId)).refunds).toEqual([
        expect.objectContaining({
          status: 'FAILED',
          amount: expect.objectContaining({ amount: 35_000 }),
        }),
      ]),
    );
    expect(await read(taken.paymentId)).toMatchObject({ status: 'CAPTURED' });
    const events = await published(taken.paymentId);
    expect(events.map((event) => event.type)).toEqual([
      'payments.payment.authorized.v1',
      'payments.payment.captured.v1',
      'payments.payment.refund_failed.v1',
    ]);
    expect(events[2]!.data).toMatchObject({
      refundId: `ref_order_ended_${taken.paymentId}`,
      reason: 'charge_disputed: The charge cannot be refunded',
    });
  });

  it('refunds once when the provider took the refund but its answer was lost', async () => {
    const taken = await capturedPayment(25_000);
    card.loseNextAnswer('refund');
    await publishOrderEvent('orders.order.cancelled.v1', {
      orderId: taken.orderId,
      customerId: CUSTOMER,
      storeId: 'sto_pay',
      reason: 'store closed early',
      cancelledAt: new Date().toISOString(),
    });
    await eventually(async () =>
      expect(await read(taken.paymentId)).toMatchObject({
        status: 'REFUNDED',
        refundedAmount: { amount: 25_000 },
      }),
    );
    const refundKey = `ref_order_ended_${taken.paymentId}:refund`;
    expect(card.calls.filter((call) => call.key === refundKey)).toHaveLength(2);
    expect((await published(taken.paymentId)).map((event) => event.type)).toEqual([
      'payments.payment.authorized.v1',
      'payments.payment.captured.v1',
      'payments.payment.refunded.v1',
    ]);
  });
});

describe('history and reconciliation', () => {
  it('lists the customer their own payments, newest first, in pages', async () => {
    const HISTORY = `query ($id: ID!, $after: String) { _entities(representations: [{ __typename: "User", id: $id }]) {
      ... on User { payments(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } } }`;
    type History = {
      _entities: {
        payments: {
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }[];
    };
    const first = await query<History>(HISTORY, { id: CUSTOMER }, customer);
    const page = first.data!._entities[0]!.payments;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await query<History>(
      HISTORY,
      { id: CUSTOMER, after: page.pageInfo.endCursor },
      SUPPORT,
    );
    expect(second.data!._entities[0]!.payments.edges[0]!.node.id).not.toBe(page.edges[1]!.node.id);
    const stranger = await query(HISTORY, { id: CUSTOMER }, userIdentity(OTHER));
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads Order.payment for the order customer and null for others', async () => {
    const { orderId, paymentId } = await authorizedPayment(15_000);
    const ORDER = `query ($id: ID!) { _entities(representations: [{ __typename: "Order", id: $id }]) { ... on Order { id paymentStatus payment { id } } } }`;
    expect((await query(ORDER, { id: orderId }, customer)).data).toEqual({
      _entities: [{ id: orderId, paymentStatus: 'AUTHORIZED', payment: { id: paymentId } }],
    });
    expect((await query(ORDER, { id: orderId }, userIdentity(OTHER))).data).toEqual({
      _entities: [{ id: orderId, paymentStatus: null, payment: null }],
    });
  });

  it('keeps every currency of the ledger summing to zero', async () => {
    const ledger = (await reconciliation()).data!.ledgerReconciliation;
    expect(ledger.total).toBe('0');
    expect(ledger.entryCount).toBeGreaterThan(0);
    expect(ledger.balances.reduce((sum, row) => sum + Number(row.amount), 0)).toBe(0);
    expect((await reconciliation('VND', customer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
