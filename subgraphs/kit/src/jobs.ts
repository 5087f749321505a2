import type { Logger } from './logger';

export interface PeriodicJob {
  /** For the logs. */
  name: string;
  intervalMs: number;
  /** One run; resolves with how many things it handled (logged when above zero). */
  run(): Promise<number>;
}

/**
 * Runs each job every `intervalMs` on this replica, a run never overlapping the previous one; a
 * failed run is logged and the next one comes on time. Replicas run the same jobs side by side,
 * so each job must make its own work safe to race (conditional updates). Returns a function that
 * stops them all.
 */
export function startPeriodicJobs(jobs: readonly PeriodicJob[], logger: Logger): () => void {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const schedule = (job: PeriodicJob) => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      job
        .run()
        .then((count) => {
          if (count > 0) logger.info({ job: job.name, count }, 'job done');
        })
        .catch((error: unknown) => logger.error({ err: error, job: job.name }, 'job failed'))
        .finally(() => schedule(job));
    }, job.intervalMs);
    timer.unref();
    timers.add(timer);
  };
  for (const job of jobs) schedule(job);
  return () => {
    stopped = true;
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };
}
