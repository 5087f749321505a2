import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, envPrefix, existingSubgraphs } from '@dabba/schema';
import { FEDERATED_STORES_QUERY, FEDERATED_STORES_RESULT } from './support/expected';
import { postGraphQL } from './support/http';
import { freePorts } from './support/ports';

const STARTUP_TIMEOUT_MS = 150_000;
const SHUTDOWN_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = STARTUP_TIMEOUT_MS + SHUTDOWN_TIMEOUT_MS + 10_000;

interface StartProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr interleaved. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function runStart(env: NodeJS.ProcessEnv): StartProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => chunks.join(''), exited };
}

/** Resolves with the first capture of `pattern` in the output; rejects if start exits first. */
async function waitForOutput(start: StartProcess, pattern: RegExp, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void start.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    const match = pattern.exec(start.output());
    if (match?.[1]) return match[1];
    if (exited) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`start did not print ${pattern}. Output:\n${start.output()}`);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Every start process of this file, killed after the tests if one is left running. */
const running: StartProcess[] = [];

/** Runs `pnpm start` on free ports with no MongoDB URL or secret given; resolves once it is up. */
async function startOnFreePorts(dataDir: string): Promise<{ start: StartProcess; url: string }> {
  const subgraphs = existingSubgraphs();
  const [gatewayPort, ...subgraphPorts] = await freePorts(subgraphs.length + 1);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DABBA_DATA_DIR: dataDir,
    GATEWAY_PORT: String(gatewayPort),
    ...Object.fromEntries(
      subgraphs.map((subgraph, i) => [
        `${envPrefix(subgraph.name)}_PORT`,
        String(subgraphPorts[i]),
      ]),
    ),
  };
  delete env['MONGODB_URL'];
  delete env['AMQP_URL'];
  delete env['IDENTITY_SECRET'];
  const start = runStart(env);
  running.push(start);
  const url = await waitForOutput(start, /GraphQL endpoint: (http:\/\/\S+)/, STARTUP_TIMEOUT_MS);
  expect(url).toBe(`http://localhost:${gatewayPort}/graphql`);
  return { start, url };
}

describe('pnpm start', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dabba-start-'));

  afterAll(async () => {
    for (const start of running) {
      if (start.child.exitCode === null && start.child.signalCode === null) {
        start.child.kill('SIGKILL');
        await start.exited;
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'starts every service, answers a federated query and stops cleanly on SIGTERM',
    async () => {
      const { start, url } = await startOnFreePorts(dataDir);

      const response = await postGraphQL(url, FEDERATED_STORES_QUERY);
      expect(response).toEqual({ status: 200, body: FEDERATED_STORES_RESULT });
      const mongoUrl = /embedded MongoDB at (mongodb:\/\/[^\s,]+)/.exec(start.output())?.[1];
      const events = (...args: string[]) =>
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/events.ts', ...args], {
          cwd: REPO_ROOT,
          env: { ...process.env, MONGODB_URL: mongoUrl },
        }).toString();
      // The demo users' registration events went through the relay and the in-process broker.
      expect(events('backlog', 'users')).toBe('0 event(s) waiting in the users outbox\n');
      expect(events('dead-letters', 'users')).toBe('no dead letters\n');

      start.child.kill('SIGTERM');
      const exit = await withTimeout(start.exited, SHUTDOWN_TIMEOUT_MS, 'shutdown');
      expect({ exit, output: start.output() }).toEqual({
        exit: { code: 0, signal: null },
        output: expect.not.stringMatching(/exited unexpectedly|did not stop cleanly/),
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'restarts on the same data and stops everything, failing, when a service dies',
    async () => {
      const { start, url } = await startOnFreePorts(dataDir);
      expect(await postGraphQL(url, FEDERATED_STORES_QUERY)).toEqual({
        status: 200,
        body: FEDERATED_STORES_RESULT,
      });
      const [platformPid] = execFileSync('pgrep', [
        '-P',
        String(start.child.pid),
        '-f',
        'scripts/subgraphs.ts',
      ])
        .toString()
        .split('\n');

      process.kill(Number(platformPid), 'SIGKILL');

      const exit = await withTimeout(start.exited, SHUTDOWN_TIMEOUT_MS, 'shutdown');
      expect(exit).toEqual({ code: 1, signal: null });
      expect(start.output()).toContain('start: platform exited unexpectedly (signal SIGKILL)');
    },
    TEST_TIMEOUT_MS,
  );
});
