import { Counter, Gauge, type Registry } from 'prom-client';

/** The event backbone's Prometheus metrics, registered on the subgraph's own registry. */
export interface EventMetrics {
  /** Outbox entries handed to the broker, by event type. */
  published: Counter<'type'>;
  /** Of those, confirmed by the broker. */
  confirmed: Counter<'type'>;
  /** Deliveries a consumer finished: outcome is handled, duplicate (inbox) or failed. */
  consumed: Counter<'consumer' | 'type' | 'outcome'>;
  /** Deliveries sent to a retry queue after a failure. */
  retried: Counter<'consumer' | 'type'>;
  /** Deliveries sent to the DLQ: reason is invalid (schema) or exhausted (max attempts). */
  deadLettered: Counter<'consumer' | 'reason'>;
  /** Outbox entries not yet confirmed by the broker. */
  outboxBacklog: Gauge;
  /** Outbox entries parked after repeated refusals. */
  outboxParked: Gauge;
  /** Age of the oldest of those, in seconds (0 when there is none). */
  outboxOldestPendingAge: Gauge;
}

export interface OutboxStats {
  backlog: number;
  /** Entries the broker kept refusing, set aside until `pnpm events unpark`. */
  parked: number;
  oldestPendingAgeSeconds: number;
}

/**
 * `outboxStats` is read on every scrape, so the backlog gauges are never stale, even when the
 * relay is stuck.
 */
export function createEventMetrics(
  registry: Registry,
  outboxStats: () => Promise<OutboxStats>,
): EventMetrics {
  const registers = [registry];
  let stats: Promise<OutboxStats> | undefined;
  /** One query per scrape for both gauges. */
  const readStats = () => {
    stats ??= outboxStats().finally(() => {
      stats = undefined;
    });
    return stats;
  };
  return {
    published: new Counter({
      name: 'events_published_total',
      help: 'Outbox events handed to the broker, by type',
      labelNames: ['type'] as const,
      registers,
    }),
    confirmed: new Counter({
      name: 'events_confirmed_total',
      help: 'Outbox events confirmed by the broker, by type',
      labelNames: ['type'] as const,
      registers,
    }),
    consumed: new Counter({
      name: 'events_consumed_total',
      help: 'Event deliveries finished by a consumer, by outcome (handled, duplicate, failed)',
      labelNames: ['consumer', 'type', 'outcome'] as const,
      registers,
    }),
    retried: new Counter({
      name: 'events_retried_total',
      help: 'Event deliveries scheduled for a retry after a failure',
      labelNames: ['consumer', 'type'] as const,
      registers,
    }),
    deadLettered: new Counter({
      name: 'events_dead_lettered_total',
      help: 'Event deliveries sent to the dead-letter queue, by reason (invalid, exhausted)',
      labelNames: ['consumer', 'reason'] as const,
      registers,
    }),
    outboxBacklog: new Gauge({
      name: 'events_outbox_backlog',
      help: 'Outbox events not yet confirmed by the broker',
      registers,
      async collect() {
        this.set((await readStats()).backlog);
      },
    }),
    outboxParked: new Gauge({
      name: 'events_outbox_parked',
      help: 'Outbox events set aside after the broker refused them repeatedly',
      registers,
      async collect() {
        this.set((await readStats()).parked);
      },
    }),
    outboxOldestPendingAge: new Gauge({
      name: 'events_outbox_oldest_pending_age_seconds',
      help: 'Age of the oldest outbox event not yet confirmed by the broker',
      registers,
      async collect() {
        this.set((await readStats()).oldestPendingAgeSeconds);
      },
    }),
  };
}
