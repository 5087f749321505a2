import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Runs the fixture's main.ts as its own process, as `pnpm start` does. */
export function runEchoMain(extraEnv: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'echo-main.ts')], {
    env: { PATH: process.env.PATH, ...extraEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: Record<string, unknown>[] = [];
  const waiters: {
    test: (line: Record<string, unknown>) => boolean;
    resolve: (line: Record<string, unknown>) => void;
  }[] = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    const line = JSON.parse(text) as Record<string, unknown>;
    lines.push(line);
    for (const waiter of waiters.filter((w) => w.test(line))) waiter.resolve(line);
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const logged = (msg: string) =>
    new Promise<Record<string, unknown>>((resolve) =>
      waiters.push({ test: (line) => line.msg === msg, resolve }),
    );
  return { child, lines, exited, logged };
}
