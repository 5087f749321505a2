/**
 * Concurrent calls with the same key share one run of their work, the first caller's, until it
 * settles: what the gateway uses to send identical subgraph queries only once while one is in
 * flight. Nothing is kept after a run settles, so a later call always runs anew.
 */
export class InFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  /** The result of `work`, or of the run with the same key already in flight. */
  run(key: string, work: () => Promise<T>): Promise<T> {
    const current = this.running.get(key);
    if (current) return current;
    const started = work().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }

  /** How many runs are in flight. */
  get size(): number {
    return this.running.size;
  }
}
