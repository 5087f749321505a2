/**
 * Preloaded with `NODE_OPTIONS=--import <this file>` (Node 20 refuses `--cpu-prof` there): samples
 * the process's CPU from startup and writes `{ startedAt, profile }` to BENCH_CPU_PROFILE when it
 * exits: the V8 profile, and the wall-clock time (ms) its first sample counts from, so a reader
 * can keep the samples of a time window. The in-process inspector session answers synchronously,
 * so this works in an `exit` handler.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import process from 'node:process';

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.start');
const startedAt = Date.now();
process.once('exit', () => {
  session.post('Profiler.stop', (error, result) => {
    if (!error)
      writeFileSync(
        process.env.BENCH_CPU_PROFILE,
        JSON.stringify({ startedAt, profile: result.profile }),
      );
  });
});
