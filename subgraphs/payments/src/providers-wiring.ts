import type { HttpRoute, Logger } from '@dabba/subgraph-kit';
import type { PaymentsConfig } from './config';
import { createPaymentProviders, type CreatedPaymentProviders } from './providers';

/** The card and cash providers from the settings, and the sandbox's routes when it is used. */
export function createProviders(
  config: PaymentsConfig,
  logger: Logger,
  webhookPath: string,
  /** Where this subgraph listens, once it does: the sandbox's webhooks go there by default. */
  origin: () => string | undefined,
): CreatedPaymentProviders & { routes: HttpRoute[] } {
  if (config.stripe) {
    logger.info('cards go through Stripe');
    if (!config.stripe.webhookSecret)
      logger.warn('STRIPE_WEBHOOK_SECRET is unset: webhooks are refused');
    return createPaymentProviders({
      stripe: {
        secretKey: config.stripe.secretKey,
        // Without a secret no signature verifies, so every webhook is refused.
        webhookSecret: config.stripe.webhookSecret ?? '',
      },
    });
  }
  logger.info('cards go through the sandbox PSP (STRIPE_SECRET_KEY is unset)');
  return createPaymentProviders({
    sandbox: {
      webhookSecret: config.sandboxWebhookSecret,
      webhookUrl:
        config.sandboxWebhookUrl ??
        (() => {
          const served = origin();
          return served && `${served}${webhookPath}`;
        }),
      logger,
    },
  });
}
