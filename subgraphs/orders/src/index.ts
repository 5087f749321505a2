import { join } from 'node:path';
import {
  createServiceClient,
  createSubgraphDispatcher,
  startPeriodicJobs,
  type EventConsumer,
  type SubgraphDefinition,
} from '@dabba/subgraph-kit';
import type { DabbaEventCatalog, EventData } from '@dabba/schema/events';
import { ordersAccessRules } from './access';
import { DEFAULT_PORT, parseOrdersConfig } from './config';
import { createOrdersLoaders, type OrdersLoaders } from './loaders';
import { openOrdersPersistence } from './persistence';
import { resolvers } from './resolvers';
import { NO_SURGE, createOrdersServices, type OrdersServices, type SurgePort } from './services';
import { createCatalogPort, type CatalogPort } from './upstream/catalog';
import { createPaymentsPort, type PaymentsPort } from './upstream/payments';

/** Adapters a test may replace; otherwise they are built from the settings. */
export interface OrdersAdapters {
  catalog?: CatalogPort;
  payments?: PaymentsPort;
  surge?: SurgePort;
  now?: () => Date;
}

type Data<T extends keyof DabbaEventCatalog> = EventData<DabbaEventCatalog, T>;

/** The payments events that drive the saga; each consumer gets its queue `orders.<name>`. */
function ordersConsumers(services: OrdersServices): EventConsumer[] {
  return [
    {
      name: 'on_payment_authorized',
      events: ['payments.payment.authorized.v1'],
      handle: (event, tx) =>
        services.saga.paymentAuthorized(event.data as Data<'payments.payment.authorized.v1'>, tx),
    },
    {
      name: 'on_payment_failed',
      events: ['payments.payment.failed.v1'],
      handle: (event, tx) =>
        services.saga.paymentFailed(event.data as Data<'payments.payment.failed.v1'>, tx),
    },
  ];
}

/** The orders subgraph: carts, quotes, checkout, the order lifecycle and its saga. */
export function createOrdersSubgraph(
  adapters: OrdersAdapters = {},
): SubgraphDefinition<OrdersServices, OrdersLoaders> {
  return {
    name: 'orders',
    defaultPort: DEFAULT_PORT,
    schemaPath: join(__dirname, '..', 'schema.graphql'),
    resolvers,
    accessRules: ordersAccessRules,
    createServices: async (db, { logger, unitOfWork, env }) => {
      const config = parseOrdersConfig(env);
      const dispatcher = createSubgraphDispatcher(128);
      const client = (service: string, url: string) =>
        createServiceClient({
          service,
          url,
          identitySecret: config.identitySecret,
          timeoutMs: config.upstreamTimeoutMs,
          dispatcher,
        });
      const {
        identitySecret: _secret,
        catalogUrl,
        paymentsUrl,
        upstreamTimeoutMs: _timeout,
        ...settings
      } = config;
      const services = createOrdersServices({
        ...(await openOrdersPersistence(db)),
        catalog: adapters.catalog ?? createCatalogPort(client('catalog', catalogUrl)),
        payments: adapters.payments ?? createPaymentsPort(client('payments', paymentsUrl)),
        surge: adapters.surge ?? NO_SURGE,
        unitOfWork,
        logger,
        settings,
        now: adapters.now ?? (() => new Date()),
      });
      const every = settings.sweepIntervalMs;
      const stopJobs = startPeriodicJobs(
        [
          {
            name: 'store_response_timeouts',
            intervalMs: every,
            run: services.sweeps.storeResponses,
          },
          { name: 'payment_timeouts', intervalMs: every, run: services.sweeps.payments },
          { name: 'substitution_timeouts', intervalMs: every, run: services.sweeps.substitutions },
          {
            name: 'expired_carts_and_quotes',
            intervalMs: every * 12,
            run: services.sweeps.expired,
          },
        ],
        logger,
      );
      // The subgraph's lifetime ends with its database connection (see RunningSubgraph.close).
      db.once('close', () => {
        stopJobs();
        void dispatcher.close();
      });
      return services;
    },
    consumers: ordersConsumers,
    createLoaders: createOrdersLoaders,
  };
}

export const ordersSubgraph = createOrdersSubgraph();
