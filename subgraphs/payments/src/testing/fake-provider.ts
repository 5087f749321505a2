import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Money } from '@dabba/subgraph-kit';
import {
  InvalidWebhookError,
  ProviderRequestError,
  ProviderUnavailableError,
  type AuthorizationOutcome,
  type IntentStatus,
  type PaymentProvider,
  type ProviderEvent,
  type ProviderName,
  type RefundOutcome,
} from '../providers/port';

interface Intent {
  ref: string;
  paymentId: string;
  amount: Money;
  status: IntentStatus;
  captured: number;
  refunded: number;
}

interface FakeRefund {
  ref: string;
  /** The idempotency key it was asked with. */
  key: string;
  intent: Intent;
  amount: Money;
  status: RefundOutcome['status'];
}

/**
 * A PaymentProvider for the payments tests, in memory: Stripe's test payment methods
 * (`pm_card_visa` authorises, `pm_card_chargeDeclined*` declines, `pm_card_threeDSecure2Required`
 * asks for 3-D Secure until `completeAction`), replays by idempotency key, refusals like a PSP's,
 * and webhooks signed with HMAC-SHA256 (`sign`). It records every call with its key. A refund it
 * accepted can fail later (`failRefund`), as a card refund may at a PSP.
 */
export class FakeProvider implements PaymentProvider {
  readonly calls: { method: string; key?: string }[] = [];
  readonly intents = new Map<string, Intent>();
  private readonly refunds: FakeRefund[] = [];
  private readonly replays = new Map<string, unknown>();
  private sequence = 0;

  constructor(
    readonly name: ProviderName,
    private readonly secret = 'fake-webhook-secret',
  ) {}

  /** Methods whose next call is carried out but whose answer is lost on the way back. */
  private readonly lostAnswers = new Set<string>();

  /** The next `method` call takes effect at the provider, then fails as a timeout would. */
  loseNextAnswer(method: string): void {
    this.lostAnswers.add(method);
  }

  private once<T>(method: string, key: string, run: () => T): T {
    this.calls.push({ method, key });
    const replayKey = `${method}:${key}`;
    if (this.replays.has(replayKey)) return this.replays.get(replayKey) as T;
    const result = run();
    this.replays.set(replayKey, result);
    if (this.lostAnswers.delete(method)) {
      throw new ProviderUnavailableError(`${method} ${key}: no answer before the timeout`);
    }
    return result;
  }

  private intent(ref: string): Intent {
    const intent = this.intents.get(ref);
    if (!intent) throw new ProviderRequestError(`No intent ${ref}`, 'resource_missing');
    return intent;
  }

  async ensureCustomer(input: { userId: string }, key: string) {
    return this.once('ensureCustomer', key, () => ({ customerRef: `cus_${input.userId}` }));
  }

  async authorize(
    request: Parameters<PaymentProvider['authorize']>[0],
    key: string,
  ): Promise<AuthorizationOutcome> {
    return this.once('authorize', key, (): AuthorizationOutcome => {
      const ref = `pi_${++this.sequence}`;
      const method = request.paymentMethodRef ?? 'cash';
      const intent: Intent = {
        ref,
        paymentId: request.paymentId,
        amount: request.amount,
        status: 'requires_capture',
        captured: 0,
        refunded: 0,
      };
      this.intents.set(ref, intent);
      if (method.startsWith('pm_card_chargeDeclined')) {
        intent.status = 'requires_payment_method';
        return {
          status: 'declined',
          intentRef: ref,
          reason: 'card_declined',
          declineCode: method.endsWith('InsufficientFunds')
            ? 'insufficient_funds'
            : 'generic_decline',
        };
      }
      if (method === 'pm_card_threeDSecure2Required') {
        intent.status = 'requires_action';
        return {
          status: 'requires_action',
          intentRef: ref,
          nextAction: { type: 'redirect_to_url', url: `https://psp.test/3ds/${ref}` },
        };
      }
      return { status: 'authorized', intentRef: ref, amount: request.amount };
    });
  }

  /** The customer passed (or failed) the 3-D Secure challenge. */
  completeAction(ref: string, passed: boolean): void {
    this.intent(ref).status = passed ? 'requires_capture' : 'requires_payment_method';
  }

  async retrieve(ref: string) {
    this.calls.push({ method: 'retrieve' });
    const intent = this.intent(ref);
    return { status: intent.status, amount: intent.amount };
  }

