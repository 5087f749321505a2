/** Closed-loop load generation: `concurrency` workers each issue the next operation as soon as the last one answers. */

export interface RunResult {
  opsPerSecond: number;
  /** Per-operation latency in milliseconds. */
  latencies: number[];
}

export interface Summary {
  medianOpsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  runs: number[];
}

export async function runFor(
  durationMs: number,
  concurrency: number,
  operation: () => Promise<unknown>,
): Promise<RunResult> {
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(durationMs) * 1_000_000n;

  async function worker(): Promise<void> {
    while (process.hrtime.bigint() < deadline) {
      const begin = process.hrtime.bigint();
      await operation();
      latencies.push(Number(process.hrtime.bigint() - begin) / 1e6);
    }
  }

  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { opsPerSecond: latencies.length / elapsedSeconds, latencies };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, rank)] ?? Number.NaN;
}

function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** Median throughput over the runs; latency percentiles over every sample of every run. */
export function summarise(results: RunResult[]): Summary {
  const all = results.flatMap((result) => result.latencies).sort((a, b) => a - b);
  return {
    medianOpsPerSecond: median(results.map((result) => result.opsPerSecond)),
    p50Ms: percentile(all, 50),
    p99Ms: percentile(all, 99),
    runs: results.map((result) => result.opsPerSecond),
  };
}
