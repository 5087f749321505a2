import { closeMongo, startSubgraph, type RunningSubgraph } from '@dabba/subgraph-kit';
import { signedClient, userIdentity } from '@dabba/subgraph-kit/src/testing';
import { createPaymentsSubgraph } from './index';
import { FakeProvider } from './testing/fake-provider';
import { eventually, publishOrderEvent } from './testing/order-events';

const SECRET = 'payments-contract-test-secret-32-chars';
const CUSTOMER = 'usr_pay_customer';
const OTHER = 'usr_pay_other';
const SUPPORT = userIdentity('usr_pay_support', ['SUPPORT']);
const customer = userIdentity(CUSTOMER, ['CUSTOMER']);

const card = new FakeProvider('sandbox');
const cash = new FakeProvider('cash');
let subgraph: RunningSubgraph;
let query: ReturnType<typeof signedClient>;
let sequence = 0;

const PAYMENT = `id status method amount { amount currency decimal } authorizedAmount { amount }
  capturedAmount { amount } refundedAmount { amount } tip { amount } shortfall { amount }
  nextAction { type url } failure { reason declineCode } order { id }`;
const AUTHORIZE = `mutation ($input: AuthorizePaymentInput!) {
  authorizePayment(input: $input) {
    __typename
    ... on Payment { ${PAYMENT} }
    ... on PaymentError { code message }
    ... on PaymentDeclined { declineCode payment { id status } }
    ... on InvalidPaymentInput { field }
  }
}`;
const REFUND = `mutation ($input: RefundPaymentInput!) {
  refundPayment(input: $input) {
    __typename
    ... on Refund { id status amount { amount currency } payment { status refundedAmount { amount } } }
    ... on PaymentError { code message }
    ... on RefundExceedsCaptured { refundable { amount } }
    ... on CurrencyMismatch { expected }
    ... on InvalidPaymentState { paymentStatus: status }
  }
}`;
const READ = `query ($id: ID!) { payment(id: $id) { ${PAYMENT}
  ledgerEntries { id kind currency postings { account amount } } } }`;

type Result = Record<string, unknown> & { __typename: string; id: string; status: string };

/** Places an order (as the orders subgraph would announce it) and waits for payments to know it. */
async function placeOrder(total: number, currency = 'VND', customerId = CUSTOMER) {
  const orderId = `ord_pay_${++sequence}`;
  await publishOrderEvent('orders.order.placed.v1', {
    orderId,
    customerId,
    storeId: 'sto_pay',
    total: { amount: total, currency },
    promotionIds: [],
    placedAt: new Date().toISOString(),
  });
  await eventually(async () => {
    const probe = await authorize(
      { orderId, method: 'CARD', idempotencyKey: 'probe-key' },
      customerId,
    );
    if (probe.__typename === 'UnknownOrder') throw new Error(`order ${orderId} not projected yet`);
  });
  return orderId;
}

