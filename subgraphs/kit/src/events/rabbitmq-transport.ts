import { once } from 'node:events';
import pino from 'pino';
import { Connection, ConsumerStatus, type AsyncMessage, type ConsumerProps } from 'rabbitmq-client';
import {
  MessageRefusedError,
  deadLetterQueueName,
  retryQueueName,
  type HeaderValue,
  type Transport,
  type TransportMessage,
} from './transport';

const DEFAULT_EXCHANGE = 'dabba.events';

/**
 * How long a publish or a declare waits for a (re)connection before it rejects: the caller
 * retries.
 */
const ACQUIRE_TIMEOUT_MS = 5_000;
/** Reconnect backoff bounds: a restarted broker is found again within a few seconds. */
const RETRY_LOW_MS = 500;
const RETRY_HIGH_MS = 5_000;

const QUORUM = { 'x-queue-type': 'quorum' } as const;

/** RabbitMQ's own bookkeeping (dead-letter history, quorum delivery count) is not the message's. */
const BROKER_HEADER = /^x-(death|first-death-|last-death-|delivery-count)/;

type QueueOptions = NonNullable<ConsumerProps['queueOptions']>;
type QueueBinding = NonNullable<ConsumerProps['queueBindings']>[number];

export interface RabbitmqTransportOptions {
  url: string;
  /** The topic exchange events go through (default `dabba.events`). */
  exchange?: string;
  logger?: pino.Logger;
  /** Shown in the management UI, e.g. the subgraph's name. */
  connectionName?: string;
}

function toTransportMessage(delivery: AsyncMessage): TransportMessage {
  const headers: Record<string, HeaderValue> = {};
  for (const [name, value] of Object.entries(delivery.headers ?? {})) {
    if ((typeof value === 'string' || typeof value === 'number') && !BROKER_HEADER.test(name)) {
      headers[name] = value;
    }
  }
  const { body } = delivery;
  return {
    /** rabbitmq-client decodes text and JSON it did not publish itself (see `contentEncoding`). */
    body: Buffer.isBuffer(body)
      ? body
      : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
    messageId: delivery.messageId ?? '',
    type: delivery.type ?? '',
    headers,
  };
}

/**
 * The Transport on RabbitMQ, over one connection that rabbitmq-client re-establishes with backoff
 * when the broker goes away; its publisher and consumers re-declare their topology and resume on
 * the new connection by themselves.
 */
