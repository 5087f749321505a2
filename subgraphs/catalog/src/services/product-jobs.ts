import { startPeriodicJobs, type Logger } from '@dabba/subgraph-kit';
import type { ProductServices } from './product-services';
import type { ProductSettings } from './product-settings';

/**
 * Runs the periodic stock and product work of this replica: releasing expired reservations and
 * announcing perishables near expiry. Every replica runs them; the conditional updates inside
 * make sure each reservation and each expiry date is handled once. Returns a function that stops
 * both.
 */
export function startProductJobs(
  services: Pick<ProductServices, 'expireReservations' | 'announceNearExpiry'>,
  settings: Pick<ProductSettings, 'reservationSweepIntervalMs' | 'nearExpiryCheckIntervalMs'>,
  logger: Logger,
): () => void {
  return startPeriodicJobs(
    [
      {
        name: 'expire_reservations',
        intervalMs: settings.reservationSweepIntervalMs,
        run: () => services.expireReservations(),
      },
      {
        name: 'announce_near_expiry',
        intervalMs: settings.nearExpiryCheckIntervalMs,
        run: () => services.announceNearExpiry(),
      },
    ],
    logger,
  );
}
