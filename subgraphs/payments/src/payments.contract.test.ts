import { userIdentity } from '@dabba/subgraph-kit/src/testing';
import {
  AUTHORIZE,
  OTHER,
  authorizedEvent,
  cancelledEvent,
  capturedEvent,
  customer,
  eventually,
  failedEvent,
  paymentsContract,
} from './testing/contract';

const {
  card,
  query,
  authorize,
  placeOrder,
  read,
  deliver,
  postWebhook,
  published,
  webhookHandled,
} = paymentsContract('pay');

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
    const ids = { paymentId: first.id, orderId };
    expect(await published(orderId)).toEqual([authorizedEvent(ids, { amount: 145_000 })]);
    expect(await authorize(input)).toEqual(first);
    expect(await published(orderId)).toEqual([authorizedEvent(ids, { amount: 145_000 })]);
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
    const declinedId = (declined.payment as { id: string }).id;
    const failed = failedEvent({ paymentId: declinedId, orderId }, 'card_declined');
    expect(await published(orderId)).toEqual([failed]);
    const retried = await authorize({ orderId, method: 'CARD', paymentMethodRef: 'pm_card_visa' });
    expect(retried).toMatchObject({ __typename: 'Payment', status: 'AUTHORIZED' });
    const again = await authorize({ orderId, method: 'CARD', paymentMethodRef: 'pm_card_visa' });
    expect(again).toMatchObject({ __typename: 'OrderAlreadyPaid', code: 'ORDER_ALREADY_PAID' });
    expect(await published(orderId)).toEqual([
      failed,
      authorizedEvent({ paymentId: retried.id, orderId }, { amount: 50_000 }),
    ]);
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
    expect(await published(orderId)).toEqual([]);
    const intentRef = [...card.intents.values()].find(
      (intent) => intent.paymentId === challenged.id,
    )!.ref;
    card.completeAction(intentRef, true);
    const confirmed = await query(CONFIRM, { id: challenged.id }, customer);
    expect(confirmed.data).toEqual({
      confirmPayment: { __typename: 'Payment', status: 'AUTHORIZED', nextAction: null },
    });
    const authorized = [authorizedEvent({ paymentId: challenged.id, orderId }, { amount: 80_000 })];
    expect(await published(orderId)).toEqual(authorized);
    await query(CONFIRM, { id: challenged.id }, customer);
    expect(await published(orderId)).toEqual(authorized);
    const stranger = await query(CONFIRM, { id: challenged.id }, userIdentity(OTHER));
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('fails a payment whose customer did not pass 3-D Secure', async () => {
    const orderId = await placeOrder(90_000);
    const challenged = await authorize({
      orderId,
      method: 'CARD',
      paymentMethodRef: 'pm_card_threeDSecure2Required',
    });
    const intentRef = [...card.intents.values()].find(
      (intent) => intent.paymentId === challenged.id,
    )!.ref;
    card.completeAction(intentRef, false);
    const CONFIRM = `mutation ($id: ID!) { confirmPayment(paymentId: $id) { __typename ... on PaymentDeclined { code payment { status } } } }`;
    expect((await query(CONFIRM, { id: challenged.id }, customer)).data).toEqual({
      confirmPayment: {
        __typename: 'PaymentDeclined',
        code: 'PAYMENT_DECLINED',
        payment: { status: 'FAILED' },
      },
    });
    expect(await published(orderId)).toEqual([
      failedEvent({ paymentId: challenged.id, orderId }, 'authentication_failed'),
    ]);
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
    expect(await published(orderId)).toEqual([]);
  });
});

describe('webhooks', () => {
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
    expect((await postWebhook(tampered, forged.signature)).status).toBe(400);
    expect((await postWebhook(forged.body)).status).toBe(400);
    const stale = card.sign(
      { id: 'evt_stale', type: 'payment_intent.amount_capturable_updated', paymentId: payment.id },
      Date.now() - 3_600_000,
    );
    expect((await postWebhook(stale.body, stale.signature)).status).toBe(400);
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
    const first = await postWebhook(authorized.body, authorized.signature);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, duplicate: false });
    const replayed = await postWebhook(authorized.body, authorized.signature);
    expect(await replayed.json()).toEqual({ received: true, duplicate: true });
    await eventually(async () =>
      expect(await read(payment.id)).toMatchObject({
        status: 'AUTHORIZED',
        authorizedAmount: { amount: 70_000 },
      }),
    );
    const ids = { paymentId: payment.id, orderId };
    expect(await published(orderId)).toEqual([authorizedEvent(ids, { amount: 70_000 })]);

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
      expect((await postWebhook(late.body, late.signature)).status).toBe(200);
      await webhookHandled(id!);
    }
    expect(await published(orderId)).toEqual([authorizedEvent(ids, { amount: 70_000 })]);
    await deliver(orderId, 70_000, 0);
    await eventually(async () => expect((await read(payment.id)).status).toBe('CAPTURED'));
    const settled = [
      authorizedEvent(ids, { amount: 70_000 }),
      capturedEvent(ids, { amount: 70_000, tip: 0, shortfall: 0 }),
    ];
    expect(await published(orderId)).toEqual(settled);
    const lateAuth = card.sign({
      id: `evt_late_auth_${payment.id}`,
      type: 'payment_intent.amount_capturable_updated',
      paymentId: payment.id,
      intentRef,
      intentStatus: 'requires_capture',
    });
    expect((await postWebhook(lateAuth.body, lateAuth.signature)).status).toBe(200);
    await webhookHandled(`evt_late_auth_${payment.id}`);
    const final = await read(payment.id);
    expect(final).toMatchObject({ status: 'CAPTURED', failure: null });
    expect(await published(orderId)).toEqual(settled);
  });

  it('cancels a payment whose intent the PSP cancelled, and announces it once', async () => {
    const orderId = await placeOrder(35_000);
    const payment = await authorize({ orderId, method: 'CARD', paymentMethodRef: 'pm_card_visa' });
    const intentRef = [...card.intents.values()].find(
      (intent) => intent.paymentId === payment.id,
    )!.ref;
    const cancelled = card.sign({
      id: `evt_canceled_${payment.id}`,
      type: 'payment_intent.canceled',
      paymentId: payment.id,
      intentRef,
      intentStatus: 'canceled',
    });
    expect((await postWebhook(cancelled.body, cancelled.signature)).status).toBe(200);
    await webhookHandled(`evt_canceled_${payment.id}`);
    expect((await read(payment.id)).status).toBe('CANCELLED');
    const ids = { paymentId: payment.id, orderId };
    const events = [authorizedEvent(ids, { amount: 35_000 }), cancelledEvent(ids)];
    expect(await published(orderId)).toEqual(events);
    const replayed = await postWebhook(cancelled.body, cancelled.signature);
    expect(await replayed.json()).toEqual({ received: true, duplicate: true });
    expect(await published(orderId)).toEqual(events);
  });
});
