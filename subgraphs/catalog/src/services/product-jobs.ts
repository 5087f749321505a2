import type { Logger } from '@dabba/subgraph-kit';
import type { ProductServices } from './product-services';
import type { ProductSettings } from './product-settings';

/**
 * Runs the periodic stock and product work of this replica: releasing expired reservations and
 * announcing perishables near expiry. Every replica runs them; the conditional updates inside
 * make sure each reservation and each expiry date is handled once. A run never overlaps the
 * previous one. Returns a function that stops both.
 */
export function startProductJobs(
  services: Pick<ProductServices, 'expireReservations' | 'announceNearExpiry'>,
  settings: Pick<ProductSettings, 'reservationSweepIntervalMs' | 'nearExpiryCheckIntervalMs'>,
  logger: Logger,
): () => void {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();

  const every = (name: string, intervalMs: number, run: () => Promise<number>) => {
    const schedule = () => {
      if (stopped) return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        run()
          .then((count) => {
            if (count > 0) logger.info({ job: name, count }, 'catalog job done');
          })
          .catch((error: unknown) => logger.error({ err: error, job: name }, 'catalog job failed'))
          .finally(schedule);
      }, intervalMs);
      timer.unref();
      timers.add(timer);
    };
    schedule();
  };

  every('expire_reservations', settings.reservationSweepIntervalMs, () =>
    services.expireReservations(),
  );
  every('announce_near_expiry', settings.nearExpiryCheckIntervalMs, () =>
    services.announceNearExpiry(),
  );
  return () => {
    stopped = true;
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };
}