  async capture(ref: string, amount: Money, key: string) {
    return this.once('capture', key, () => {
      const intent = this.intent(ref);
      if (intent.status !== 'requires_capture') {
        throw new ProviderRequestError(
          `Intent ${ref} is ${intent.status}`,
          'payment_intent_unexpected_state',
        );
      }
      if (amount.amount > intent.amount.amount) {
        throw new ProviderRequestError('Amount to capture exceeds authorized', 'amount_too_large');
      }
      intent.status = 'succeeded';
      intent.captured = amount.amount;
      return { intentRef: ref, captured: amount };
    });
  }

  async cancel(ref: string, key: string) {
    this.once('cancel', key, () => {
      this.intent(ref).status = 'canceled';
    });
  }

  /** Codes the next refunds are refused with, outright, as a PSP refuses a request. */
  private readonly refundRefusals: string[] = [];

  /** The next refund is refused outright (e.g. `charge_disputed`), and nothing moves. */
  refuseNextRefund(code = 'charge_disputed'): void {
    this.refundRefusals.push(code);
  }

  async refund(ref: string, amount: Money, key: string): Promise<RefundOutcome> {
    return this.once('refund', key, () => {
      const refusal = this.refundRefusals.shift();
      if (refusal) throw new ProviderRequestError('The charge cannot be refunded', refusal);
      const intent = this.intent(ref);
      if (intent.refunded + amount.amount > intent.captured) {
        throw new ProviderRequestError('Refund exceeds the charge', 'amount_too_large');
      }
      intent.refunded += amount.amount;
      const refund: FakeRefund = {
        ref: `re_${++this.sequence}`,
        key,
        intent,
        amount,
        status: 'succeeded',
      };
      this.refunds.push(refund);
      return { refundRef: refund.ref, amount, status: refund.status };
    });
  }

  /**
   * The refund asked with `key` fails after it was accepted (the card was closed): the money is
   * the intent's again. Returns the webhook that says so (`refund.updated`), to sign and send.
   */
  failRefund(
    key: string,
    failureReason = 'expired_or_canceled_card',
  ): Omit<ProviderEvent, 'occurredAt'> {
    const refund = this.refunds.find((candidate) => candidate.key === key);
    if (!refund || refund.status === 'failed') throw new Error(`no refund to fail with ${key}`);
    refund.status = 'failed';
    refund.intent.refunded -= refund.amount.amount;
    return {
      id: `evt_refund_failed_${refund.ref}`,
      type: 'refund.updated',
      intentRef: refund.intent.ref,
      paymentId: refund.intent.paymentId,
      amount: refund.amount,
      refundRef: refund.ref,
      refundStatus: 'failed',
      refundKey: key,
      failureReason,
    };
  }

  async listPaymentMethods(customerRef: string) {
    return customerRef
      ? [{ ref: 'pm_card_visa', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 }]
      : [];
  }

  /** A webhook body and its signature header, as the PSP would send them. */
  sign(event: Omit<ProviderEvent, 'occurredAt'> & { occurredAt?: Date }, at = Date.now()) {
    const body = Buffer.from(
      JSON.stringify({ ...event, occurredAt: (event.occurredAt ?? new Date(at)).toISOString() }),
    );
    const timestamp = Math.floor(at / 1000);
    return { body, signature: `t=${timestamp},v1=${this.mac(timestamp, body)}` };
  }

  private mac(timestamp: number, body: Buffer): string {
    return createHmac('sha256', this.secret).update(`${timestamp}.`).update(body).digest('hex');
  }

  parseWebhook(body: Buffer, header: string | undefined): ProviderEvent {
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
    if (!match) throw new InvalidWebhookError('Missing or malformed signature');
    const timestamp = Number(match[1]);
    const expected = Buffer.from(this.mac(timestamp, body), 'hex');
    if (!timingSafeEqual(expected, Buffer.from(match[2]!, 'hex'))) {
      throw new InvalidWebhookError('Signature does not match');
    }
    if (Math.abs(Date.now() / 1000 - timestamp) > 300) {
      throw new InvalidWebhookError('Timestamp outside the tolerance');
    }
    const event = JSON.parse(body.toString('utf8')) as ProviderEvent;
    return { ...event, occurredAt: new Date(event.occurredAt) };
  }
}
