/** The local Stripe-speaking server at the HTTP level: what the stripe SDK relies on. */
import { parseForm } from './form';
import { startFakeStripeServer, type FakeStripeServer } from './fake-stripe-server';

describe('parseForm', () => {
  it('reads Stripe bracket notation', () => {
    expect(
      parseForm(
        'amount=100&metadata[payment_id]=pay_1&expand[0]=latest_charge&expand[1]=customer&a[b][c]=d',
      ),
    ).toEqual({
      amount: '100',
      metadata: { payment_id: 'pay_1' },
      expand: ['latest_charge', 'customer'],
      a: { b: { c: 'd' } },
    });
  });
});

describe('fake Stripe server', () => {
  let server: FakeStripeServer;
  beforeAll(async () => {
    server = await startFakeStripeServer();
  });
  afterAll(() => server.close());

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`http://${server.host}:${server.port}${path}`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer sk_test_local',
        'content-type': 'application/x-www-form-urlencoded',
        ...headers,
      },
      body,
    });
  const create = 'amount=5000&currency=usd&capture_method=manual&confirm=true';

  it('requires a test-mode secret key', async () => {
    const response = await post('/v1/customers', '', { authorization: 'Bearer sk_live_nope' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { type: 'invalid_request_error' } });
  });

  it('answers a decline with a 402 card_error carrying the intent', async () => {
    const response = await post(
      '/v1/payment_intents',
      `${create}&payment_method=pm_card_chargeDeclined`,
    );
    expect(response.status).toBe(402);
    expect(await response.json()).toMatchObject({
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'generic_decline',
        message: 'Your card was declined.',
        payment_intent: { status: 'requires_payment_method' },
      },
    });
  });

  it('answers an unknown intent with a 404 resource_missing', async () => {
    const response = await post('/v1/payment_intents/pi_unknown/capture', '');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'resource_missing' } });
  });

  it('replays a repeated idempotency key and refuses it with other parameters', async () => {
    const key = { 'idempotency-key': `key-${Date.now()}` };
    const first = await post('/v1/payment_intents', `${create}&payment_method=pm_card_visa`, key);
    const again = await post('/v1/payment_intents', `${create}&payment_method=pm_card_visa`, key);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    const other = await post(
      '/v1/payment_intents',
      `${create}&payment_method=pm_card_mastercard`,
      key,
    );
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({ error: { type: 'idempotency_error' } });
  });

  it('refuses an unknown path like Stripe', async () => {
    const response = await post('/v1/nothing', '');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      error: { message: expect.stringContaining('Unrecognized request URL') },
    });
  });
});
