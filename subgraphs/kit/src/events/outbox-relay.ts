import type pino from 'pino';
import type { EventMetrics } from './metrics';
import type { Outbox, OutboxEntry } from './outbox';
import { HEADERS, type Transport, type TransportMessage } from './transport';

export interface OutboxRelay {
  /** Something was committed to the outbox: look now rather than at the next poll. */
  nudge(): void;
  /**
   * Resolves once a pass that started after the call found nothing to claim: with one relay on
   * the outbox, nothing is pending. Waits through broker outages; rejects if the relay stops first.
   */
  idle(): Promise<void>;
  /** Finishes the batch in flight (publishes and marks), then stops. */
  stop(): Promise<void>;
}

export interface OutboxRelayOptions {
  outbox: Outbox;
  transport: Transport;
  metrics: Pick<EventMetrics, 'published' | 'confirmed'>;
  logger: pino.Logger;
  /** Entries claimed and published at once (default 256). */
  batchSize?: number;
  /** How long a claim lasts before another relay may take its entries (default 30 s). */
  leaseMs?: number;
  /** The longest wait between passes when nobody nudges (default 250 ms). */
  pollIntervalMs?: number;
  /** Delays between passes while the broker or MongoDB fails (default 100 ms doubling to 10 s). */
  backoff?: { initialMs: number; maxMs: number };
}

interface Pass {
  claimed: number;
  confirmed: number;
  /** The first publish error of the batch, if any publish failed. */
  publishError?: unknown;
}

function toMessage({ event }: OutboxEntry): TransportMessage {
  return {
    body: Buffer.from(JSON.stringify(event)),
    messageId: event.id,
    type: event.type,
    headers: event.traceparent ? { [HEADERS.traceparent]: event.traceparent } : {},
  };
}

/** Exponential with equal jitter: replicas that failed together do not retry in lockstep. */
function backoffDelay(
  failures: number,
  { initialMs, maxMs }: { initialMs: number; maxMs: number },
) {
  const ceiling = Math.min(maxMs, initialMs * 2 ** (failures - 1));
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

/**
 * Publishes the outbox: claims a batch, publishes every entry at once with publisher confirms,
 * marks the confirmed ones sent and releases the others. A full batch is followed at once by the
 * next; otherwise it waits for a nudge or the poll interval. While nothing gets confirmed (broker
 * down) or MongoDB fails, it backs off and logs once per outage. Any number of relays may run on
 * one outbox: claims never overlap, so an entry is published twice only when its relay died or
 * overran its lease, which consumers' inboxes absorb.
 */
export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { outbox, transport, metrics } = options;
  const batchSize = options.batchSize ?? 256;
  const leaseMs = options.leaseMs ?? 30_000;
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  const backoff = options.backoff ?? { initialMs: 100, maxMs: 10_000 };
  const logger = options.logger.child({ component: 'outbox-relay' });

  let stopping = false;
  let nudged = false;
  let sleeping: { timer: NodeJS.Timeout; wake: () => void; nudgeable: boolean } | undefined;
  let idleWaiters: { resolve: () => void; reject: (error: Error) => void }[] = [];

  function wake(byNudge: boolean): void {
    if (!sleeping || (byNudge && !sleeping.nudgeable)) return;
    clearTimeout(sleeping.timer);
    const { wake: resume } = sleeping;
    sleeping = undefined;
    resume();
  }

  /** A nudge ends the wait between passes, not a backoff: commits must not hammer a down broker. */
  function sleep(ms: number, nudgeable: boolean): Promise<void> {
    return new Promise((resolve) => {
      if (stopping || (nudgeable && nudged)) return resolve();
      sleeping = { timer: setTimeout(() => wake(false), ms), wake: resolve, nudgeable };
    });
  }

  async function publishBatch(): Promise<Pass> {
    nudged = false;
    const { token, entries } = await outbox.claim({ limit: batchSize, leaseMs });
    if (entries.length === 0) return { claimed: 0, confirmed: 0 };
    const results = await Promise.allSettled(
      entries.map(async (entry) => {
        metrics.published.inc({ type: entry.event.type });
        await transport.publish(toMessage(entry), entry.route);
        metrics.confirmed.inc({ type: entry.event.type });
      }),
    );
    const sent: string[] = [];
    const failed: string[] = [];
    let publishError: unknown;
    results.forEach((result, index) => {
      const { id } = entries[index]!;
      if (result.status === 'fulfilled') sent.push(id);
      else {
        failed.push(id);
        publishError ??= result.reason;
      }
    });
    await Promise.all([
      sent.length > 0 ? outbox.markSent(token, sent) : undefined,
      failed.length > 0 ? outbox.release(token, failed) : undefined,
    ]);
    return {
      claimed: entries.length,
      confirmed: sent.length,
      ...(failed.length > 0 ? { publishError } : {}),
    };
  }

  /** A pass that claimed nothing settles the idle() calls made before it started. */
  async function pass(): Promise<Pass> {
    const observers = idleWaiters;
    idleWaiters = [];
    let outcome: Pass | undefined;
    try {
      outcome = await publishBatch();
      return outcome;
    } finally {
      if (outcome?.claimed === 0) observers.forEach((waiter) => waiter.resolve());
      else idleWaiters.unshift(...observers);
    }
  }

  /**
   * Backs off while nothing gets confirmed (broker down) or MongoDB fails. A batch that is partly
   * confirmed goes on at full speed: one unpublishable entry must not throttle the outbox.
   */
  async function loop(): Promise<void> {
    let failures = 0;
    let outage: { what: 'broker' | 'outbox'; since: number } | undefined;
    while (!stopping) {
      let outcome: Pass | undefined;
      let failure: { what: 'broker' | 'outbox'; error: unknown } | undefined;
      try {
        outcome = await pass();
        if (outcome.publishError !== undefined) {
          failure = { what: 'broker', error: outcome.publishError };
        }
      } catch (error) {
        failure = { what: 'outbox', error };
      }
      if (!failure && outage) {
        logger.info(
          { what: outage.what, downMs: Date.now() - outage.since },
          'outbox relay recovered',
        );
        outage = undefined;
      }
      if (failure && outage?.what !== failure.what) {
        outage = { what: failure.what, since: Date.now() };
        logger.error(
          { err: failure.error, transport: transport.kind },
          failure.what === 'broker'
            ? 'broker publishes fail: outbox entries stay pending and are retried'
            : 'outbox unavailable: retrying with backoff',
        );
      }
      if (!outcome || (outcome.claimed > 0 && outcome.confirmed === 0)) {
        failures += 1;
        await sleep(backoffDelay(failures, backoff), false);
        continue;
      }
      failures = 0;
      if (outcome.claimed < batchSize) await sleep(pollIntervalMs, true);
    }
  }

  const running = loop().finally(() => {
    const stopped = new Error('the outbox relay stopped');
    idleWaiters.splice(0).forEach((waiter) => waiter.reject(stopped));
  });

  return {
    nudge() {
      nudged = true;
      wake(true);
    },
    idle() {
      return new Promise((resolve, reject) => {
        if (stopping) return reject(new Error('the outbox relay stopped'));
        idleWaiters.push({ resolve, reject });
        nudged = true;
        wake(true);
      });
    },
    async stop() {
      stopping = true;
      wake(false);
      await running;
    },
  };
}
