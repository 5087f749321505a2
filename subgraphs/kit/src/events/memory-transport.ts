import pino from 'pino';
import type { MemoryBroker, MemorySubscription } from './memory-broker';
import { deadLetterQueueName, retryQueueName, type Transport } from './transport';

export { MemoryBroker } from './memory-broker';
export type { MemorySubscription } from './memory-broker';

const DEFAULT_EXCHANGE = 'dabba.events';
/** A listener's handler is synchronous: the window only bounds what is handed over at once. */
const LISTEN_LIMITS = { prefetch: 256, concurrency: 256 };

/** A Transport on `broker`, publishing through the topic exchange `exchange` (dabba.events). */
export function memoryTransport(
  broker: MemoryBroker,
  options: { exchange?: string; logger?: pino.Logger } = {},
): Transport {
  const exchange = options.exchange ?? DEFAULT_EXCHANGE;
  const logger = options.logger ?? pino({ enabled: false });
  const subscriptions = new Set<MemorySubscription>();
  let closed = false;
  const assertOpen = () => {
    if (closed) throw new Error('transport is closed');
  };

  return {
    kind: 'memory',
    async declareConsumer({ queue, routingKeys, retryDelaysMs }) {
      assertOpen();
      broker.declareQueue(queue);
      for (const key of routingKeys) broker.bind(exchange, queue, key);
      for (const ttlMs of retryDelaysMs)
        broker.declareQueue(retryQueueName(queue, ttlMs), { ttlMs, queue });
      broker.declareQueue(deadLetterQueueName(queue));
    },
    async publish(message, route) {
      assertOpen();
      broker.publish(exchange, message, route);
    },
    async consume(queue, options, handler): Promise<MemorySubscription> {
      assertOpen();
      const subscription = broker.consume(queue, options, handler);
      subscriptions.add(subscription);
      return {
        close: () => {
          subscriptions.delete(subscription);
          return subscription.close();
        },
        abort: () => {
          subscriptions.delete(subscription);
          subscription.abort();
        },
      };
    },
    async listen({ queue, routingKeys, maxBacklog }, handler): Promise<MemorySubscription> {
      assertOpen();
      broker.declareBoundedQueue(queue, maxBacklog);
      for (const key of routingKeys) broker.bind(exchange, queue, key);
      const consumer = broker.consume(queue, LISTEN_LIMITS, async (message) => {
        try {
          handler(message);
        } catch (err) {
          logger.error({ err, queue }, 'live listener failed on a message; it is dropped');
        }
      });
      const stop = () => {
        subscriptions.delete(subscription);
        consumer.abort();
        if (broker.running) broker.deleteQueue(queue);
      };
      const subscription: MemorySubscription = { close: async () => stop(), abort: stop };
      subscriptions.add(subscription);
      return subscription;
    },
    async depth(queue) {
      assertOpen();
      return broker.depth(queue);
    },
    async deleteConsumer({ queue, retryDelaysMs }) {
      assertOpen();
      broker.deleteQueue(queue);
      for (const delay of retryDelaysMs) broker.deleteQueue(retryQueueName(queue, delay));
      broker.deleteQueue(deadLetterQueueName(queue));
    },
    /** Like a dropped connection: consumers stop at once, their unacked deliveries are requeued. */
    async close() {
      closed = true;
      for (const subscription of subscriptions) subscription.abort();
      subscriptions.clear();
    },
  };
}
