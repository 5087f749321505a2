import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, envPrefix, existingSubgraphs } from '@dabba/schema';
import type { AccessTokenKeys } from '../src/testing';

const STARTUP_TIMEOUT_MS = 150_000;
const LOG_IN = `mutation ($input: LogInInput!) {
  logIn(input: $input) { __typename ... on AuthSession { accessToken } }
}`;
/** The demo customer of the seed (subgraphs/users/src/seed.ts). */
const DEMO_LOGIN = { email: 'lan.customer@demo.dabba.dev', password: 'dabba-demo-password' };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * `pnpm start` on free ports with `keys`, as a child process so the platform does not share this
 * process's CPU; resolves with the gateway URL and a stop function.
 */
async function startPlatform(keys: AccessTokenKeys) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dabba-bench-auth-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'warn',
    DABBA_DATA_DIR: dataDir,
    AUTH_JWT_PRIVATE_KEY: keys.privateKey,
    AUTH_JWT_PUBLIC_KEY: keys.publicKey,
    GATEWAY_PORT: String(await freePort()),
  };
  for (const subgraph of existingSubgraphs()) {
    env[`${envPrefix(subgraph.name)}_PORT`] = String(await freePort());
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('pnpm start did not come up')),
      STARTUP_TIMEOUT_MS,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL endpoint: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then(() => reject(new Error(`pnpm start exited:\n${output}`)));
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, stop };
}

async function logIn(url: string): Promise<number> {
  const started = process.hrtime.bigint();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOG_IN, variables: { input: DEMO_LOGIN } }),
  });
  const body = (await response.json()) as { data?: { logIn?: { __typename: string } } };
  if (body.data?.logIn?.__typename !== 'AuthSession') {
    throw new Error(`log-in failed: ${JSON.stringify(body)}`);
  }
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Successful logins through the gateway and the users subgraph of `pnpm start` (password hashing
 * included), `count` of them with `concurrency` in flight.
 */
export async function measureLogins(
  keys: AccessTokenKeys,
  count: number,
  concurrency: number,
): Promise<{ perSecond: number; p50Ms: number }> {
  const platform = await startPlatform(keys);
  try {
    await logIn(platform.url);
    const samples: number[] = [];
    let remaining = count;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (remaining-- > 0) samples.push(await logIn(platform.url));
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    samples.sort((a, b) => a - b);
    return { perSecond: count / seconds, p50Ms: samples[Math.floor(samples.length / 2)] ?? NaN };
  } finally {
    await platform.stop();
  }
}
