import { readFileSync, readdirSync } from 'node:fs';

/** Linux's USER_HZ: /proc reports CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * CPU seconds (user + system) used so far by this process ('load generator') and by each of its
 * child processes, named by `variable` in their environment, else by the value of the first of
 * `entries`' keys their command line contains. Reads /proc, so it is empty on other systems.
 */
export function cpuSecondsByProcess(
  variable: string,
  entries: Record<string, string>,
): Map<string, number> {
  const own = process.cpuUsage();
  const seconds = new Map([['load generator', (own.user + own.system) / 1e6]]);
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return seconds;
  }
  for (const pid of pids) {
    const stat = read(`/proc/${pid}/stat`);
    // The command name (2nd field) is in parentheses and may hold spaces: split after it.
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (!fields || Number(fields[1]) !== process.pid) continue;
    const named = (read(`/proc/${pid}/environ`) ?? '')
      .split('\0')
      .find((entry) => entry.startsWith(`${variable}=`));
    const commandLine = read(`/proc/${pid}/cmdline`) ?? '';
    const name =
      named?.slice(variable.length + 1) ??
      Object.entries(entries).find(([entry]) => commandLine.includes(entry))?.[1];
    if (!name) continue;
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
    const ticks = Number(fields[11]) + Number(fields[12]);
    seconds.set(name, (seconds.get(name) ?? 0) + ticks / TICKS_PER_SECOND);
  }
  return seconds;
}
