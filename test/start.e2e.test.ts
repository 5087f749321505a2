import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, envPrefix, existingSubgraphs } from '@dabba/schema';
import { FEDERATED_STORES_QUERY, FEDERATED_STORES_RESULT } from './support/expected';
import { postGraphQL } from './support/http';
import { freePorts } from './support/ports';

const STARTUP_TIMEOUT_MS = 150_000;
const SHUTDOWN_TIMEOUT_MS = 30_000;

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

describe('pnpm start', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dabba-start-'));
  let start: StartProcess | undefined;

  afterAll(async () => {
    if (start && start.child.exitCode === null && start.child.signalCode === null) {
      start.child.kill('SIGKILL');
      await start.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'starts every service, answers a federated query and stops cleanly on SIGTERM',
    async () => {
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
      delete env['IDENTITY_SECRET'];
      start = runStart(env);

      const url = await waitForOutput(
        start,
        /GraphQL endpoint: (http:\/\/\S+)/,
        STARTUP_TIMEOUT_MS,
      );
      expect(url).toBe(`http://localhost:${gatewayPort}/graphql`);

      const response = await postGraphQL(url, FEDERATED_STORES_QUERY);
      expect(response).toEqual({ status: 200, body: FEDERATED_STORES_RESULT });

      start.child.kill('SIGTERM');
      const exit = await withTimeout(start.exited, SHUTDOWN_TIMEOUT_MS, 'shutdown');
      expect({ exit, output: start.output() }).toEqual({
        exit: { code: 0, signal: null },
        output: expect.not.stringMatching(/exited unexpectedly|did not stop cleanly/),
      });
    },
    STARTUP_TIMEOUT_MS + SHUTDOWN_TIMEOUT_MS + 10_000,
  );
});
