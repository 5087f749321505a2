import type { Logger } from '@dabba/subgraph-kit';
import Stripe from 'stripe';
import { ProviderRequestError, type IntentStatus, type PaymentProvider } from '../port';
import { inProcessFetch } from '../simulator/in-process-fetch';
import { StripeApiError } from '../simulator/objects';
import { SimulatedStripe } from '../simulator/simulated-stripe';
import { StripeApi } from '../simulator/stripe-api';
import { WEBHOOK_EVENT_TYPES } from '../stripe/stripe-events';
import { createStripeProvider } from '../stripe/stripe-provider';
import { WebhookDispatcher } from './webhook-dispatcher';

export interface SandboxOptions {
  /** The sandbox signs its webhooks with it, and its provider verifies them with it. */
  webhookSecret: string;
  /**
   * Where webhooks go: the payments subgraph's own `POST /webhooks/stripe`. A function is read at
   * each delivery attempt, for a server whose port is known only once it listens. Without it,
   * no webhook is sent.
   */
  webhookUrl?: string | (() => string | undefined);
  /** Before the first delivery attempt; 100 ms by default. */
  webhookDelayMs?: number;
  /** Delivery attempts per event; 6 by default. */
  webhookAttempts?: number;
  /** After the first failed attempt, doubled after each further one; 500 ms by default. */
  webhookRetryDelayMs?: number;
  /** The URL put in a 3-D Secure redirect; the sandbox serves no page there. */
  authenticationUrl?: (intentRef: string) => string;
  logger?: Pick<Logger, 'warn'>;
}

export interface SandboxPsp {
  /** The card provider (name `sandbox`). */
  readonly provider: PaymentProvider;
  /** The customer passes or fails the 3-D Secure challenge of an intent in requires_action. */
  completeAuthentication(
    intentRef: string,
    passed: boolean,
  ): { intentRef: string; status: IntentStatus };
  /**
   * A refund the sandbox accepted fails later (the card was closed, unless another reason is
   * given), as Stripe's do some time after accepting them, and is announced by webhook.
   */
  failRefund(refundRef: string, failureReason?: string): { refundRef: string; status: 'failed' };
  /** Resolves once every webhook queued so far was delivered or given up. */
  drainWebhooks(): Promise<void>;
  /** Stops delivering webhooks. */
  close(): void;
}

/**
 * The sandbox PSP, the embedded default for cards when STRIPE_SECRET_KEY is unset: the Stripe
 * adapter itself, talking through the stripe SDK to an in-process Stripe test-mode simulator
 * (same test payment methods, same intent state machine, same idempotency), whose events are
 * delivered asynchronously as webhooks signed the way Stripe signs them. Intents live in memory:
 * a restart forgets them.
 */
export function createSandboxPsp(options: SandboxOptions): SandboxPsp {
  const simulator = new SimulatedStripe({ authenticationUrl: options.authenticationUrl });
  const provider = createStripeProvider(
    {
      secretKey: 'sk_test_sandbox',
      webhookSecret: options.webhookSecret,
      maxNetworkRetries: 0,
      httpClient: Stripe.createFetchHttpClient(inProcessFetch(new StripeApi(simulator))),
    },
    'sandbox',
  );
  const dispatcher = new WebhookDispatcher({
    url: options.webhookUrl ?? (() => undefined),
    secret: options.webhookSecret,
    delayMs: options.webhookDelayMs ?? 100,
    attempts: options.webhookAttempts ?? 6,
    retryDelayMs: options.webhookRetryDelayMs ?? 500,
    logger: options.logger,
  });
  const subscribed = new Set(WEBHOOK_EVENT_TYPES);
  if (options.webhookUrl) {
    simulator.onEvent((event) => {
      if (subscribed.has(event.type)) dispatcher.enqueue(event);
    });
  }

  return {
    provider,
    completeAuthentication(intentRef, passed) {
      const intent = fromSimulator(() => simulator.completeAuthentication(intentRef, passed));
      return { intentRef, status: intent.status };
    },
    failRefund(refundRef, failureReason) {
      fromSimulator(() => simulator.failRefund(refundRef, failureReason));
      return { refundRef, status: 'failed' };
    },
    drainWebhooks: () => dispatcher.drain(),
    close: () => dispatcher.close(),
  };
}

/** Runs a simulator call, turning its refusal into the port's ProviderRequestError. */
function fromSimulator<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof StripeApiError) {
      throw new ProviderRequestError(error.body.message, error.body.code ?? error.body.type);
    }
    throw error;
  }
}
