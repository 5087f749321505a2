/**
 * The cost of identity verification at the gateway.
 *
 *   pnpm bench:auth [--iterations 20000] [--runs 5] [--requests 2000] [--seconds 3]
 *                   [--concurrency 32] [--logins 200] [--login-concurrency 8]
 *
 * - in-process: `authenticate` for one request without a token, with a valid access token as
 *   clients send it (the same token again: verified once, then remembered until it expires), and
 *   with the cache off (EdDSA signature check, claims and zod on every call, i.e. a token's first
 *   request); `--iterations` calls per run, p50/p99 per call, the median of `--runs` runs.
 * - end to end: the gateway on an ephemeral port in front of a stand-in users subgraph that answers
 *   at once, so the figures are the gateway's own: p50 with one request in flight (`--requests`
 *   of each kind per run, alternating) and requests/s with `--concurrency` in flight for `--seconds`, without and with a
 *   token, alternating runs. The client shares this process with the gateway.
 * - logins: `--logins` successful logIn mutations of a demo user, `--login-concurrency` in
 *   flight, through the gateway and users subgraph of `pnpm start` in a child process (password
 *   hashing included), with this run's key pair.
 * Target: verifying a token adds at most 0.2 ms p50 per request.
 */
import { Agent, request, type IncomingMessage } from 'node:http';
import { parseArgs } from 'node:util';
import { accessTokenVerifier, importAccessTokenKey } from '../src/access-token';
import { createAuthenticate, type Authenticate } from '../src/identity';
import { startGateway } from '../src/index';
import { fakeUsersSubgraph, generateAccessTokenKeys, mintAccessToken } from '../src/testing';
import { measureLogins } from './logins';

const TARGET_ADDED_P50_MS = 0.2;

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '5' },
    requests: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '32' },
    logins: { type: 'string', default: '200' },
    'login-concurrency': { type: 'string', default: '8' },
  },
});
const iterations = Number(values.iterations);
const runs = Number(values.runs);
const requests = Number(values.requests);
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const logins = Number(values.logins);
const loginConcurrency = Number(values['login-concurrency']);

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function median(values: number[]): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

interface Percentiles {
  p50: number;
  p99: number;
}

/** Medians over the runs of each run's p50 and p99, in milliseconds. */
function summarize(samplesByRun: number[][]): Percentiles {
  const sorted = samplesByRun.map((samples) => [...samples].sort((a, b) => a - b));
  return {
    p50: median(sorted.map((samples) => quantile(samples, 0.5))),
    p99: median(sorted.map((samples) => quantile(samples, 0.99))),
  };
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

async function timeAuthenticate(authenticate: Authenticate, authorization?: string) {
  const req = {
    headers: authorization ? { authorization } : {},
    socket: { remoteAddress: '127.0.0.1' },
  } as IncomingMessage;
  for (let i = 0; i < 2_000; i++) await authenticate(req);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = process.hrtime.bigint();
    await authenticate(req);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples;
}

const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
const BODY = JSON.stringify({ query: '{ user(id: "user-1") { id displayName } }' });

function post(url: URL, authorization?: string): Promise<number> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
      },
      (res) => {
        if (res.statusCode !== 200) reject(new Error(`gateway answered ${res.statusCode}`));
        res.resume().on('end', () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
      },
    );
    req.on('error', reject).end(BODY);
  });
}

/** One request in flight, alternating without and with a token so that drift hits both alike. */
async function latencies(url: URL, authorization: string): Promise<[number[], number[]]> {
  const without: number[] = [];
  const withToken: number[] = [];
  for (let i = 0; i < requests; i++) {
    without.push(await post(url));
    withToken.push(await post(url, authorization));
  }
  return [without, withToken];
}

