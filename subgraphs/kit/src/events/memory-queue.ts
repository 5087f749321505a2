import type { MemoryBroker } from './memory-broker';
import type { ConsumeOptions, MessageHandler, TransportMessage } from './transport';

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

export class MemoryQueue {
  private readonly ready = new Deque<Entry>();
  private consumers: MemoryConsumer[] = [];
  private nextConsumer = 0;
  private pumpScheduled = false;
  private expiryTimer: NodeJS.Timeout | undefined;
  private deleted = false;

  constructor(
    private readonly broker: MemoryBroker,
    readonly deadLetter?: { ttlMs: number; queue: string },
    /** At most this many ready entries; the oldest is dropped for a new one (drop-head). */
    private readonly maxLength = Infinity,
  ) {}

  get depth(): number {
    return this.ready.size;
  }

  enqueue(message: TransportMessage): void {
    const ttlMs = this.deadLetter?.ttlMs;
    if (this.ready.size >= this.maxLength) this.ready.shift();
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
