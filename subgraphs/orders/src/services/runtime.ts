import type { Logger, UnitOfWork } from '@dabba/subgraph-kit';
import type { OrdersConfig } from '../config';
import type { OrdersPersistence } from '../persistence';
import type { CatalogPort } from '../upstream/catalog';
import type { PaymentsPort } from '../upstream/payments';

/** The surge multiplier dispatch sets per area, in basis points (10,000 = ×1.0). */
export interface SurgePort {
  multiplierBps(location: { lat: number; lng: number }): Promise<number>;
}

/** Until dispatch publishes surge per area, every area prices at ×1.0. */
export const NO_SURGE: SurgePort = { multiplierBps: () => Promise.resolve(10_000) };

/** What every orders use case runs on. */
export interface Deps extends OrdersPersistence {
  catalog: CatalogPort;
  payments: PaymentsPort;
  surge: SurgePort;
  unitOfWork: UnitOfWork;
  logger: Logger;
  settings: Omit<
    OrdersConfig,
    'identitySecret' | 'catalogUrl' | 'paymentsUrl' | 'upstreamTimeoutMs'
  >;
  now(): Date;
}