async function throughput(url: URL, authorization?: string): Promise<number> {
  const deadline = Date.now() + seconds * 1000;
  let completed = 0;
  const worker = async () => {
    while (Date.now() < deadline) {
      await post(url, authorization);
      completed++;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return completed / ((Date.now() - started) / 1000);
}

async function main(): Promise<void> {
  const keys = generateAccessTokenKeys();
  const bearer = `Bearer ${await mintAccessToken(keys.privateKey, 'usr_bench', {
    roles: ['customer'],
    orgs: [{ organizationId: 'org_bench', role: 'owner' }],
  })}`;

  const key = await importAccessTokenKey(keys.publicKey);
  const authenticate = (cacheSize?: number) =>
    createAuthenticate({
      verifiers: { bearer: accessTokenVerifier(key, cacheSize === undefined ? {} : { cacheSize }) },
      trustProxy: false,
    });
  const cached = authenticate();
  const uncached = authenticate(0);
  const anonymousRuns: number[][] = [];
  const tokenRuns: number[][] = [];
  const firstSeenRuns: number[][] = [];
  for (let run = 0; run < runs; run++) {
    anonymousRuns.push(await timeAuthenticate(cached));
    tokenRuns.push(await timeAuthenticate(cached, bearer));
    firstSeenRuns.push(await timeAuthenticate(uncached, bearer));
  }
  const anonymous = summarize(anonymousRuns);
  const token = summarize(tokenRuns);
  const firstSeen = summarize(firstSeenRuns);

  const users = await fakeUsersSubgraph();
  const gateway = await startGateway({
    env: {
      IDENTITY_SECRET: 'bench-identity-secret-0123456789abcdef',
      AUTH_JWT_PUBLIC_KEY: keys.publicKey,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
    },
    port: 0,
    subgraphUrls: { users: users.url },
  });
  const url = new URL(gateway.url);
  const http = {
    anonymous: { runs: [] as number[][], rps: [] as number[] },
    token: { runs: [] as number[][], rps: [] as number[] },
  };
  try {
    // Warm-up: JIT, query plan cache, keep-alive sockets.
    await latencies(url, bearer);
    await throughput(url, bearer);
    for (let run = 0; run < runs; run++) {
      const [without, withToken] = await latencies(url, bearer);
      http.anonymous.runs.push(without);
      http.token.runs.push(withToken);
      http.anonymous.rps.push(await throughput(url));
      http.token.rps.push(await throughput(url, bearer));
    }
  } finally {
    await gateway.close();
    agent.destroy();
    await new Promise((resolve) => users.server.close(resolve));
  }
  const httpAnonymous = summarize(http.anonymous.runs);
  const httpToken = summarize(http.token.runs);

  const login = await measureLogins(keys, logins, loginConcurrency);

  const added = token.p50 - anonymous.p50;
  const addedHttp = httpToken.p50 - httpAnonymous.p50;
  console.log(
    [
      `authenticate, in process (${iterations} calls × ${runs} runs, medians of runs):`,
      `  no token      p50 ${ms(anonymous.p50)}  p99 ${ms(anonymous.p99)}`,
      `  access token  p50 ${ms(token.p50)}  p99 ${ms(token.p99)}  (as sent again: verified once, then remembered)`,
      `  first sight   p50 ${ms(firstSeen.p50)}  p99 ${ms(firstSeen.p99)}  (signature, claims and zod every time)`,
      `  added by verification: p50 ${ms(added)}, ${ms(firstSeen.p50 - anonymous.p50)} on a token's first request`,
      '',
      `gateway over HTTP, stand-in subgraph (${runs} runs, medians of runs):`,
      `  no token      p50 ${ms(httpAnonymous.p50)}  ${median(http.anonymous.rps).toFixed(0)} req/s at ${concurrency} in flight`,
      `  access token  p50 ${ms(httpToken.p50)}  ${median(http.token.rps).toFixed(0)} req/s at ${concurrency} in flight`,
      `  added by verification: p50 ${ms(addedHttp)}`,
      '',
      `logIn through pnpm start (${logins} logins, ${loginConcurrency} in flight):`,
      `  ${login.perSecond.toFixed(1)} logins/s  p50 ${ms(login.p50Ms)}`,
      '',
      `target: verification adds ≤ ${TARGET_ADDED_P50_MS} ms p50 per request: ${
        added <= TARGET_ADDED_P50_MS ? 'met' : 'MISSED'
      } (${ms(added)} in process, ${ms(addedHttp)} over HTTP)`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
