import {
  deadLetterQueueName,
  retryQueueName,
  type ConsumeOptions,
  type MessageHandler,
  type Route,
  type Transport,
  type TransportMessage,
  type TransportSubscription,
} from './transport';

const DEFAULT_EXCHANGE = 'dabba.events';

/** The memory adapter's subscription can also die like a crashed consumer process. */
export interface MemorySubscription extends TransportSubscription {
  /**
   * Drops the consumer at once without acking: its unacked deliveries, in flight or prefetched,
   * go back to the queue for another consumer, and the late acks of its handlers are ignored.
   */
  abort(): void;
}

/** A FIFO that also takes messages back at its head (requeue), both in amortized O(1). */
class Deque<T> {
  /** Requeued items, the head last. */
  private front: T[] = [];
  private back: T[] = [];
  private head = 0;

  get size(): number {
    return this.front.length + this.back.length - this.head;
  }

  push(item: T): void {
    this.back.push(item);
  }

  unshift(item: T): void {
    this.front.push(item);
  }

  peek(): T | undefined {
    return this.front.length > 0 ? this.front[this.front.length - 1] : this.back[this.head];
  }

  shift(): T | undefined {
    if (this.front.length > 0) return this.front.pop();
    const item = this.back[this.head];
    if (item === undefined) return undefined;
    this.head += 1;
    if (this.head === this.back.length) {
      this.back = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.back.length) {
      this.back = this.back.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear(): void {
    this.front = [];
    this.back = [];
    this.head = 0;
  }
}

interface Entry {
  message: TransportMessage;
  /** Set in a queue with a message TTL (a retry queue). */
  expiresAt?: number;
}

interface Delivery {
  entry: Entry;
  /** Acked, nacked or taken back: a later outcome of its handler is ignored. */
  settled: boolean;
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

class MemoryConsumer {
  /** Delivered, waiting for a free handler slot. */
  private readonly buffer = new Deque<Delivery>();
  /** Delivered and not settled, in delivery order: what prefetch counts. */
  private readonly unacked = new Set<Delivery>();
  private running = 0;
  private closing = false;
  /** Its handlers in flight are disowned: close() no longer waits for them. */
  private aborted = false;
  private readonly idle: (() => void)[] = [];

  constructor(
    private readonly queue: MemoryQueue,
    private readonly options: ConsumeOptions,
    private readonly handler: MessageHandler,
  ) {}

  get hasCapacity(): boolean {
    return !this.closing && this.unacked.size < this.options.prefetch;
  }

  deliver(entry: Entry): void {
    const delivery = { entry, settled: false };
    this.unacked.add(delivery);
    this.buffer.push(delivery);
    this.run();
  }

  /** Like a closed channel: every unacked delivery goes back to the queue. */
  takeBack(): void {
    this.giveBack([...this.unacked]);
    this.buffer.clear();
  }

  /** Stops taking deliveries, gives back the ones not started, waits for those in flight. */
  async close(): Promise<void> {
    this.closing = true;
    this.queue.detach(this);
    const waiting: Delivery[] = [];
    for (let delivery = this.buffer.shift(); delivery; delivery = this.buffer.shift()) {
      waiting.push(delivery);
    }
    this.giveBack(waiting);
    if (this.running > 0 && !this.aborted) {
      await new Promise<void>((resolve) => this.idle.push(resolve));
    }
  }

  abort(): void {
    this.closing = true;
    this.aborted = true;
    this.queue.detach(this);
    this.takeBack();
    for (const resolve of this.idle.splice(0)) resolve();
  }

  /** Back to the head of the queue, in delivery order. */
  private giveBack(deliveries: Delivery[]): void {
    for (const delivery of deliveries.reverse()) {
      this.unacked.delete(delivery);
      delivery.settled = true;
      this.queue.requeue(delivery.entry);
    }
  }

  private run(): void {
    while (this.running < this.options.concurrency) {
      const delivery = this.buffer.shift();
      if (!delivery) return;
      this.running += 1;
      void this.handle(delivery);
    }
  }

  private async handle(delivery: Delivery): Promise<void> {
    const { message } = delivery.entry;
    let acked: boolean;
    try {
      await this.handler({ ...message, headers: { ...message.headers } });
      acked = true;
    } catch {
      acked = false;
    }
    this.running -= 1;
    if (!delivery.settled) {
      delivery.settled = true;
      this.unacked.delete(delivery);
      if (acked) this.queue.wake();
      else this.queue.requeue(delivery.entry);
    }
    this.run();
    if (this.running === 0) for (const resolve of this.idle.splice(0)) resolve();
  }
}

class MemoryQueue {
  private readonly ready = new Deque<Entry>();
  private consumers: MemoryConsumer[] = [];
  private nextConsumer = 0;
  private pumpScheduled = false;
  private expiryTimer: NodeJS.Timeout | undefined;
  private deleted = false;

  constructor(
    private readonly broker: MemoryBroker,
    readonly deadLetter?: { ttlMs: number; queue: string },
  ) {}

  get depth(): number {
    return this.ready.size;
  }

  enqueue(message: TransportMessage): void {
    const ttlMs = this.deadLetter?.ttlMs;
    this.ready.push(ttlMs === undefined ? { message } : { message, expiresAt: Date.now() + ttlMs });
    this.wake();
  }

  requeue(entry: Entry): void {
    this.ready.unshift(entry);
    this.wake();
  }

  consume(options: ConsumeOptions, handler: MessageHandler): MemoryConsumer {
    const consumer = new MemoryConsumer(this, options, handler);
    this.consumers.push(consumer);
    this.wake();
    return consumer;
  }

  detach(consumer: MemoryConsumer): void {
    this.consumers = this.consumers.filter((other) => other !== consumer);
  }

  /** Dispatch and expiry run on a later turn: a handler never runs inside publish. */
  wake(): void {
    if (this.deleted || !this.broker.running) return;
    this.armExpiry();
    if (this.pumpScheduled || this.ready.size === 0 || this.consumers.length === 0) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  /** The broker went down: its connections drop, so unacked deliveries return to the queue. */
  suspend(): void {
    clearTimeout(this.expiryTimer);
    this.expiryTimer = undefined;
    for (const consumer of this.consumers) consumer.takeBack();
  }

  /** Its consumers are dropped; what they had unacked is gone with the queue. */
  delete(): void {
    this.deleted = true;
    clearTimeout(this.expiryTimer);
    for (const consumer of this.consumers) consumer.abort();
  }

  private pump(): void {
    if (!this.broker.running) return;
    this.expire();
    while (this.ready.size > 0) {
      const consumer = this.nextWithCapacity();
      if (!consumer) return;
      consumer.deliver(this.ready.shift()!);
    }
  }

  /** Round robin over the consumers with room in their prefetch window. */
  private nextWithCapacity(): MemoryConsumer | undefined {
    for (let tried = 0; tried < this.consumers.length; tried += 1) {
      const consumer = this.consumers[this.nextConsumer % this.consumers.length]!;
      this.nextConsumer = (this.nextConsumer + 1) % this.consumers.length;
      if (consumer.hasCapacity) return consumer;
    }
    return undefined;
  }

  /** One queue TTL means entries expire in queue order: one timer, for the head. */
  private armExpiry(): void {
    const expiresAt = this.ready.peek()?.expiresAt;
    if (this.expiryTimer || expiresAt === undefined) return;
    this.expiryTimer = setTimeout(
      () => {
        this.expiryTimer = undefined;
        this.expire();
        this.armExpiry();
      },
      Math.max(expiresAt - Date.now(), 0),
    );
    this.expiryTimer.unref();
  }

  /**
   * Dead-letters expired entries through the default exchange, as RabbitMQ does with
   * x-dead-letter-exchange "". A target deleted before its delay queue loses them.
   */
  private expire(): void {
    const target = this.deadLetter?.queue;
    if (target === undefined) return;
    const now = Date.now();
    let head = this.ready.peek();
    while (head?.expiresAt !== undefined && head.expiresAt <= now) {
      this.ready.shift();
      if (this.broker.has(target)) this.broker.publish('', head.message, { queue: target });
      head = this.ready.peek();
    }
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

  /** Like `rabbitmqctl stop_app`: operations reject and unacked deliveries return to their queues. */
  stop(): void {
    this.up = false;
    for (const queue of this.queues.values()) queue.suspend();
  }

  /** Like `rabbitmqctl start_app`: consumers resume on their own, delay queues expire what is due. */
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

  bind(exchange: string, queue: string, routingKey: string): void {
    this.assertRunning();
    this.exchange(exchange).bind(this.existing(queue), routingKey);
  }

  /** Unroutable through the exchange is dropped (as in RabbitMQ); to a missing queue it throws. */
  publish(exchange: string, message: TransportMessage, route: Route): void {
    this.assertRunning();
    const stored = { ...message, body: Buffer.from(message.body), headers: { ...message.headers } };
    if ('queue' in route) return this.existing(route.queue).enqueue(stored);
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

/** A Transport on `broker`, publishing through the topic exchange `exchange` (dabba.events). */
export function memoryTransport(
  broker: MemoryBroker,
  options: { exchange?: string } = {},
): Transport {
  const exchange = options.exchange ?? DEFAULT_EXCHANGE;
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
    /** Like a dropped connection: consumers stop at once and their unacked deliveries are requeued. */
    async close() {
      closed = true;
      for (const subscription of subscriptions) subscription.abort();
      subscriptions.clear();
    },
  };
}
