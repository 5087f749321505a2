import type { Tracer } from '@opentelemetry/api';
import type pino from 'pino';
import { inProducerSpan, untracedTracer } from '../tracing';
import type { EventMetrics } from './metrics';
import type { Outbox, OutboxEntry } from './outbox';
import { HEADERS, MessageRefusedError, type Transport, type TransportMessage } from './transport';

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
  /** Starts each publish's producer span; none recorded by default. */
  tracer?: Tracer;
  /** Entries claimed and published at once (default 256). */
  batchSize?: number;
  /** How long a claim lasts before another relay may take its entries (default 30 s). */
  leaseMs?: number;
  /** The longest wait between passes when nobody nudges (default 250 ms). */
  pollIntervalMs?: number;
  /** Delays between passes while the broker or MongoDB fails (default 100 ms doubling to 10 s). */
  backoff?: { initialMs: number; maxMs: number };
  /**
   * Refusals after which an entry is parked (default 20). Only refusals in a batch the broker
   * otherwise took count: when it takes nothing it is down, and nothing is parked.
   */
  maxRefusals?: number;
}

interface Pass {
  claimed: number;
  confirmed: number;
  /** Of the others, refused by a broker that is up (MessageRefusedError). */
  refused: number;
  /** The first publish error of the batch other than a refusal: the broker may be down. */
  publishError?: unknown;
}

/** The message of an entry; `traceparent` is its producer span's, for consumers to continue. */
function toMessage({ event }: OutboxEntry, traceparent: string | undefined): TransportMessage {
  return {
    body: Buffer.from(JSON.stringify(event)),
    messageId: event.id,
    type: event.type,
    headers: traceparent ? { [HEADERS.traceparent]: traceparent } : {},
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
  const maxRefusals = options.maxRefusals ?? 20;
  const tracer = options.tracer ?? untracedTracer();
  const logger = options.logger.child({ component: 'outbox-relay' });
  /** Passes in a row that confirmed nothing or failed. */
  let failures = 0;

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
    if (entries.length === 0) return { claimed: 0, confirmed: 0, refused: 0 };
    const results = await Promise.allSettled(
      entries.map(async (entry) => {
        metrics.published.inc({ type: entry.event.type });
        await inProducerSpan(tracer, entry.event, (traceparent) =>
          transport.publish(toMessage(entry, traceparent), entry.route),
        );
        metrics.confirmed.inc({ type: entry.event.type });
      }),
    );
    const sent: string[] = [];
    const failed: { id: string; error: unknown }[] = [];
    results.forEach((result, index) => {
      const { id } = entries[index]!;
      if (result.status === 'fulfilled') sent.push(id);
      else failed.push({ id, error: result.reason });
    });
    const down = failed.filter(({ error }) => !(error instanceof MessageRefusedError));
    await Promise.all([
      sent.length > 0 ? outbox.markSent(token, sent) : undefined,
      failed.length > 0 ? releaseFailed(token, failed, sent.length > 0) : undefined,
    ]);
    return {
      claimed: entries.length,
      confirmed: sent.length,
      refused: failed.length - down.length,
      ...(down.length > 0 ? { publishError: down[0]!.error } : {}),
    };
  }

  /**
   * Gives back what the broker did not take. Entries it refused (MessageRefusedError), or that
   * failed while it took the rest of the batch, are the problem, not the broker: they wait the
   * longest backoff, so the next batches are not held up by them, and are parked after
   * `maxRefusals`. Otherwise the broker is down: they wait as long as the relay's own backoff and
   * count nothing.
   */
  async function releaseFailed(
    token: string,
    failed: { id: string; error: unknown }[],
    othersSent: boolean,
  ): Promise<void> {
    const refused = failed.filter(
      ({ error }) => othersSent || error instanceof MessageRefusedError,
    );
    const unsent = failed.filter((entry) => !refused.includes(entry));
    if (unsent.length > 0) {
      await outbox.release(
        token,
        unsent.map(({ id }) => id),
        { delayMs: backoffDelay(failures + 1, backoff) },
      );
    }
    if (refused.length === 0) return;
    const { error } = refused[0]!;
    const { parked } = await outbox.release(
      token,
      refused.map(({ id }) => id),
      {
        delayMs: backoff.maxMs,
        refused: { error: error instanceof Error ? error.message : String(error), maxRefusals },
      },
    );
    if (parked > 0) {
      logger.error(
        { err: error, parked, maxRefusals },
        'outbox events parked after repeated broker refusals: see `pnpm events parked`',
      );
    }
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
   * Backs off while nothing gets confirmed for a reason other than a refusal (broker down) or
   * MongoDB fails. A batch that is partly confirmed, or only refused, goes on at full speed: an
   * unpublishable entry must not throttle the outbox.
   */
  async function loop(): Promise<void> {
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
      if (!outcome || (outcome.publishError !== undefined && outcome.confirmed === 0)) {
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
