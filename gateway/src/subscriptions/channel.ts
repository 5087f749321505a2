/**
 * One subscriber's stream of payloads: an async iterator fed by pushes. A subscriber that reads
 * slower than payloads arrive keeps the newest `capacity` of them: each is a full state of the
 * entity, so dropping an older one loses no information the newer one lacks.
 */
export class Channel<T> implements AsyncIterableIterator<T> {
  private readonly buffered: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private done = false;

  constructor(
    private readonly capacity: number,
    /** Called once when the stream ends, from either side. */
    private readonly onEnd: () => void,
  ) {}

  push(value: T): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value, done: false });
      return;
    }
    if (this.buffered.length >= this.capacity) this.buffered.shift();
    this.buffered.push(value);
  }

  /** Ends the stream after what is buffered has been read. */
  end(): void {
    if (this.done) return;
    this.done = true;
    this.onEnd();
    if (this.waiting && this.buffered.length === 0) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffered.length > 0) {
      return Promise.resolve({ value: this.buffered.shift()!, done: false });
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** Takes the newest buffered value, dropping older ones; undefined when none is buffered. */
  takeNewest(): T | undefined {
    const newest = this.buffered.at(-1);
    this.buffered.length = 0;
    return newest;
  }

  get ended(): boolean {
    return this.done;
  }

  /** The consumer stopped reading (the client completed, or the socket closed). */
  return(): Promise<IteratorResult<T>> {
    this.buffered.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
