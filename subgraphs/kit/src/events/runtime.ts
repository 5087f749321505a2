import {
  eventCatalog,
  type DabbaEventCatalog,
  type EventCatalog,
  type EventEnvelope,
  type EventType,
} from '@dabba/schema/events';
import type { Tracer } from '@opentelemetry/api';
import type { Connection } from 'mongoose';
import type pino from 'pino';
import type { Registry } from 'prom-client';
import type { SubgraphConfig } from '../config';
import { EventBus } from './bus';
import { DeadLetterStore } from './dead-letters';
import { Inbox, handleOnce } from './inbox';
import { MemoryBroker, memoryTransport } from './memory-transport';
import { createEventMetrics } from './metrics';
import { Outbox } from './outbox';
import { startOutboxRelay, type OutboxRelay } from './outbox-relay';
import { rabbitmqTransport } from './rabbitmq-transport';
import { HEADERS, deadLetterQueueName, type Transport, type TransportMessage } from './transport';
import { createUnitOfWork, type Transaction, type UnitOfWork } from './unit-of-work';

/** A subgraph's handler for some event types, declared in its SubgraphDefinition. */
export interface EventConsumer<C extends EventCatalog = DabbaEventCatalog> {
  /** snake_case; the consumer's queue is `<subgraph>.<name>`. */
  name: string;
  events: readonly EventType<C>[];
  /**
   * Work that must not hold a transaction open, such as a call to a payment provider: it runs
   * before `handle`, outside any transaction, and never for an event the inbox already holds. It
   * runs again on every delivery until `handle` commits, so it must be idempotent (an idempotency
   * key derived from the event's ids). What it returns is passed to `handle`, which must check it
   * against what it reads in its transaction and throw (the delivery is retried) when they differ.
   * Declare it with `preparedConsumer` to type what it hands over.
   */
  prepare?(event: EventEnvelope): Promise<unknown>;
  /**
   * Applies the event in `tx`, the transaction that also records it in the inbox: its writes and
   * the events it publishes commit together, once per event however often it is delivered.
   * `prepared` is what `prepare` returned on this delivery (undefined without one).
   */
  handle(event: EventEnvelope, tx: Transaction<C>, prepared: unknown): Promise<void>;
  /** Overrides EVENT_MAX_ATTEMPTS. */
  maxAttempts?: number;
  /** Unacknowledged deliveries at once (default 32). */
  prefetch?: number;
  /** Handlers running at once (default 8). */
  concurrency?: number;
}

/** An EventConsumer whose `handle` receives what its `prepare` returned, typed. */
export function preparedConsumer<P, C extends EventCatalog = DabbaEventCatalog>(
  consumer: Omit<EventConsumer<C>, 'prepare' | 'handle'> & {
    prepare(event: EventEnvelope): Promise<P>;
    handle(event: EventEnvelope, tx: Transaction<C>, prepared: P): Promise<void>;
  },
): EventConsumer<C> {
  return {
    ...consumer,
    handle: (event, tx, prepared) => consumer.handle(event, tx, prepared as P),
  };
}

export type EventsConfig = Pick<
  SubgraphConfig,
  | 'AMQP_URL'
  | 'EVENT_RETENTION_DAYS'
  | 'EVENT_MAX_ATTEMPTS'
  | 'EVENT_RETRY_INITIAL_MS'
  | 'EVENT_RETRY_MAX_MS'
>;

export interface SubgraphEvents<C extends EventCatalog = DabbaEventCatalog> {
  readonly unitOfWork: UnitOfWork<C>;
  readonly relay: OutboxRelay;
  readonly outbox: Outbox;
  readonly deadLetters: DeadLetterStore;
  /** Starts each consumer and the archiver of its DLQ. */
  consume(consumers: readonly EventConsumer<C>[]): Promise<void>;
  /** Stops the consumers (in-flight deliveries finish), then the relay, then the broker connection. */
  close(): Promise<void>;
}

const CONSUMER_NAME = /^[a-z][a-z0-9_]*$/;
const DEFAULT_PREFETCH = 32;
const DEFAULT_CONCURRENCY = 8;
const DEAD_LETTER_LIMITS = { prefetch: 16, concurrency: 4 };
const SECONDS_PER_DAY = 86_400;

/** Every subgraph running in this process shares one in-process broker, as they would share RabbitMQ. */
let processBroker: MemoryBroker | undefined;

