import { readFileSync, readdirSync } from 'node:fs';

/** Linux's USER_HZ: /proc reports CPU time in these ticks. */
const TICKS_PER_SECOND = 100;
/** Shared engines by their command name in /proc; not children of the bench. */
const ENGINES: Record<string, string> = { 'beam.smp': 'RabbitMQ', 'redis-server': 'Redis' };

/**
 * CPU seconds used so far by the machine's RabbitMQ and Redis, when running. They serve
 * whoever else uses them too, so their share per order is an upper bound.
 */
export function brokerCpuSeconds(): Map<string, number> {
  const seconds = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const name = ENGINES[stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))];
    if (!name) continue;
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    seconds.set(name, (seconds.get(name) ?? 0) + ticks / TICKS_PER_SECOND);
  }
  return seconds;
}
