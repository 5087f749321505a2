/** The sandbox PSP through the port: Stripe test-mode behaviour and signed, retried webhooks. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Money } from '@dabba/subgraph-kit';
import { ProviderRequestError, type ProviderEvent } from '../port';
import { createSandboxPsp, type SandboxPsp } from './sandbox-psp';
import { SANDBOX_3DS_PATHS, SANDBOX_REFUND_FAIL_PATH, sandboxRoutes } from './sandbox-routes';

const secret = 'whsec_sandbox_test_secret';
const vnd = (amount: number): Money => ({ amount, currency: 'VND' });

/** A webhook endpoint that answers 500 to the first `failures` deliveries. */
class Receiver {
  readonly received: Array<{ signature: string; body: Buffer }> = [];
  failures = 0;
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (this.failures > 0) {
        this.failures -= 1;
        return res.writeHead(500).end();
      }
      this.received.push({
        signature: String(req.headers['stripe-signature']),
        body: Buffer.concat(chunks),
      });
      res.writeHead(200).end('{}');
    });
  });
  url = '';
  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhooks/stripe`;
  }
  close() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

describe('sandbox PSP', () => {
  let receiver: Receiver;
  let sandbox: SandboxPsp;
  const warnings: unknown[] = [];
  let keyCount = 0;
  const key = () => `sandbox-test:${(keyCount += 1)}`;
  const request = (paymentMethodRef: string) => ({
    paymentId: 'pay_sandbox',
    orderId: 'ord_sandbox',
    amount: vnd(125_000),
    paymentMethodRef,
  });

  /** The webhooks received so far, verified and decoded by the provider itself. */
  async function events(): Promise<ProviderEvent[]> {
    await sandbox.drainWebhooks();
    return receiver.received.map(({ body, signature }) =>
      sandbox.provider.parseWebhook(body, signature),
    );
  }

  beforeEach(async () => {
    receiver = new Receiver();
    await receiver.start();
    warnings.length = 0;
    sandbox = createSandboxPsp({
      webhookSecret: secret,
      webhookUrl: () => receiver.url,
      webhookDelayMs: 5,
      webhookRetryDelayMs: 5,
      webhookAttempts: 3,
      logger: { warn: (...args: unknown[]) => void warnings.push(args) } as never,
    });
  });
  afterEach(async () => {
    sandbox.close();
    await receiver.close();
  });

  it('is the sandbox provider and authorizes a test card, then announces it by webhook', async () => {
    expect(sandbox.provider.name).toBe('sandbox');
    const outcome = await sandbox.provider.authorize(request('pm_card_visa'), key());
    expect(outcome).toMatchObject({ status: 'authorized', amount: vnd(125_000) });
    expect(await events()).toEqual([
      expect.objectContaining({
        type: 'payment_intent.amount_capturable_updated',
        intentRef: (outcome as { intentRef: string }).intentRef,
        paymentId: 'pay_sandbox',
        intentStatus: 'requires_capture',
        amount: vnd(125_000),
      }),
    ]);
  });

  it('declines the declining test cards and announces the failure', async () => {
    const outcome = await sandbox.provider.authorize(request('pm_card_chargeDeclined'), key());
    expect(outcome).toMatchObject({ status: 'declined', declineCode: 'generic_decline' });
    expect(await events()).toEqual([
      expect.objectContaining({
        type: 'payment_intent.payment_failed',
        failureReason: 'generic_decline',
      }),
    ]);
  });

  it('holds a 3-D Secure card until the customer passes the challenge', async () => {
    const outcome = await sandbox.provider.authorize(
      request('pm_card_threeDSecure2Required'),
      key(),
    );
    expect(outcome).toMatchObject({ status: 'requires_action', nextAction: { type: 'use_sdk' } });
    const intentRef = (outcome as { intentRef: string }).intentRef;
    expect((await events()).map((event) => event.type)).toEqual(['payment_intent.requires_action']);
    expect(sandbox.completeAuthentication(intentRef, true)).toEqual({
      intentRef,
      status: 'requires_capture',
    });
    expect(await sandbox.provider.retrieve(intentRef)).toEqual({
      status: 'requires_capture',
      amount: vnd(125_000),
    });
    expect((await events()).map((event) => event.type)).toEqual([
      'payment_intent.requires_action',
      'payment_intent.amount_capturable_updated',
    ]);
  });

  it('fails the payment when the customer fails the challenge', async () => {
    const outcome = await sandbox.provider.authorize(
      request('pm_card_authenticationRequired'),
      key(),
    );
    const intentRef = (outcome as { intentRef: string }).intentRef;
    sandbox.completeAuthentication(intentRef, false);
    const failures = (await events()).filter(
      (event) => event.type !== 'payment_intent.requires_action',
    );
    expect(failures).toEqual([
      expect.objectContaining({
        type: 'payment_intent.payment_failed',
        intentRef,
        failureReason: 'payment_intent_authentication_failure',
      }),
    ]);
  });

  it('captures and refunds, announcing each', async () => {
    const outcome = await sandbox.provider.authorize(request('pm_card_visa'), key());
    const intentRef = (outcome as { intentRef: string }).intentRef;
    await sandbox.provider.capture(intentRef, vnd(100_000), key());
    const refund = await sandbox.provider.refund(intentRef, vnd(40_000), key());
    const received = await events();
    expect(received.map((event) => event.type).sort()).toEqual([
      'charge.refunded',
      'payment_intent.amount_capturable_updated',
      'payment_intent.succeeded',
      'refund.created',
    ]);
    expect(received.find((event) => event.type === 'refund.created')).toMatchObject({
      refundRef: refund.refundRef,
      refundStatus: 'succeeded',
      paymentId: 'pay_sandbox',
      amount: vnd(40_000),
    });
    expect(received.find((event) => event.type === 'payment_intent.succeeded')).toMatchObject({
      amount: vnd(100_000),
    });
  });

  it('fails a refund it accepted, announces it as Stripe does, and the money can be refunded again', async () => {
    const outcome = await sandbox.provider.authorize(request('pm_card_visa'), key());
    const intentRef = (outcome as { intentRef: string }).intentRef;
    await sandbox.provider.capture(intentRef, vnd(100_000), key());
    const refundKey = key();
    const refund = await sandbox.provider.refund(intentRef, vnd(100_000), refundKey);
    expect(refund.status).toBe('succeeded');
    expect(sandbox.failRefund(refund.refundRef)).toEqual({
      refundRef: refund.refundRef,
      status: 'failed',
    });
    const failures = (await events()).filter((event) => event.refundStatus === 'failed');
    expect(failures.map((event) => event.type).sort()).toEqual([
      'charge.refund.updated',
      'refund.failed',
      'refund.updated',
    ]);
    for (const failure of failures) {
      expect(failure).toMatchObject({
        intentRef,
        paymentId: 'pay_sandbox',
        refundRef: refund.refundRef,
        refundKey,
        amount: vnd(100_000),
        failureReason: 'expired_or_canceled_card',
      });
    }
    expect(() => sandbox.failRefund(refund.refundRef)).toThrow(ProviderRequestError);
    const again = await sandbox.provider.refund(intentRef, vnd(100_000), key());
    expect(again).toMatchObject({ status: 'succeeded', amount: vnd(100_000) });
  });

  it('retries a webhook the endpoint refused until it is accepted', async () => {
    receiver.failures = 2;
    await sandbox.provider.authorize(request('pm_card_visa'), key());
    expect(await events()).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('gives up after the configured attempts, with a warning', async () => {
    receiver.failures = 3;
    await sandbox.provider.authorize(request('pm_card_visa'), key());
    expect(await events()).toEqual([]);
    expect(warnings).toHaveLength(1);
  });

  it('replays an authorization repeated with its key', async () => {
    const idempotencyKey = key();
    const first = await sandbox.provider.authorize(request('pm_card_visa'), idempotencyKey);
    expect(await sandbox.provider.authorize(request('pm_card_visa'), idempotencyKey)).toEqual(
      first,
    );
    expect(await events()).toHaveLength(1);
  });

  describe('3-D Secure routes', () => {
    const call = (path: string, body: string) => {
      const route = sandboxRoutes(sandbox).find((candidate) => candidate.path === path)!;
      return route.handle({ headers: {}, body: Buffer.from(body) });
    };

    it('completes and fails challenges, and refuses what it cannot do', async () => {
      const pass = await sandbox.provider.authorize(
        request('pm_card_authenticationRequired'),
        key(),
      );
      const intentRef = (pass as { intentRef: string }).intentRef;
      expect(await call(SANDBOX_3DS_PATHS.complete, JSON.stringify({ intentRef }))).toEqual({
        status: 200,
        body: { intentRef, status: 'requires_capture' },
      });
      expect(await call(SANDBOX_3DS_PATHS.fail, JSON.stringify({ intentRef }))).toMatchObject({
        status: 409,
        body: { code: 'payment_intent_unexpected_state' },
      });
      expect(
        await call(SANDBOX_3DS_PATHS.fail, JSON.stringify({ intentRef: 'pi_missing' })),
      ).toMatchObject({
        status: 404,
      });
      expect(await call(SANDBOX_3DS_PATHS.complete, 'not json')).toMatchObject({ status: 400 });
    });

    it('fails an accepted refund, and refuses what it cannot fail', async () => {
      const outcome = await sandbox.provider.authorize(request('pm_card_visa'), key());
      const intentRef = (outcome as { intentRef: string }).intentRef;
      await sandbox.provider.capture(intentRef, vnd(50_000), key());
      const { refundRef } = await sandbox.provider.refund(intentRef, vnd(20_000), key());
      const fail = (body: string) => call(SANDBOX_REFUND_FAIL_PATH, body);
      expect(await fail(JSON.stringify({ refundRef }))).toEqual({
        status: 200,
        body: { refundRef, status: 'failed' },
      });
      expect(await fail(JSON.stringify({ refundRef }))).toMatchObject({
        status: 409,
        body: { code: 'refund_unexpected_state' },
      });
      expect(await fail(JSON.stringify({ refundRef: 're_missing' }))).toMatchObject({
        status: 404,
      });
      expect(await fail(JSON.stringify({ refundRef: 'pi_not_a_refund' }))).toMatchObject({
        status: 400,
      });
    });
  });
});
