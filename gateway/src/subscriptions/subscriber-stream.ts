import type { Channel } from './channel';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * What one subscriber reads from its channel: with `throttleMs`, at most one payload per interval,
 * the newest of those that arrived meanwhile; `admit` runs before each payload and ends the stream
 * by throwing (e.g. the subscriber's credential was revoked). Stopping it (`return`) ends the
 * channel at once, even while it waits for the next payload.
 */
export function subscriberStream<T>(
  channel: Channel<T>,
  options: { throttleMs?: number; admit(): Promise<void>; refused(error: unknown): void },
): AsyncIterableIterator<T> {
  let lastDelivery = -Infinity;
  const done = (): IteratorResult<T> => ({ value: undefined, done: true });
  return {
    async next() {
      const next = await channel.next();
      if (next.done) return next;
      let value = next.value;
      if (options.throttleMs !== undefined) {
        const wait = lastDelivery + options.throttleMs - Date.now();
        if (wait > 0) {
          await sleep(wait);
          if (channel.ended) return done();
          value = channel.takeNewest() ?? value;
        }
        lastDelivery = Date.now();
      }
      try {
        await options.admit();
      } catch (error) {
        await channel.return();
        options.refused(error);
        return done();
      }
      return { value, done: false };
    },
    return: () => channel.return(),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