async function authorize(input: Record<string, unknown>, userId = CUSTOMER): Promise<Result> {
  const result = await query<{ authorizePayment: Result }>(
    AUTHORIZE,
    { input: { idempotencyKey: `key-${++sequence}-abcdef`, ...input } },
    userIdentity(userId, ['CUSTOMER']),
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.authorizePayment;
}

async function authorizedPayment(total: number, extra: Record<string, unknown> = {}) {
  const orderId = await placeOrder(total);
  const payment = await authorize({
    orderId,
    method: 'CARD',
    paymentMethodRef: 'pm_card_visa',
    ...extra,
  });
  expect(payment.status).toBe('AUTHORIZED');
  return { orderId, paymentId: payment.id };
}

async function read(paymentId: string) {
  const result = await query<{
    payment: Result & {
      ledgerEntries: {
        id: string;
        kind: string;
        postings: { account: string; amount: string }[];
      }[];
    };
  }>(READ, { id: paymentId }, SUPPORT);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.payment;
}

async function deliver(orderId: string, finalTotal: number, tip: number, currency = 'VND') {
  await publishOrderEvent('orders.order.delivered.v1', {
    orderId,
    customerId: CUSTOMER,
    storeId: 'sto_pay',
    driverId: 'usr_pay_driver',
    lines: [],
    finalTotal: { amount: finalTotal, currency },
    tip: { amount: tip, currency },
    deliveredAt: new Date().toISOString(),
  });
}

async function capturedPayment(total: number) {
  const { orderId, paymentId } = await authorizedPayment(total);
  await deliver(orderId, total, 0);
  await eventually(async () => expect((await read(paymentId)).status).toBe('CAPTURED'));
  return { orderId, paymentId };
}

const refund = (input: Record<string, unknown>, identity = SUPPORT) =>
  query<{ refundPayment: Result & Record<string, never> }>(
    REFUND,
    { input: { reason: 'cold food', idempotencyKey: `refund-${++sequence}-key`, ...input } },
    identity,
  );

beforeAll(async () => {
  subgraph = await startSubgraph(createPaymentsSubgraph({ providers: { card, cash } }), {
    env: {
      IDENTITY_SECRET: SECRET,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    },
    port: 0,
  });
  query = signedClient(subgraph.url, SECRET);
});

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

describe('authorizePayment', () => {
  it('holds the order total plus the tip, and a replay returns the first result', async () => {
    const orderId = await placeOrder(125_000);
    const input = {
      orderId,
      method: 'CARD',
      paymentMethodRef: 'pm_card_visa',
      tip: '20000',
      idempotencyKey: 'replay-key-1',
    };
    const first = await authorize(input);
    expect(first).toMatchObject({
      __typename: 'Payment',
      status: 'AUTHORIZED',
      method: 'CARD',
      amount: { amount: 145_000, currency: 'VND', decimal: '145000' },
      authorizedAmount: { amount: 145_000 },
      tip: { amount: 20_000 },
      order: { id: orderId },
    });
    expect(await authorize(input)).toEqual(first);
    const keys = card.calls.filter(
      (call) => call.method === 'authorize' && call.key?.startsWith(first.id),
    );
    expect(keys).toEqual([{ method: 'authorize', key: `${first.id}:authorize` }]);
  });

  it('answers a declined card with its decline code, and a new attempt may follow', async () => {
    const orderId = await placeOrder(50_000);
    const declined = await authorize({
      orderId,
      method: 'CARD',
      paymentMethodRef: 'pm_card_chargeDeclinedInsufficientFunds',
    });
    expect(declined).toMatchObject({
      __typename: 'PaymentDeclined',
      code: 'PAYMENT_DECLINED',
      declineCode: 'insufficient_funds',
      payment: { status: 'FAILED' },
    });
    const retried = await authorize({ orderId, method: 'CARD', paymentMethodRef: 'pm_card_visa' });
    expect(retried).toMatchObject({ __typename: 'Payment', status: 'AUTHORIZED' });
    const again = await authorize({ orderId, method: 'CARD', paymentMethodRef: 'pm_card_visa' });
    expect(again).toMatchObject({ __typename: 'OrderAlreadyPaid', code: 'ORDER_ALREADY_PAID' });
  });

  it('asks for 3-D Secure, then confirmPayment authorises once the customer passed it', async () => {
    const orderId = await placeOrder(80_000);
    const challenged = await authorize({
      orderId,
      method: 'CARD',
      paymentMethodRef: 'pm_card_threeDSecure2Required',
      returnUrl: 'https://app.test/back',
    });
    expect(challenged).toMatchObject({
      status: 'REQUIRES_ACTION',
      nextAction: { type: 'REDIRECT_TO_URL', url: expect.stringMatching(/^https:/) },
    });
    const CONFIRM = `mutation ($id: ID!) { confirmPayment(paymentId: $id) { __typename ... on Payment { status nextAction { url } } } }`;
    const waiting = await query(CONFIRM, { id: challenged.id }, customer);
    expect(waiting.data).toEqual({
      confirmPayment: {
        __typename: 'Payment',
        status: 'REQUIRES_ACTION',
        nextAction: { url: expect.any(String) },
      },
    });
    const intentRef = [...card.intents.values()].find(
      (intent) => intent.paymentId === challenged.id,
    )!.ref;
    card.completeAction(intentRef, true);
    const confirmed = await query(CONFIRM, { id: challenged.id }, customer);
    expect(confirmed.data).toEqual({
      confirmPayment: { __typename: 'Payment', status: 'AUTHORIZED', nextAction: null },
    });
    const stranger = await query(CONFIRM, { id: challenged.id }, userIdentity(OTHER));
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an unknown order, bad input, and the customer of another order', async () => {
    expect(await authorize({ orderId: 'ord_missing', method: 'CASH' })).toMatchObject({
      __typename: 'UnknownOrder',
      code: 'UNKNOWN_ORDER',
    });
    const orderId = await placeOrder(10_000);
    expect(await authorize({ orderId, method: 'CARD' })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'paymentMethodRef',
    });
    expect(await authorize({ orderId, method: 'CASH', tip: '1.5' })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'tip',
    });
    const stolen = await query(
      AUTHORIZE,
      { input: { orderId, method: 'CASH', idempotencyKey: 'stranger-key' } },
      userIdentity(OTHER),
    );
    expect(stolen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await query(AUTHORIZE, {
      input: { orderId, method: 'CASH', idempotencyKey: 'anonymous-key' },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

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
  });
});

describe('refundPayment', () => {
  it('refunds in part, refuses more than is left or another currency, then refunds the rest', async () => {
    const { paymentId } = await capturedPayment(100_000);
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
    const rest = await refund({ paymentId });
    expect(rest.data?.refundPayment).toMatchObject({
      status: 'SUCCEEDED',
      amount: { amount: 70_000 },
      payment: { status: 'REFUNDED', refundedAmount: { amount: 100_000 } },
    });
    expect(
      card.calls.filter((call) => call.method === 'refund' && call.key?.endsWith(':refund')),
    ).toEqual(
      expect.arrayContaining([
        { method: 'refund', key: `${partial.data?.refundPayment.id}:refund` },
      ]),
    );
  });

  it('refuses refunding a payment that was not captured, and refunds by customers', async () => {
    const { paymentId } = await authorizedPayment(20_000);
    const early = await refund({ paymentId });
    expect(early.data?.refundPayment).toMatchObject({
      code: 'INVALID_PAYMENT_STATE',
      paymentStatus: 'AUTHORIZED',
    });
    const byCustomer = await refund({ paymentId }, customer);
    expect(byCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('cancelled and rejected orders', () => {
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
  });
});

describe('webhooks', () => {
  const post = (body: Buffer, signature?: string) =>
    fetch(subgraph.url.replace(/\/graphql$/, '/webhooks/stripe'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(signature ? { 'stripe-signature': signature } : {}),
      },
      body,
    });

  it('applies a verified webhook once, refuses forged ones and never moves a payment backwards', async () => {
    const orderId = await placeOrder(70_000);
    const payment = await authorize({
      orderId,
      method: 'CARD',
      paymentMethodRef: 'pm_card_threeDSecure2Required',
    });
    const intentRef = [...card.intents.values()].find(
      (intent) => intent.paymentId === payment.id,
    )!.ref;

    const forged = card.sign({
      id: 'evt_forged',
      type: 'payment_intent.amount_capturable_updated',
      paymentId: payment.id,
      intentRef,
    });
    const tampered = Buffer.from(forged.body.toString().replace('evt_forged', 'evt_tampered'));
    expect((await post(tampered, forged.signature)).status).toBe(400);
    expect((await post(forged.body)).status).toBe(400);
    const stale = card.sign(
      { id: 'evt_stale', type: 'payment_intent.amount_capturable_updated', paymentId: payment.id },
      Date.now() - 3_600_000,
    );
    expect((await post(stale.body, stale.signature)).status).toBe(400);
    expect((await read(payment.id)).status).toBe('REQUIRES_ACTION');

    // The customer passes 3-D Secure at the PSP, which tells us by webhook.
    card.completeAction(intentRef, true);
    const authorized = card.sign({
      id: `evt_auth_${payment.id}`,
      type: 'payment_intent.amount_capturable_updated',
      paymentId: payment.id,
      intentRef,
      intentStatus: 'requires_capture',
      amount: { amount: 70_000, currency: 'VND' },
    });
    const first = await post(authorized.body, authorized.signature);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, duplicate: false });
    const replayed = await post(authorized.body, authorized.signature);
    expect(await replayed.json()).toEqual({ received: true, duplicate: true });
    await eventually(async () =>
      expect(await read(payment.id)).toMatchObject({
        status: 'AUTHORIZED',
        authorizedAmount: { amount: 70_000 },
      }),
    );

    // Late and out of order: a failure and a 3-D Secure request after the authorisation.
    for (const [id, type] of [
      [`evt_late_fail_${payment.id}`, 'payment_intent.payment_failed'],
      [`evt_late_3ds_${payment.id}`, 'payment_intent.requires_action'],
    ]) {
      const late = card.sign({
        id: id!,
        type: type!,
        paymentId: payment.id,
        intentRef,
        failureReason: 'card_declined',
      });
      expect((await post(late.body, late.signature)).status).toBe(200);
    }
    await deliver(orderId, 70_000, 0);
    await eventually(async () => expect((await read(payment.id)).status).toBe('CAPTURED'));
    const lateAuth = card.sign({
      id: `evt_late_auth_${payment.id}`,
      type: 'payment_intent.amount_capturable_updated',
      paymentId: payment.id,
      intentRef,
      intentStatus: 'requires_capture',
    });
    expect((await post(lateAuth.body, lateAuth.signature)).status).toBe(200);
    await subgraph.events.relay.idle();
    const final = await read(payment.id);
    expect(final).toMatchObject({ status: 'CAPTURED', failure: null });
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
    const RECONCILE = `{ ledgerReconciliation(currency: "VND") { currency total entryCount balances { account amount } } }`;
    const result = await query<{
      ledgerReconciliation: {
        total: string;
        entryCount: number;
        balances: { account: string; amount: string }[];
      };
    }>(RECONCILE, undefined, SUPPORT);
    const reconciliation = result.data!.ledgerReconciliation;
    expect(reconciliation.total).toBe('0');
    expect(reconciliation.entryCount).toBeGreaterThan(0);
    expect(reconciliation.balances.reduce((sum, row) => sum + Number(row.amount), 0)).toBe(0);
    expect((await query(RECONCILE, undefined, customer)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