export function rabbitmqTransport(options: RabbitmqTransportOptions): Transport {
  const exchange = options.exchange ?? DEFAULT_EXCHANGE;
  const exchangeParams = { exchange, type: 'topic', durable: true };
  const logger = options.logger ?? pino({ enabled: false });

  const connection = new Connection({
    url: options.url,
    connectionName: options.connectionName,
    acquireTimeout: ACQUIRE_TIMEOUT_MS,
    retryLow: RETRY_LOW_MS,
    retryHigh: RETRY_HIGH_MS,
    // Without TCP_NODELAY, Nagle's algorithm holds small frames (publishes, acks) until the
    // previous segment is acknowledged: 20-40 ms on every event at low rates.
    noDelay: true,
  });
  // An `error` event without a listener would crash the process; the client reconnects by itself.
  connection.on('error', (err) => logger.error({ err }, 'RabbitMQ connection error'));
  connection.on('connection', () => logger.info('RabbitMQ connected'));
  connection.on('connection.blocked', (reason) => logger.warn({ reason }, 'RabbitMQ blocked us'));
  connection.on('connection.unblocked', () => logger.info('RabbitMQ unblocked us'));

  const publisher = connection.createPublisher({ confirm: true, exchanges: [exchangeParams] });
  /**
   * Publishes to a queue are mandatory: the broker returns the message (then confirms it) when
   * the queue does not exist. The correlation id matches a return to its publish.
   */
  const returns = new Map<string, string | undefined>();
  let publishes = 0;
  publisher.on('basic.return', ({ correlationId, replyText }) => {
    if (correlationId !== undefined && returns.has(correlationId)) {
      returns.set(correlationId, replyText);
    }
  });

  /** What this transport declared, so that its consumers re-declare it after a reconnection. */
  const declared = new Map<string, { queue: QueueOptions; bindings: QueueBinding[] }>();
  /** Open consumers, by queue, each with `drop()`: stop at once, like a dropped channel. */
  const consumers = new Set<{ queue: string; drop(): Promise<void> }>();

  function dropConsumers(which: (queue: string) => boolean): Promise<void[]> {
    const dropping = [...consumers].filter((consumer) => which(consumer.queue));
    for (const consumer of dropping) consumers.delete(consumer);
    return Promise.all(dropping.map((consumer) => consumer.drop()));
  }

  return {
    kind: 'rabbitmq',

    async declareConsumer({ queue, routingKeys, retryDelaysMs }) {
      const bindings = routingKeys.map((routingKey) => ({ exchange, queue, routingKey }));
      const queues: QueueOptions[] = [
        { queue, durable: true, arguments: QUORUM },
        ...retryDelaysMs.map((delay) => ({
          queue: retryQueueName(queue, delay),
          durable: true,
          arguments: {
            ...QUORUM,
            'x-message-ttl': delay,
            'x-dead-letter-exchange': '',
            'x-dead-letter-routing-key': queue,
            /** Quorum queues re-publish dead letters with confirms: a retry is never lost. */
            'x-dead-letter-strategy': 'at-least-once',
            /** Required by at-least-once dead-lettering. */
            'x-overflow': 'reject-publish' as const,
          },
        })),
        { queue: deadLetterQueueName(queue), durable: true, arguments: QUORUM },
      ];
      await connection.exchangeDeclare(exchangeParams);
      for (const params of queues) await connection.queueDeclare(params);
      for (const params of bindings) await connection.queueBind(params);
      for (const params of queues) {
        declared.set(params.queue!, {
          queue: params,
          bindings: params.queue === queue ? bindings : [],
        });
      }
    },

    async publish(message, route) {
      const envelope = {
        durable: true,
        messageId: message.messageId,
        type: message.type,
        contentType: 'application/json',
        /** Also keeps rabbitmq-client from parsing the body on delivery: handlers get the bytes. */
        contentEncoding: 'utf-8',
        headers: message.headers,
      };
      if ('routingKey' in route) {
        await publisher.send({ ...envelope, exchange, routingKey: route.routingKey }, message.body);
        return;
      }
      const correlationId = String((publishes += 1));
      returns.set(correlationId, undefined);
      try {
        await publisher.send(
          { ...envelope, exchange: '', routingKey: route.queue, mandatory: true, correlationId },
          message.body,
        );
        // rabbitmq-client emits basic.return one turn (setImmediate) after reading it: maybe after
        // the confirm that follows it.
        await new Promise((resolve) => setImmediate(resolve));
        const returned = returns.get(correlationId);
        if (returned !== undefined) {
          throw new MessageRefusedError(
            `RabbitMQ returned the message for queue '${route.queue}': ${returned}`,
          );
        }
      } finally {
        returns.delete(correlationId);
      }
    },

    async consume(queue, { prefetch, concurrency }, handler) {
      const topology = declared.get(queue);
      /** Requeues each delivery in flight: dropping the consumer never waits for a handler. */
      const inFlight = new Set<() => void>();
      let dropped = false;
      const consumer = connection.createConsumer(
        {
          queue,
          queueOptions: topology?.queue ?? { queue, passive: true },
          exchanges: topology ? [exchangeParams] : undefined,
          queueBindings: topology?.bindings,
          qos: { prefetchCount: prefetch },
          concurrency,
          requeue: true,
        },
        (delivery) => {
          if (dropped) return ConsumerStatus.REQUEUE;
          return new Promise<ConsumerStatus | void>((resolve, reject) => {
            const requeue = () => resolve(ConsumerStatus.REQUEUE);
            inFlight.add(requeue);
            void handler(toTransportMessage(delivery))
              .then(() => resolve(), reject)
              .finally(() => inFlight.delete(requeue));
          });
        },
      );
      consumer.on('error', (err) => logger.warn({ err, queue }, 'RabbitMQ consumer error'));
      try {
        await once(consumer, 'ready');
      } catch (error) {
        await consumer.close();
        throw error;
      }
      consumer.on('ready', () => logger.info({ queue }, 'RabbitMQ consumer resumed'));
      const open = {
        queue,
        drop: () => {
          dropped = true;
          for (const requeue of inFlight) requeue();
          return consumer.close();
        },
      };
      consumers.add(open);
      return {
        close: async () => {
          consumers.delete(open);
          await consumer.close();
        },
      };
    },

    async listen({ queue, routingKeys, maxBacklog }, handler) {
      const consumer = connection.createConsumer(
        {
          queue,
          // Re-declared with its bindings on every (re)connection: it dies with the connection.
          queueOptions: {
            queue,
            exclusive: true,
            autoDelete: true,
            durable: false,
            arguments: {
              'x-queue-type': 'classic',
              'x-max-length': maxBacklog,
              'x-overflow': 'drop-head',
            },
          },
          exchanges: [exchangeParams],
          queueBindings: routingKeys.map((routingKey) => ({ exchange, queue, routingKey })),
          noAck: true,
        },
        (delivery) => {
          try {
            handler(toTransportMessage(delivery));
          } catch (err) {
            logger.error({ err, queue }, 'live listener failed on a message; it is dropped');
          }
        },
      );
      consumer.on('error', (err) => logger.warn({ err, queue }, 'RabbitMQ listener error'));
      try {
        await once(consumer, 'ready');
      } catch (error) {
        await consumer.close();
        throw error;
      }
      const open = { queue, drop: () => consumer.close() };
      consumers.add(open);
      return {
        close: async () => {
          consumers.delete(open);
          await consumer.close();
        },
      };
    },

    async depth(queue) {
      const { messageCount } = await connection.queueDeclare({ queue, passive: true });
      return messageCount;
    },

    /** Drops this transport's consumers of those queues first, or they would re-declare them. */
    async deleteConsumer({ queue, retryDelaysMs }) {
      const names = [
        queue,
        ...retryDelaysMs.map((delay) => retryQueueName(queue, delay)),
        deadLetterQueueName(queue),
      ];
      await dropConsumers((name) => names.includes(name));
      for (const name of names) {
        await connection.queueDelete({ queue: name });
        declared.delete(name);
      }
    },

    /** Like a dropped connection: handlers in flight are not awaited, their deliveries requeued. */
    async close() {
      const results = await Promise.allSettled([
        dropConsumers(() => true),
        publisher.close(),
        connection.close(),
      ]);
      for (const result of results) {
        if (result.status === 'rejected') {
          logger.warn({ err: result.reason as unknown }, 'RabbitMQ transport closed uncleanly');
        }
      }
    },
  };
}
