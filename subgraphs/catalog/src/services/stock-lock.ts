/**
 * Queues, within this process, the stock changes of the same SKUs, so concurrent checkouts of one
 * popular product wait their turn instead of all starting transactions that conflict on its stock
 * record and retry from scratch (quadratic work under load). It is only a traffic shaper:
 * correctness comes from the conditional updates in transactions, which still decide between
 * replicas, each with its own queue.
 */
export class StockLock {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `work` once every earlier holder of any of `keys` is done. */
  async run<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    const unique = [...new Set(keys)];
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const before = unique.map((key) => this.tails.get(key) ?? Promise.resolve());
    for (const key of unique) this.tails.set(key, mine);
    try {
      await Promise.all(before);
      return await work();
    } finally {
      release();
      for (const key of unique) {
        if (this.tails.get(key) === mine) this.tails.delete(key);
      }
    }
  }
}
