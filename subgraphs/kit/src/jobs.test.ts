import { startPeriodicJobs } from './jobs';
import type { Logger } from './logger';

function recordingLogger() {
  const lines: { level: string; fields: Record<string, unknown> }[] = [];
  const log = (level: string) => (fields: Record<string, unknown>) => lines.push({ level, fields });
  return { lines, logger: { info: log('info'), error: log('error') } as unknown as Logger };
}

describe('periodic jobs', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs each job every interval, never two runs of one job at once, and logs what it did', async () => {
    const { lines, logger } = recordingLogger();
    let running = 0;
    let overlapped = false;
    let runs = 0;
    let finish: (() => void) | undefined;
    const stop = startPeriodicJobs(
      [
        {
          name: 'slow',
          intervalMs: 100,
          run: () => {
            runs += 1;
            running += 1;
            overlapped ||= running > 1;
            return new Promise<number>((resolve) => {
              finish = () => {
                running -= 1;
                resolve(2);
              };
            });
          },
        },
      ],
      logger,
    );
    await jest.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(1);
    finish!();
    await jest.advanceTimersByTimeAsync(100);
    expect(runs).toBe(2);
    expect(overlapped).toBe(false);
    expect(lines).toEqual([{ level: 'info', fields: { job: 'slow', count: 2 } }]);
    stop();
  });

  it('goes on after a failed run, and stops for good', async () => {
    const { lines, logger } = recordingLogger();
    let runs = 0;
    const stop = startPeriodicJobs(
      [
        {
          name: 'flaky',
          intervalMs: 50,
          run: () => {
            runs += 1;
            return runs === 1 ? Promise.reject(new Error('boom')) : Promise.resolve(0);
          },
        },
      ],
      logger,
    );
    await jest.advanceTimersByTimeAsync(120);
    expect(runs).toBe(2);
    expect(lines.map((line) => line.level)).toEqual(['error']);
    stop();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(2);
  });
});
