import Stripe from 'stripe';
import {
  InvalidWebhookError,
  ProviderRequestError,
  type IntentStatus,
  type PaymentProvider,
  type ProviderName,
} from '../port';
import { refundStatus, toProviderEvent } from './stripe-events';
import { checkAmount, heldOrReceived, outcomeOf, translate } from './stripe-outcomes';
import {
  fromStripeAmount,
  METADATA_IDEMPOTENCY_KEY,
  METADATA_ORDER_ID,
  METADATA_PAYMENT_ID,
  METADATA_USER_ID,
  toStripeAmount,
} from './stripe-money';

/** The header Stripe signs its webhooks in. */
export const STRIPE_SIGNATURE_HEADER = 'stripe-signature';

export interface StripeProviderOptions {
  /** `sk_live_…` or `sk_test_…`. */
  secretKey: string;
  /** The endpoint's signing secret, `whsec_…`. */
  webhookSecret: string;
  /** How old a webhook's signed timestamp may be, in seconds; 300 by default, like Stripe's. */
  webhookToleranceSeconds?: number;
  /** Retries of a request that met a network error, 409 or 5xx, with the same idempotency key. */
  maxNetworkRetries?: number;
  /** Per request, in milliseconds; 30 s by default. */
  timeoutMs?: number;
  /** Where the API is; Stripe's by default. Tests point these at a local server. */
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
  /** A transport other than Node's http module (the sandbox's in-process one). */
  httpClient?: Stripe.HttpClient;
}

/**
 * The Stripe adapter of the PaymentProvider port, on the stripe SDK: PaymentIntents with manual
 * capture (authorize at checkout, capture at delivery), 3-D Secure as a next action, refunds,
 * customers and saved cards by Stripe id, webhooks verified with `constructEvent`. Every mutating
 * call carries the caller's idempotency key, so the SDK's retries and the caller's never charge
 * twice.
 */
export function createStripeProvider(
  options: StripeProviderOptions,
  name: ProviderName = 'stripe',
): PaymentProvider {
  const stripe = new Stripe(options.secretKey, {
    maxNetworkRetries: options.maxNetworkRetries ?? 2,
    timeout: options.timeoutMs ?? 30_000,
    host: options.host,
    port: options.port,
    protocol: options.protocol,
    httpClient: options.httpClient,
    appInfo: { name: 'dabba-payments' },
  });
  const tolerance = options.webhookToleranceSeconds ?? 300;

  /** Runs a Stripe call, turning the SDK's errors into the port's. */
  async function call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw translate(error);
    }
  }

  return {
    name,

    async ensureCustomer({ userId, email }, idempotencyKey) {
      const customer = await call(() =>
        stripe.customers.create(
          { email: email ?? undefined, metadata: { [METADATA_USER_ID]: userId } },
          { idempotencyKey },
        ),
      );
      return { customerRef: customer.id };
    },

    async authorize(request, idempotencyKey) {
      if (!request.paymentMethodRef) {
        throw new ProviderRequestError(
          'A card payment needs a payment method',
          'payment_method_missing',
        );
      }
      const { amount, currency } = toStripeAmount(request.amount);
      const save = request.savePaymentMethod && request.customerRef;
      try {
        const intent = await stripe.paymentIntents.create(
          {
            amount,
            currency,
            capture_method: 'manual',
            confirm: true,
            payment_method: request.paymentMethodRef,
            allowed_payment_method_types: ['card'],
            customer: request.customerRef,
            return_url: request.returnUrl,
            setup_future_usage: save ? 'off_session' : undefined,
            metadata: {
              [METADATA_PAYMENT_ID]: request.paymentId,
              [METADATA_ORDER_ID]: request.orderId,
            },
          },
          { idempotencyKey },
        );
        return outcomeOf(intent);
      } catch (error) {
        if (error instanceof Stripe.errors.StripeCardError) {
          return {
            status: 'declined',
            intentRef: error.payment_intent?.id,
            reason: error.code ?? 'card_declined',
            declineCode: error.decline_code,
          };
        }
        throw translate(error);
      }
    },

    async retrieve(intentRef) {
      const intent = await call(() => stripe.paymentIntents.retrieve(intentRef));
      return { status: intent.status as IntentStatus, amount: heldOrReceived(intent) };
    },

    async capture(intentRef, money, idempotencyKey) {
      const intent = await call(() => stripe.paymentIntents.retrieve(intentRef));
      checkAmount(money, intent.currency, intent.amount, 'authorized');
      const captured = await call(() =>
        stripe.paymentIntents.capture(
          intentRef,
          { amount_to_capture: toStripeAmount(money).amount },
          { idempotencyKey },
        ),
      );
      return { intentRef, captured: fromStripeAmount(captured.amount_received, captured.currency) };
    },

    async cancel(intentRef, idempotencyKey) {
      try {
        await stripe.paymentIntents.cancel(intentRef, {}, { idempotencyKey });
      } catch (error) {
        const alreadyCanceled =
          error instanceof Stripe.errors.StripeInvalidRequestError &&
          error.payment_intent?.status === 'canceled';
        if (!alreadyCanceled) throw translate(error);
      }
    },

    async refund(intentRef, money, idempotencyKey) {
      const intent = await call(() => stripe.paymentIntents.retrieve(intentRef));
      if (intent.status !== 'succeeded') {
        throw new ProviderRequestError(
          `Only a captured payment can be refunded; ${intentRef} is ${intent.status}`,
          'not_captured',
        );
      }
      const earlier = await call(() =>
        stripe.refunds.list({ payment_intent: intentRef, limit: 100 }),
      );
      const refunded = earlier.data
        .filter((refund) => refundStatus(refund.status) !== 'failed')
        .filter((refund) => refund.metadata?.[METADATA_IDEMPOTENCY_KEY] !== idempotencyKey)
        .reduce((sum, refund) => sum + refund.amount, 0);
      checkAmount(money, intent.currency, intent.amount_received - refunded, 'refundable');
      const refund = await call(() =>
        stripe.refunds.create(
          {
            payment_intent: intentRef,
            amount: toStripeAmount(money).amount,
            metadata: {
              [METADATA_PAYMENT_ID]: intent.metadata[METADATA_PAYMENT_ID] ?? '',
              [METADATA_IDEMPOTENCY_KEY]: idempotencyKey,
            },
          },
          { idempotencyKey },
        ),
      );
      return {
        refundRef: refund.id,
        amount: fromStripeAmount(refund.amount, refund.currency),
        status: refundStatus(refund.status),
      };
    },

    async listPaymentMethods(customerRef) {
      const methods = await call(() =>
        stripe.paymentMethods.list({ customer: customerRef, type: 'card', limit: 100 }),
      );
      return methods.data
        .filter((method) => method.card)
        .map((method) => ({
          ref: method.id,
          brand: method.card!.brand,
          last4: method.card!.last4,
          expMonth: method.card!.exp_month,
          expYear: method.card!.exp_year,
        }));
    },

    parseWebhook(rawBody, signatureHeader) {
      if (!signatureHeader) throw new InvalidWebhookError('The Stripe-Signature header is missing');
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(
          rawBody,
          signatureHeader,
          options.webhookSecret,
          tolerance,
        );
      } catch (error) {
        throw new InvalidWebhookError(error instanceof Error ? error.message : String(error));
      }
      return toProviderEvent(event);
    },
  };
}
