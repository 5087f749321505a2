import { MemoryQueue } from './memory-queue';
import {
  MessageRefusedError,
  type ConsumeOptions,
  type MessageHandler,
  type Route,
  type TransportMessage,
  type TransportSubscription,
} from './transport';

/** The memory adapter's subscription can also die like a crashed consumer process. */
export interface MemorySubscription extends TransportSubscription {
  /**
   * Drops the consumer at once without acking: its unacked deliveries, in flight or prefetched,
   * go back to the queue for another consumer, and the late acks of its handlers are ignored.
   */
  abort(): void;
}

/** AMQP topic matching: `*` is exactly one word, `#` zero or more. */
function topicMatches(pattern: readonly string[], words: readonly string[], p = 0, w = 0): boolean {
  if (p === pattern.length) return w === words.length;
  const word = pattern[p];
  if (word === '#') {
    return (
      topicMatches(pattern, words, p + 1, w) ||
      (w < words.length && topicMatches(pattern, words, p, w + 1))
    );
  }
  return (
    w < words.length &&
    (word === '*' || word === words[w]) &&
    topicMatches(pattern, words, p + 1, w + 1)
  );
}

class TopicExchange {
  /** Bindings without wildcards, found in O(1) per publish. */
  private readonly exact = new Map<string, Set<MemoryQueue>>();
  private readonly patterns = new Map<string, { words: string[]; queues: Set<MemoryQueue> }>();

  bind(queue: MemoryQueue, key: string): void {
    const words = key.split('.');
    if (!words.includes('*') && !words.includes('#')) {
      this.exact.set(key, (this.exact.get(key) ?? new Set()).add(queue));
      return;
    }
    const binding = this.patterns.get(key) ?? { words, queues: new Set<MemoryQueue>() };
    this.patterns.set(key, binding);
    binding.queues.add(queue);
  }

  unbind(queue: MemoryQueue): void {
    for (const [key, queues] of this.exact) {
      if (queues.delete(queue) && queues.size === 0) this.exact.delete(key);
    }
    for (const [key, { queues }] of this.patterns) {
      if (queues.delete(queue) && queues.size === 0) this.patterns.delete(key);
    }
  }

  route(key: string): Set<MemoryQueue> {
    const queues = new Set(this.exact.get(key));
    const words = key.split('.');
    for (const binding of this.patterns.values()) {
      if (topicMatches(binding.words, words)) for (const queue of binding.queues) queues.add(queue);
    }
    return queues;
  }
}

/**
 * The in-process broker, the embedded default when AMQP_URL is unset: topic exchanges, queues,
 * delay queues (a TTL that dead-letters to another queue) and DLQs in memory, with RabbitMQ's
 * delivery semantics: at-least-once, prefetch windows, requeue on nack, and unacked deliveries
 * back to their queue when their consumer or the broker goes away. Several transports (several
 * subgraphs of one process) share one broker, as they would share RabbitMQ.
 */
export class MemoryBroker {
  private up = true;
  private readonly exchanges = new Map<string, TopicExchange>();
  private readonly queues = new Map<string, MemoryQueue>();

  /** Like `rabbitmqctl stop_app`: operations reject, unacked deliveries return to their queues. */
  stop(): void {
    this.up = false;
    for (const queue of this.queues.values()) queue.suspend();
  }

  /** Like `rabbitmqctl start_app`: consumers resume by themselves, delay queues catch up. */
  start(): void {
    this.up = true;
    for (const queue of this.queues.values()) queue.wake();
  }

  get running(): boolean {
    return this.up;
  }

  has(queue: string): boolean {
    return this.queues.has(queue);
  }

  /** Idempotent; `deadLetter` makes it a delay queue whose entries move to `deadLetter.queue`. */
  declareQueue(name: string, deadLetter?: { ttlMs: number; queue: string }): void {
    this.assertRunning();
    if (!this.queues.has(name)) this.queues.set(name, new MemoryQueue(this, deadLetter));
  }

  /** Idempotent; a queue holding at most `maxLength` ready messages, the oldest dropped first. */
  declareBoundedQueue(name: string, maxLength: number): void {
    this.assertRunning();
    if (!this.queues.has(name)) this.queues.set(name, new MemoryQueue(this, undefined, maxLength));
  }

  bind(exchange: string, queue: string, routingKey: string): void {
    this.assertRunning();
    this.exchange(exchange).bind(this.existing(queue), routingKey);
  }

  /** Unroutable through the exchange is dropped (as in RabbitMQ); to a missing queue it throws. */
  publish(exchange: string, message: TransportMessage, route: Route): void {
    this.assertRunning();
    const stored = { ...message, body: Buffer.from(message.body), headers: { ...message.headers } };
    if ('queue' in route) {
      const queue = this.queues.get(route.queue);
      if (!queue) throw new MessageRefusedError(`in-process broker: no queue '${route.queue}'`);
      return queue.enqueue(stored);
    }
    for (const queue of this.exchange(exchange).route(route.routingKey)) queue.enqueue(stored);
  }

  consume(queue: string, options: ConsumeOptions, handler: MessageHandler): MemorySubscription {
    this.assertRunning();
    const consumer = this.existing(queue).consume(options, handler);
    return { close: () => consumer.close(), abort: () => consumer.abort() };
  }

  depth(queue: string): number {
    this.assertRunning();
    return this.existing(queue).depth;
  }

  deleteQueue(name: string): void {
    this.assertRunning();
    const queue = this.queues.get(name);
    if (!queue) return;
    queue.delete();
    for (const exchange of this.exchanges.values()) exchange.unbind(queue);
    this.queues.delete(name);
  }

  private exchange(name: string): TopicExchange {
    let exchange = this.exchanges.get(name);
    if (!exchange) this.exchanges.set(name, (exchange = new TopicExchange()));
    return exchange;
  }

  private existing(name: string): MemoryQueue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`in-process broker: no queue '${name}'`);
    return queue;
  }

  private assertRunning(): void {
    if (!this.up) throw new Error('in-process broker is stopped');
  }
}
