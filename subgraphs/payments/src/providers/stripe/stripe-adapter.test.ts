/**
 * The Stripe adapter with the real stripe SDK: against the local Stripe-speaking server always,
 * and against Stripe itself when STRIPE_SECRET_KEY is a test-mode key (sk_test_…).
 */
import { randomUUID } from 'node:crypto';
import type { Money } from '@dabba/subgraph-kit';
import {
  ProviderRequestError,
  ProviderUnavailableError,
  type AuthorizeRequest,
  type PaymentProvider,
} from '../port';
import { startFakeStripeServer, type FakeStripeServer } from '../simulator/fake-stripe-server';
import { createStripeProvider } from './stripe-provider';

const STRIPE_SECRET_KEY = process.env.STRIPE_SECRET_KEY;
const TEST_MODE_KEY = STRIPE_SECRET_KEY?.startsWith('sk_test_') ? STRIPE_SECRET_KEY : undefined;

interface Target {
  provider: PaymentProvider;
  /** Passes the 3-D Secure challenge; only a simulated PSP can. */
  completeAuthentication?: (intentRef: string) => void;
}

const usd = (amount: number): Money => ({ amount, currency: 'USD' });

/** `simulated`: the PSP is ours, so a test can pass 3-D Secure for the customer. */
function contract(target: () => Target, simulated: boolean) {
  let run: string;
  let provider: PaymentProvider;
  beforeEach(() => {
    run = randomUUID();
    provider = target().provider;
  });
  const key = (step: string) => `${run}:${step}`;
  const request = (paymentMethodRef: string, extra: Partial<AuthorizeRequest> = {}) => ({
    paymentId: `pay_${run}`,
    orderId: `ord_${run}`,
    amount: usd(10_000),
    paymentMethodRef,
    ...extra,
  });
  async function authorized(): Promise<string> {
    const outcome = await provider.authorize(request('pm_card_visa'), key('authorize'));
    if (outcome.status !== 'authorized') throw new Error(`not authorized: ${outcome.status}`);
    return outcome.intentRef;
  }

  it('authorizes a card with a hold of the whole amount, to capture later', async () => {
    const outcome = await provider.authorize(request('pm_card_visa'), key('authorize'));
    expect(outcome).toEqual({
      status: 'authorized',
      intentRef: expect.stringMatching(/^pi_/),
      amount: usd(10_000),
    });
    const intentRef = (outcome as { intentRef: string }).intentRef;
    expect(await provider.retrieve(intentRef)).toEqual({
      status: 'requires_capture',
      amount: usd(10_000),
    });
  });

  it.each([
    ['pm_card_chargeDeclined', 'generic_decline'],
    ['pm_card_chargeDeclinedInsufficientFunds', 'insufficient_funds'],
  ])('returns a decline for %s instead of throwing', async (card, declineCode) => {
    const outcome = await provider.authorize(request(card), key('authorize'));
    expect(outcome).toEqual({
      status: 'declined',
      intentRef: expect.stringMatching(/^pi_/),
      reason: 'card_declined',
      declineCode,
    });
  });

  it('asks for 3-D Secure: a redirect with a return URL, the client secret without', async () => {
    const redirect = await provider.authorize(
      request('pm_card_authenticationRequired', { returnUrl: 'https://app.dabba.test/return' }),
      key('authorize-redirect'),
    );
    expect(redirect).toMatchObject({
      status: 'requires_action',
      nextAction: { type: 'redirect_to_url', url: expect.stringMatching(/^https:\/\//) },
    });
    const sdk = await provider.authorize(
      request('pm_card_threeDSecure2Required'),
      key('authorize-sdk'),
    );
    expect(sdk).toMatchObject({
      status: 'requires_action',
      nextAction: { type: 'use_sdk', clientSecret: expect.stringMatching(/_secret_/) },
    });
  });

  (simulated ? it : it.skip)('authorizes once the customer passed 3-D Secure', async () => {
    const { completeAuthentication } = target();
    const outcome = await provider.authorize(
      request('pm_card_authenticationRequired'),
      key('authorize'),
    );
    const intentRef = (outcome as { intentRef: string }).intentRef;
    expect(await provider.retrieve(intentRef)).toEqual({
      status: 'requires_action',
      amount: usd(10_000),
    });
    completeAuthentication!(intentRef);
    expect(await provider.retrieve(intentRef)).toEqual({
      status: 'requires_capture',
      amount: usd(10_000),
    });
    expect(await provider.capture(intentRef, usd(10_000), key('capture'))).toEqual({
      intentRef,
      captured: usd(10_000),
    });
  });

  it('captures less than was authorized (a substitution), and the intent is done', async () => {
    const intentRef = await authorized();
    expect(await provider.capture(intentRef, usd(8_000), key('capture'))).toEqual({
      intentRef,
      captured: usd(8_000),
    });
    expect(await provider.retrieve(intentRef)).toEqual({ status: 'succeeded', amount: usd(8_000) });
  });

  it('refuses to capture more than was authorized, before asking the PSP', async () => {
    const intentRef = await authorized();
    await expect(provider.capture(intentRef, usd(10_001), key('capture'))).rejects.toMatchObject({
      name: 'ProviderRequestError',
      code: 'amount_too_large',
    });
    await expect(
      provider.capture(intentRef, { amount: 5_000, currency: 'VND' }, key('capture-vnd')),
    ).rejects.toMatchObject({
      code: 'currency_mismatch',
    });
    expect(await provider.retrieve(intentRef)).toEqual({
      status: 'requires_capture',
      amount: usd(10_000),
    });
  });

  it('returns the first capture when a capture is retried with its key', async () => {
    const intentRef = await authorized();
    const first = await provider.capture(intentRef, usd(9_000), key('capture'));
    expect(await provider.capture(intentRef, usd(9_000), key('capture'))).toEqual(first);
  });

  it('cancels an uncaptured intent, and cancelling it again is harmless', async () => {
    const intentRef = await authorized();
    await provider.cancel(intentRef, key('cancel'));
    expect((await provider.retrieve(intentRef)).status).toBe('canceled');
    await expect(provider.cancel(intentRef, key('cancel-again'))).resolves.toBeUndefined();
    await expect(provider.capture(intentRef, usd(1_000), key('capture'))).rejects.toBeInstanceOf(
      ProviderRequestError,
    );
  });

  it('refunds part then the rest, and refuses more than was captured', async () => {
    const intentRef = await authorized();
    await provider.capture(intentRef, usd(6_000), key('capture'));
    await expect(
      provider.refund(intentRef, usd(6_001), key('refund-too-much')),
    ).rejects.toMatchObject({
      code: 'amount_too_large',
    });
    const partial = await provider.refund(intentRef, usd(2_500), key('refund-1'));
    expect(partial).toEqual({
      refundRef: expect.stringMatching(/^re_/),
      amount: usd(2_500),
      status: 'succeeded',
    });
    expect(await provider.refund(intentRef, usd(2_500), key('refund-1'))).toEqual(partial);
    await expect(provider.refund(intentRef, usd(3_501), key('refund-2'))).rejects.toMatchObject({
      code: 'amount_too_large',
    });
    const rest = await provider.refund(intentRef, usd(3_500), key('refund-2'));
    expect(rest).toMatchObject({ amount: usd(3_500), status: 'succeeded' });
    await expect(provider.refund(intentRef, usd(1), key('refund-3'))).rejects.toMatchObject({
      code: 'amount_too_large',
    });
  });

  it('refuses to refund a payment that was never captured', async () => {
    const intentRef = await authorized();
    await expect(provider.refund(intentRef, usd(100), key('refund'))).rejects.toMatchObject({
      code: 'not_captured',
    });
  });

  it('does not create a second intent when an authorization is repeated with its key', async () => {
    const first = await provider.authorize(request('pm_card_visa'), key('authorize'));
    const second = await provider.authorize(request('pm_card_visa'), key('authorize'));
    expect(second).toEqual(first);
  });

  it('creates a customer and lists the card saved at checkout', async () => {
    const { customerRef } = await provider.ensureCustomer(
      { userId: `usr_${run}`, email: 'an@dabba.test' },
      key('customer'),
    );
    expect(customerRef).toMatch(/^cus_/);
    expect(await provider.listPaymentMethods(customerRef)).toEqual([]);
    await provider.authorize(
      request('pm_card_visa', { customerRef, savePaymentMethod: true }),
      key('authorize'),
    );
    expect(await provider.listPaymentMethods(customerRef)).toEqual([
      {
        ref: expect.stringMatching(/^pm_/),
        brand: 'visa',
        last4: '4242',
        expMonth: expect.any(Number),
        expYear: expect.any(Number),
      },
    ]);
  });
}

describe('Stripe adapter on the local Stripe-speaking server', () => {
  let server: FakeStripeServer;
  const webhookSecret = 'whsec_local';
  const providerFor = (maxNetworkRetries = 2) =>
    createStripeProvider({
      secretKey: 'sk_test_local',
      webhookSecret,
      host: server.host,
      port: server.port,
      protocol: server.protocol,
      maxNetworkRetries,
    });
  beforeAll(async () => {
    server = await startFakeStripeServer();
  });
  afterAll(() => server.close());

  describe('contract', () =>
    contract(
      () => ({
        provider: providerFor(),
        completeAuthentication: (intentRef) =>
          void server.simulator.completeAuthentication(intentRef, true),
      }),
      true,
    ));

  const authorizeRequest = {
    paymentId: 'pay_retry',
    orderId: 'ord_retry',
    amount: usd(4_200),
    paymentMethodRef: 'pm_card_visa',
  };
  const creations = () =>
    server.attempts.filter((a) => a.method === 'POST' && a.path === '/v1/payment_intents');

  it.each(['before_handling', 'after_handling'] as const)(
    'retries dropped connections (%s) with the same key and creates exactly one intent',
    async (stage) => {
      const idempotencyKey = `${randomUUID()}:authorize`;
      const intentsBefore = server.simulator.intentCount;
      const attemptsBefore = creations().length;
      server.dropConnections(2, stage);
      const outcome = await providerFor(2).authorize(authorizeRequest, idempotencyKey);
      expect(outcome.status).toBe('authorized');
      expect(server.simulator.intentCount).toBe(intentsBefore + 1);
      const attempts = creations().slice(attemptsBefore);
      expect(attempts.map((a) => a.outcome)).toEqual(
        stage === 'before_handling'
          ? ['dropped', 'dropped', 'handled']
          : ['dropped', 'dropped', 'replayed'],
      );
      expect(attempts.map((a) => a.idempotencyKey)).toEqual([
        idempotencyKey,
        idempotencyKey,
        idempotencyKey,
      ]);
    },
  );

  it('reports the PSP unavailable when every retry fails, and the caller can retry with its key', async () => {
    const idempotencyKey = `${randomUUID()}:authorize`;
    const intentsBefore = server.simulator.intentCount;
    server.dropConnections(2, 'after_handling');
    await expect(providerFor(1).authorize(authorizeRequest, idempotencyKey)).rejects.toBeInstanceOf(
      ProviderUnavailableError,
    );
    const outcome = await providerFor(1).authorize(authorizeRequest, idempotencyKey);
    expect(outcome.status).toBe('authorized');
    expect(server.simulator.intentCount).toBe(intentsBefore + 1);
  });

  it('keeps one intent when an authorization is repeated with its key, and replays the answer', async () => {
    const idempotencyKey = `${randomUUID()}:authorize`;
    const intentsBefore = server.simulator.intentCount;
    const first = await providerFor().authorize(authorizeRequest, idempotencyKey);
    const second = await providerFor().authorize(authorizeRequest, idempotencyKey);
    expect(second).toEqual(first);
    expect(server.simulator.intentCount).toBe(intentsBefore + 1);
    expect(creations().at(-1)).toMatchObject({ idempotencyKey, outcome: 'replayed' });
  });

  it('refuses a key reused with other parameters (idempotency_error)', async () => {
    const idempotencyKey = `${randomUUID()}:authorize`;
    await providerFor().authorize(authorizeRequest, idempotencyKey);
    await expect(
      providerFor().authorize({ ...authorizeRequest, amount: usd(4_300) }, idempotencyKey),
    ).rejects.toMatchObject({ name: 'ProviderRequestError', code: 'idempotency_error' });
  });

  it('sends ISK in the hundredths Stripe counts it in, and reads whole krónur back', async () => {
    const provider = providerFor();
    const isk = (amount: number): Money => ({ amount, currency: 'ISK' });
    const outcome = await provider.authorize(
      { ...authorizeRequest, amount: isk(5_000) },
      `${randomUUID()}:authorize`,
    );
    expect(outcome).toMatchObject({ status: 'authorized', amount: isk(5_000) });
    const intentRef = (outcome as { intentRef: string }).intentRef;
    expect(server.simulator.retrieveIntent(intentRef)).toMatchObject({
      amount: 500_000,
      currency: 'isk',
    });

    await expect(
      provider.capture(intentRef, isk(5_001), `${randomUUID()}:capture`),
    ).rejects.toThrow('5001 is more than the 5000 authorized');
    expect(await provider.capture(intentRef, isk(4_000), `${randomUUID()}:capture`)).toEqual({
      intentRef,
      captured: isk(4_000),
    });
    expect(server.simulator.retrieveIntent(intentRef).amount_received).toBe(400_000);
    expect(await provider.refund(intentRef, isk(1_500), `${randomUUID()}:refund`)).toMatchObject({
      amount: isk(1_500),
    });
    await expect(provider.refund(intentRef, isk(2_501), `${randomUUID()}:refund`)).rejects.toThrow(
      '2501 is more than the 2500 refundable',
    );
  });

  it('never sends the capture Stripe would refuse', async () => {
    const provider = providerFor();
    const outcome = await provider.authorize(authorizeRequest, `${randomUUID()}:authorize`);
    const intentRef = (outcome as { intentRef: string }).intentRef;
    await expect(
      provider.capture(intentRef, usd(4_201), `${randomUUID()}:capture`),
    ).rejects.toThrow();
    expect(server.attempts.some((a) => a.path === `/v1/payment_intents/${intentRef}/capture`)).toBe(
      false,
    );
  });
});

if (!TEST_MODE_KEY) {
  console.warn(
    'STRIPE_SECRET_KEY is not a test-mode key (sk_test_…): skipping the Stripe adapter suite against Stripe',
  );
}
(TEST_MODE_KEY ? describe : describe.skip)('Stripe adapter against Stripe test mode', () =>
  contract(
    () => ({
      provider: createStripeProvider({ secretKey: TEST_MODE_KEY!, webhookSecret: 'whsec_unused' }),
    }),
    false,
  ),
);
