/**
 * The broker port under the event bus. Two adapters implement it with the same semantics:
 * RabbitMQ (rabbitmq-client) and an in-process broker (the embedded default when AMQP_URL is
 * unset). Everything above it (envelope validation, retries, dead-lettering, inbox, outbox) is
 * written once against this interface.
 *
 * Topology for a consumer queue `q` (named `<subgraph>.<handler>`):
 * - `q`: a durable quorum queue bound to the topic exchange with one routing key per event type;
 * - `q.retry.<ms>`: one delay queue per backoff delay; a message sent there waits `<ms>` and is
 *   then dead-lettered back to `q` (RabbitMQ: x-message-ttl + x-dead-letter-exchange "" +
 *   x-dead-letter-routing-key q, at-least-once dead-lettering);
 * - `q.dlq`: the dead-letter queue, where a message stays until tooling takes it.
 */

/** Header names every adapter carries unchanged. */
export const HEADERS = {
  /** 1-based delivery attempt of the consumer runtime (not the broker's redelivery count). */
  attempt: 'x-dabba-attempt',
  /** Why a message was dead-lettered. */
  deadLetterReason: 'x-dabba-dead-letter-reason',
  /** The consumer queue a dead letter came from. */
  deadLetterQueue: 'x-dabba-dead-letter-queue',
  /** W3C traceparent of the publisher. */
  traceparent: 'traceparent',
} as const;

export type HeaderValue = string | number;

export interface TransportMessage {
  /** The serialized event envelope (JSON). Opaque to the transport. */
  body: Buffer;
  /** The event id; RabbitMQ's message-id property. */
  messageId: string;
  /** The event type; RabbitMQ's type property. */
  type: string;
  headers: Record<string, HeaderValue>;
}

export type Route =
  /** Through the topic exchange: every queue bound to this routing key gets a copy. */
  | { routingKey: string }
  /** Straight to one queue (retry, dead letter, redelivery): nobody else gets a copy. */
  | { queue: string };

export interface ConsumerTopology {
  /** The consumer's queue, e.g. `users.on_order_placed`. */
  queue: string;
  /** Routing keys (event types) bound to the queue. */
  routingKeys: readonly string[];
  /** Delays of the retry queues to declare, in milliseconds. */
  retryDelaysMs: readonly number[];
}

export interface ConsumeOptions {
  /** Unacknowledged messages the broker hands this consumer at once. */
  prefetch: number;
  /** Handlers running at once (≤ prefetch). */
  concurrency: number;
}

/**
 * Called once per delivery. Resolving acks the message; throwing nacks it back onto the queue
 * (a transient failure, e.g. the retry publish failed). Redelivery after a crash is the
 * broker's: a message delivered to a consumer that goes away unacked is delivered again.
 */
export type MessageHandler = (message: TransportMessage) => Promise<void>;

export interface TransportSubscription {
  /** Stops taking deliveries, waits for the handlers in flight (they ack), then cancels. */
  close(): Promise<void>;
}

/**
 * The broker is up but will not take this message: its route names a queue that does not exist.
 * Retrying soon will not help; the outbox relay counts these refusals and parks the entry.
 */
export class MessageRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MessageRefusedError';
  }
}

export interface Transport {
  /** `rabbitmq` or `memory`, for logs and metrics. */
  readonly kind: 'rabbitmq' | 'memory';
  /** Declares the exchange, the consumer queue with its bindings, its retry queues and its DLQ. Idempotent. */
  declareConsumer(topology: ConsumerTopology): Promise<void>;
  /**
   * Publishes one message as persistent and resolves once the broker has confirmed it (RabbitMQ
   * publisher confirms). Rejects when it was not confirmed (broker down, nacked, unroutable to a
   * named queue: MessageRefusedError): the caller keeps the message and retries.
   */
  publish(message: TransportMessage, route: Route): Promise<void>;
  /** Starts consuming `queue` (declared before) with a prefetch and concurrency limit. */
  consume(
    queue: string,
    options: ConsumeOptions,
    handler: MessageHandler,
  ): Promise<TransportSubscription>;
  /** Messages ready in `queue` (not counting unacknowledged ones). */
  depth(queue: string): Promise<number>;
  /** Deletes the consumer's queue, its retry queues and its DLQ (tests and tooling only). */
  deleteConsumer(topology: ConsumerTopology): Promise<void>;
  /**
   * Fan-out for live updates (the gateway's subscriptions): every message published through the
   * exchange under one of `routingKeys` is handed to `handler`, on a queue of this listener's own
   * named `queue`, which exists only while it listens (RabbitMQ: exclusive, auto-delete, classic,
   * at most `maxBacklog` messages, oldest dropped first). Nothing is kept for a listener that is
   * gone, deliveries are acknowledged as they arrive and never retried: each process that
   * listens gets every message once while it is connected.
   */
  listen(
    options: { queue: string; routingKeys: readonly string[]; maxBacklog: number },
    handler: (message: TransportMessage) => void,
  ): Promise<TransportSubscription>;
  /** Closes consumers and connections; unacked deliveries go back to their queues. */
  close(): Promise<void>;
}

export function retryQueueName(queue: string, delayMs: number): string {
  return `${queue}.retry.${delayMs}`;
}

export function deadLetterQueueName(queue: string): string {
  return `${queue}.dlq`;
}