export function sharedMemoryBroker(): MemoryBroker {
  return (processBroker ??= new MemoryBroker());
}

/**
 * The broker chosen by AMQP_URL: RabbitMQ when set, else this process's in-process broker, which
 * only reaches services running in the same process.
 */
export function selectTransport(
  service: string,
  config: Pick<EventsConfig, 'AMQP_URL'>,
  logger: pino.Logger,
): Transport {
  if (config.AMQP_URL) {
    return rabbitmqTransport({ url: config.AMQP_URL, logger, connectionName: service });
  }
  return memoryTransport(sharedMemoryBroker(), { logger });
}

function headerString(message: TransportMessage, name: string): string | undefined {
  const value = message.headers[name];
  return value === undefined ? undefined : String(value);
}

function parseEnvelope(body: Buffer): EventEnvelope | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as EventEnvelope) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The event backbone of one subgraph: its outbox, relay, inbox and dead-letter archive in its own
 * database, and its consumers on the broker chosen by AMQP_URL.
 */
export async function startEvents<C extends EventCatalog = DabbaEventCatalog>(options: {
  subgraph: string;
  db: Connection;
  config: EventsConfig;
  logger: pino.Logger;
  registry: Registry;
  /** The subgraph's tracer, for publish and consume spans. */
  tracer?: Tracer;
  catalog?: C;
  transport?: Transport;
}): Promise<SubgraphEvents<C>> {
  const { subgraph, db, config, registry, tracer } = options;
  const catalog = (options.catalog ?? eventCatalog) as C;
  const logger = options.logger.child({ component: 'events' });
  const retentionSeconds = config.EVENT_RETENTION_DAYS * SECONDS_PER_DAY;

  const outbox = new Outbox(db, { retentionSeconds });
  const inbox = new Inbox(db, { retentionSeconds });
  const deadLetters = new DeadLetterStore(db);
  await Promise.all([outbox.syncIndexes(), inbox.syncIndexes(), deadLetters.syncIndexes()]);

  const transport = options.transport ?? selectTransport(subgraph, config, logger);
  const metrics = createEventMetrics(registry, () => outbox.stats());
  const relay = startOutboxRelay({ outbox, transport, metrics, logger, tracer });
  const unitOfWork = createUnitOfWork({
    db,
    source: subgraph,
    catalog,
    outbox,
    onCommitted: () => relay.nudge(),
  });
  const bus = new EventBus({ transport, catalog, metrics, logger, tracer });

  async function archiveDeadLetters(queue: string): Promise<void> {
    await transport.consume(deadLetterQueueName(queue), DEAD_LETTER_LIMITS, async (message) => {
      const event = parseEnvelope(message.body);
      await deadLetters.add({
        consumer: queue,
        body: message.body.toString('utf8'),
        ...(event ? { event } : {}),
        reason: headerString(message, HEADERS.deadLetterReason) ?? 'unknown',
        attempts: Number(message.headers[HEADERS.attempt] ?? 1),
        deadAt: new Date(),
      });
    });
  }

  return {
    unitOfWork,
    relay,
    outbox,
    deadLetters,
    async consume(consumers) {
      for (const consumer of consumers) {
        if (!CONSUMER_NAME.test(consumer.name)) {
          throw new Error(`consumer name ${consumer.name} must be snake_case`);
        }
        const queue = `${subgraph}.${consumer.name}`;
        await bus.subscribe({
          queue,
          eventTypes: consumer.events,
          retry: {
            maxAttempts: consumer.maxAttempts ?? config.EVENT_MAX_ATTEMPTS,
            initialDelayMs: config.EVENT_RETRY_INITIAL_MS,
            maxDelayMs: config.EVENT_RETRY_MAX_MS,
          },
          limits: {
            prefetch: consumer.prefetch ?? DEFAULT_PREFETCH,
            concurrency: consumer.concurrency ?? DEFAULT_CONCURRENCY,
          },
          handle: (event) =>
            handleOnce({
              unitOfWork,
              inbox,
              consumer: queue,
              event,
              prepare: consumer.prepare?.bind(consumer),
              handler: consumer.handle.bind(consumer),
            }),
        });
        await archiveDeadLetters(queue);
      }
    },
    async close() {
      await bus.close();
      await relay.stop();
      await transport.close();
    },
  };
}
