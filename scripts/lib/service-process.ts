import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ServiceProcessOptions {
  /** Log prefix and the name used in messages. */
  name: string;
  /** TypeScript entry point, run with tsx's loader. */
  entry: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Padding of the log prefix so the columns of every service line up. */
  prefixWidth: number;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

function prefixLines(stream: Readable, prefix: string, out: Writable): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    out.write(`${prefix}${line}\n`);
  });
}

/** One service running as its own Node process, its output prefixed with its name. */
export class ServiceProcess {
  readonly name: string;
  readonly exited: Promise<ExitStatus>;
  private readonly child: ChildProcess;
  private exitStatus: ExitStatus | null = null;

  constructor(options: ServiceProcessOptions) {
    this.name = options.name;
    // `node --import tsx` keeps the service a single process, so signals reach it directly.
    this.child = spawn(process.execPath, ['--import', 'tsx', options.entry], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = `${options.name.padEnd(options.prefixWidth)} | `;
    prefixLines(this.child.stdout!, prefix, process.stdout);
    prefixLines(this.child.stderr!, prefix, process.stderr);
    this.exited = new Promise((resolve) => {
      this.child.once('error', () => resolve({ code: null, signal: null }));
      this.child.once('exit', (code, signal) => {
        this.exitStatus = { code, signal };
        resolve(this.exitStatus);
      });
    });
  }

  get running(): boolean {
    return this.exitStatus === null;
  }

  /** Polls the service's /ready until it answers 200; fails if it exits or the deadline passes. */
  async waitUntilReady(readyUrl: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.running) {
      try {
        const response = await fetch(readyUrl, { signal: AbortSignal.timeout(1_000) });
        if (response.ok) return;
      } catch {
        // Not listening yet: keep polling until the deadline.
      }
      if (Date.now() > deadline) {
        throw new Error(`${this.name} was not ready at ${readyUrl} within ${timeoutMs} ms`);
      }
      await sleep(200);
    }
    throw new Error(`${this.name} exited before it was ready`);
  }

  /** SIGTERM, then SIGKILL after the grace period; resolves true when it stopped cleanly. */
  async stop(graceMs: number): Promise<boolean> {
    if (!this.running) return this.exitStatus?.code === 0;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const status = await this.exited;
    clearTimeout(timer);
    return status.code === 0;
  }
}

export function describeExit(status: ExitStatus): string {
  return status.signal ? `signal ${status.signal}` : `code ${status.code}`;
}
