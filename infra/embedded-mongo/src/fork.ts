import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface ForkedEmbeddedMongo {
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * The server (`cli.ts`) in a child process on an ephemeral port, memory only, as benchmarks use
 * it: off the caller's event loop, as it is off the subgraphs' in `pnpm start`. The child
 * inherits the caller's loader flags (tsx) and stops when the caller goes away.
 */
export async function forkEmbeddedMongo(): Promise<ForkedEmbeddedMongo> {
  const child = fork(join(__dirname, 'cli.ts'), ['--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const [url] = (await Promise.race([
    once(lines, 'line'),
    exited.then(() => {
      throw new Error('the embedded-mongo child process exited before listening');
    }),
  ])) as [string];
  lines.close();
  return {
    url,
    pid: child.pid,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
