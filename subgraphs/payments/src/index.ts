import { join } from 'node:path';
import type { HttpRoute, SubgraphDefinition } from '@dabba/subgraph-kit';
import { paymentsAccessRules } from './access';
import { DEFAULT_PORT, parsePaymentsConfig } from './config';
import { createPaymentsLoaders, type PaymentsLoaders } from './loaders';
import { openPaymentsPersistence } from './persistence';
import { createProviders } from './providers-wiring';
import { resolvers } from './resolvers';
import { paymentsConsumers } from './consumers';
import { createPaymentsServices, type PaymentProviders, type PaymentsServices } from './services';

/** Adapters a test may replace; otherwise they are built from the settings. */
export interface PaymentsAdapters {
  providers?: PaymentProviders;
}

/** Where the provider's webhooks are received, on the subgraph's own port. */
export const WEBHOOK_PATH = '/webhooks/stripe';

/** The use cases, and the provider's own routes (the sandbox's 3-D Secure and refund routes). */
export type PaymentsSubgraphServices = PaymentsServices & { providerRoutes: HttpRoute[] };

/** The payments subgraph: payments, refunds and the ledger, over the PSP and cash providers. */
export function createPaymentsSubgraph(
  adapters: PaymentsAdapters = {},
): SubgraphDefinition<PaymentsSubgraphServices, PaymentsLoaders> {
  return {
    name: 'payments',
    defaultPort: DEFAULT_PORT,
    schemaPath: join(__dirname, '..', 'schema.graphql'),
    resolvers,
    accessRules: paymentsAccessRules,
    createServices: async (db, { logger, unitOfWork, env, origin }) => {
      const config = parsePaymentsConfig(env);
      const created = adapters.providers
        ? { ...adapters.providers, routes: [], sandbox: null }
        : createProviders(config, logger, WEBHOOK_PATH, origin);
      // The subgraph's lifetime ends with its database connection (see RunningSubgraph.close).
      db.once('close', () => created.sandbox?.close());
      const services = createPaymentsServices(await openPaymentsPersistence(db), {
        unitOfWork,
        logger,
        providers: { card: created.card, cash: created.cash },
        feeBps: config.platformFeeBps,
      });
      return { ...services, providerRoutes: created.routes };
    },
    consumers: paymentsConsumers,
    routes: (services) => [
      { path: WEBHOOK_PATH, handle: services.receiveWebhook },
      ...services.providerRoutes,
    ],
    createLoaders: createPaymentsLoaders,
  };
}

export const paymentsSubgraph = createPaymentsSubgraph();
