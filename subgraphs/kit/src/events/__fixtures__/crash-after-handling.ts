import type { Transport, TransportSubscription } from '../transport';

/**
 * A transport whose consumer of `queue` dies right after its first handler succeeds, before the
 * ack reaches the broker: the effect is committed, the delivery is not acknowledged.
 */
export function crashAfterHandling(
  inner: Transport,
  queue: string,
  crash: (subscription: TransportSubscription) => void,
): Transport {
  return {
    kind: inner.kind,
    declareConsumer: (topology) => inner.declareConsumer(topology),
    publish: (message, route) => inner.publish(message, route),
    depth: (name) => inner.depth(name),
    deleteConsumer: (topology) => inner.deleteConsumer(topology),
    listen: (options, handler) => inner.listen(options, handler),
    close: () => inner.close(),
    async consume(name, options, handler) {
      if (name !== queue) return inner.consume(name, options, handler);
      const subscription: TransportSubscription = await inner.consume(
        name,
        options,
        async (message) => {
          await handler(message);
          crash(subscription);
        },
      );
      return subscription;
    },
  };
}
