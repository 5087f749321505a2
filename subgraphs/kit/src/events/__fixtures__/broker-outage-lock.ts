import { closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

const LOCK_TARGET = join(tmpdir(), 'dabba-rabbitmq-outage');

/**
 * Jest runs test files in parallel, and a suite that stops RabbitMQ (`rabbitmqctl stop_app`)
 * would break another one using it: every suite that stops the broker holds this lock
 * for its whole run. Returns the release function.
 */
export async function acquireBrokerOutageLock(): Promise<() => Promise<void>> {
  closeSync(openSync(LOCK_TARGET, 'a'));
  return lockfile.lock(LOCK_TARGET, {
    stale: 30_000,
    update: 5_000,
    retries: { retries: 600, minTimeout: 250, maxTimeout: 1_000 },
  });
}
