import { validateEvent, type EventCatalog, type EventEnvelope } from '@dabba/schema/events';
import type { Tracer } from '@opentelemetry/api';
import type pino from 'pino';
import { inConsumerSpan, untracedTracer } from '../tracing';
import type { EventMetrics } from './metrics';
import {
  HEADERS,
  deadLetterQueueName,
  retryQueueName,
  type ConsumeOptions,
  type Transport,
  type TransportMessage,
  type TransportSubscription,
} from './transport';

export interface RetryPolicy {
  /** Deliveries in all, the first included; after the last failure the event is dead-lettered. */
  maxAttempts: number;
  /** Delay before the second attempt; each later one doubles, up to maxDelayMs. */
  initialDelayMs: number;
  maxDelayMs: number;
}

export interface ConsumerSpec {
  /** `<subgraph>.<handler>`: the durable queue that receives this consumer's copy of each event. */
  queue: string;
  eventTypes: readonly string[];
  retry: RetryPolicy;
  limits: ConsumeOptions;
  /**
   * Applies one valid event. Throwing schedules a retry (or the DLQ after the last attempt);
   * 'duplicate' means the inbox had already seen it.
   */
  handle(event: EventEnvelope, attempt: number): Promise<'handled' | 'duplicate'>;
}

/** The delay after failed attempt n (1-based) is initial × 2^(n-1), capped: one delay queue each. */
export function retryDelays(policy: RetryPolicy): number[] {
  return Array.from({ length: Math.max(policy.maxAttempts - 1, 0) }, (_, failed) =>
    Math.min(policy.initialDelayMs * 2 ** failed, policy.maxDelayMs),
  );
}

/** Attempt numbers come from our own header; anything else counts as a first delivery. */
function attemptOf(message: TransportMessage): number {
  const attempt = Number(message.headers[HEADERS.attempt]);
  return Number.isInteger(attempt) && attempt >= 1 ? attempt : 1;
}

/** Reasons travel in a message header: bounded, whatever the handler threw. */
const MAX_REASON_LENGTH = 1_000;

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, MAX_REASON_LENGTH);
}

function parseBody(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    return new SyntaxError(`body is not JSON: ${errorMessage(error)}`);
  }
}

/**
 * The consumer side of the event backbone, written once over the Transport port: every delivery
 * is decoded and validated against the catalog, handled inside the publisher's trace, and on
 * failure sent to the next retry queue or, after the last attempt, to the consumer's DLQ with the
 * reason. An invalid event goes straight to the DLQ: retrying cannot fix it.
 *
 * The retry or dead-letter copy is confirmed before the original is acked, so a crash in between
 * duplicates a delivery (absorbed by the inbox) and never loses one.
 */
export class EventBus {
  private readonly subscriptions = new Set<TransportSubscription>();

  constructor(
    private readonly options: {
      transport: Transport;
      catalog: EventCatalog;
      metrics: Pick<EventMetrics, 'consumed' | 'retried' | 'deadLettered'>;
      logger: pino.Logger;
      /** Starts each delivery's consumer span; none recorded by default. */
      tracer?: Tracer;
    },
  ) {}

  async subscribe(spec: ConsumerSpec): Promise<TransportSubscription> {
    const { transport } = this.options;
    const delays = retryDelays(spec.retry);
    await transport.declareConsumer({
      queue: spec.queue,
      routingKeys: spec.eventTypes,
      retryDelaysMs: [...new Set(delays)],
    });
    const subscription = await transport.consume(spec.queue, spec.limits, (message) =>
      this.deliver(spec, delays, message),
    );
    this.subscriptions.add(subscription);
    return {
      close: async () => {
        this.subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  /** Stops every consumer; deliveries in flight finish and are acked first. */
  async close(): Promise<void> {
    const open = [...this.subscriptions];
    this.subscriptions.clear();
    await Promise.all(open.map((subscription) => subscription.close()));
  }

  private async deliver(
    spec: ConsumerSpec,
    delays: readonly number[],
    message: TransportMessage,
  ): Promise<void> {
    const { catalog, metrics, logger } = this.options;
    const attempt = attemptOf(message);
    const body = parseBody(message.body);
    const validation =
      body instanceof SyntaxError
        ? { ok: false as const, reason: body.message }
        : validateEvent(catalog, body);
    if (!validation.ok) {
      logger.error(
        { consumer: spec.queue, messageId: message.messageId, reason: validation.reason },
        'invalid event: dead-lettered without retry',
      );
      await this.deadLetter(spec, message, attempt, `invalid event: ${validation.reason}`);
      metrics.deadLettered.inc({ consumer: spec.queue, reason: 'invalid' });
      return;
    }

    const { event } = validation;
    const log = logger.child({
      consumer: spec.queue,
      eventId: event.id,
      type: event.type,
      attempt,
    });
    try {
      const traceparent = message.headers[HEADERS.traceparent];
      const outcome = await inConsumerSpan(
        this.options.tracer ?? untracedTracer(),
        {
          queue: spec.queue,
          event,
          attempt,
          ...(typeof traceparent === 'string' ? { traceparent } : {}),
        },
        () => spec.handle(event, attempt),
      );
      metrics.consumed.inc({ consumer: spec.queue, type: event.type, outcome });
      return;
    } catch (error) {
      metrics.consumed.inc({ consumer: spec.queue, type: event.type, outcome: 'failed' });
      const delay = delays[attempt - 1];
      if (delay !== undefined) {
        log.warn({ err: error, retryInMs: delay }, 'event handler failed: retrying');
        await this.options.transport.publish(
          { ...message, headers: { ...message.headers, [HEADERS.attempt]: attempt + 1 } },
          { queue: retryQueueName(spec.queue, delay) },
        );
        metrics.retried.inc({ consumer: spec.queue, type: event.type });
        return;
      }
      log.error({ err: error }, 'event handler failed on its last attempt: dead-lettered');
      await this.deadLetter(spec, message, attempt, errorMessage(error));
      metrics.deadLettered.inc({ consumer: spec.queue, reason: 'exhausted' });
    }
  }

  private deadLetter(
    spec: ConsumerSpec,
    message: TransportMessage,
    attempt: number,
    reason: string,
  ): Promise<void> {
    return this.options.transport.publish(
      {
        ...message,
        headers: {
          ...message.headers,
          [HEADERS.attempt]: attempt,
          [HEADERS.deadLetterReason]: reason,
          [HEADERS.deadLetterQueue]: spec.queue,
        },
      },
      { queue: deadLetterQueueName(spec.queue) },
    );
  }
}
