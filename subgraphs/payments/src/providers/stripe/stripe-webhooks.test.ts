/** Webhook verification and decoding, with payloads signed by the SDK's own test helper. */
import Stripe from 'stripe';
import { InvalidWebhookError } from '../port';
import { createStripeProvider } from './stripe-provider';

const secret = 'whsec_test_secret';
const provider = createStripeProvider({ secretKey: 'sk_test_unused', webhookSecret: secret });
const nowSeconds = () => Math.floor(Date.now() / 1000);

function intentEvent(type: string, intent: Record<string, unknown> = {}) {
  return {
    id: 'evt_1',
    object: 'event',
    type,
    created: 1_780_000_000,
    livemode: false,
    data: {
      object: {
        id: 'pi_1',
        object: 'payment_intent',
        amount: 10_000,
        amount_capturable: 0,
        amount_received: 0,
        currency: 'usd',
        status: 'requires_payment_method',
        metadata: { payment_id: 'pay_1', order_id: 'ord_1' },
        last_payment_error: null,
        ...intent,
      },
    },
  };
}

function signed(event: object, options: { secret?: string; timestamp?: number } = {}) {
  const payload = JSON.stringify(event);
  const header = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? secret,
    timestamp: options.timestamp ?? nowSeconds(),
  });
  return { body: Buffer.from(payload), header };
}

describe('Stripe webhook signatures', () => {
  const event = intentEvent('payment_intent.amount_capturable_updated', {
    status: 'requires_capture',
    amount_capturable: 10_000,
  });

  it('accepts a webhook signed with the endpoint secret', () => {
    const { body, header } = signed(event);
    expect(provider.parseWebhook(body, header)).toEqual({
      id: 'evt_1',
      type: 'payment_intent.amount_capturable_updated',
      intentRef: 'pi_1',
      paymentId: 'pay_1',
      intentStatus: 'requires_capture',
      amount: { amount: 10_000, currency: 'USD' },
      occurredAt: new Date(1_780_000_000_000),
    });
  });

  it('refuses a missing signature header', () => {
    const { body } = signed(event);
    expect(() => provider.parseWebhook(body, undefined)).toThrow(InvalidWebhookError);
  });

  it('refuses a forged signature', () => {
    const { body } = signed(event);
    const forged = `t=${nowSeconds()},v1=${'ab'.repeat(32)}`;
    expect(() => provider.parseWebhook(body, forged)).toThrow(InvalidWebhookError);
  });

  it('refuses a webhook signed with another secret', () => {
    const { body, header } = signed(event, { secret: 'whsec_someone_else' });
    expect(() => provider.parseWebhook(body, header)).toThrow(InvalidWebhookError);
  });

  it('refuses a stale webhook (older than the 300 s tolerance) and accepts one inside it', () => {
    const stale = signed(event, { timestamp: nowSeconds() - 301 });
    expect(() => provider.parseWebhook(stale.body, stale.header)).toThrow(/tolerance/);
    const recent = signed(event, { timestamp: nowSeconds() - 240 });
    expect(provider.parseWebhook(recent.body, recent.header).id).toBe('evt_1');
  });

  it('applies a configured tolerance', () => {
    const strict = createStripeProvider({
      secretKey: 'sk_test_unused',
      webhookSecret: secret,
      webhookToleranceSeconds: 60,
    });
    const { body, header } = signed(event, { timestamp: nowSeconds() - 120 });
    expect(() => strict.parseWebhook(body, header)).toThrow(InvalidWebhookError);
  });

  it('refuses a tampered body', () => {
    const { body, header } = signed(event);
    const tampered = Buffer.from(body.toString().replace('10000', '99999'));
    expect(() => provider.parseWebhook(tampered, header)).toThrow(InvalidWebhookError);
  });
});

describe('Stripe webhook events', () => {
  const parse = (event: object) => {
    const { body, header } = signed(event);
    return provider.parseWebhook(body, header);
  };

  it('reads a capture from payment_intent.succeeded', () => {
    const event = intentEvent('payment_intent.succeeded', {
      status: 'succeeded',
      amount_received: 8_000,
    });
    expect(parse(event)).toMatchObject({
      intentStatus: 'succeeded',
      amount: { amount: 8_000, currency: 'USD' },
      paymentId: 'pay_1',
    });
  });

  it('reads the decline code from payment_intent.payment_failed', () => {
    const event = intentEvent('payment_intent.payment_failed', {
      last_payment_error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'insufficient_funds',
      },
    });
    expect(parse(event)).toMatchObject({
      intentStatus: 'requires_payment_method',
      failureReason: 'insufficient_funds',
    });
  });

  it('reads payment_intent.canceled', () => {
    expect(parse(intentEvent('payment_intent.canceled', { status: 'canceled' }))).toMatchObject({
      intentRef: 'pi_1',
      intentStatus: 'canceled',
    });
  });

  it.each(['refund.updated', 'refund.failed', 'charge.refund.updated'])(
    'reads a failed refund from %s with its id, state, reason, key and our payment id',
    (type) => {
      const refund = {
        id: 'evt_2',
        object: 'event',
        type,
        created: 1_780_000_000,
        data: {
          object: {
            id: 're_1',
            object: 'refund',
            amount: 2_500,
            currency: 'vnd',
            payment_intent: 'pi_1',
            status: 'failed',
            failure_reason: 'expired_or_canceled_card',
            metadata: { payment_id: 'pay_1', idempotency_key: 'ref_1:refund' },
          },
          previous_attributes: { status: 'succeeded', failure_reason: null },
        },
      };
      expect(parse(refund)).toEqual({
        id: 'evt_2',
        type,
        intentRef: 'pi_1',
        paymentId: 'pay_1',
        amount: { amount: 2_500, currency: 'VND' },
        refundRef: 're_1',
        refundStatus: 'failed',
        refundKey: 'ref_1:refund',
        failureReason: 'expired_or_canceled_card',
        occurredAt: new Date(1_780_000_000_000),
      });
    },
  );

  it('reads the total refunded from charge.refunded', () => {
    const charge = {
      id: 'evt_3',
      object: 'event',
      type: 'charge.refunded',
      created: 1_780_000_000,
      data: {
        object: {
          id: 'ch_1',
          object: 'charge',
          amount_refunded: 6_000,
          currency: 'inr',
          payment_intent: 'pi_1',
          metadata: {},
        },
      },
    };
    expect(parse(charge)).toMatchObject({
      intentRef: 'pi_1',
      paymentId: undefined,
      amount: { amount: 6_000, currency: 'INR' },
    });
  });

  it('passes other event types through with only their id and type', () => {
    const other = {
      id: 'evt_4',
      object: 'event',
      type: 'customer.created',
      created: 1_780_000_000,
      data: { object: { id: 'cus_1', object: 'customer' } },
    };
    expect(parse(other)).toEqual({
      id: 'evt_4',
      type: 'customer.created',
      occurredAt: new Date(1_780_000_000_000),
    });
  });
});
