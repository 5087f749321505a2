/**
 * The gateway against its floor, on one federated query:
 *
 *   pnpm bench:gateway
 *   BENCH_DURATION=8 BENCH_CONNECTIONS=16 BENCH_ROUNDS=2 BENCH_WARMUP=3 BENCH_PROFILE=5 pnpm bench:gateway
 *
 * `stores(first: N) { edges { node { id name kind organization { id name } } } }`: the stores
 * come from catalog, each store's organisation name from users through an `_entities` fetch.
 * - (a) the floor: catalog called directly for the part it owns (the organisation's id only),
 *   with an identity signed as the gateway signs it;
 * - (b) the same query through the gateway.
 * Catalog, users, the gateway and the embedded MongoDB each run in their own process, as with
 * `pnpm start` on RabbitMQ (bench/platform.ts); the load generator (autocannon, loopback) runs
 * here. Before measuring, the gateway's answer is checked against (a) plus users' organisation
 * names, and every measured response must be byte-identical to the checked one.
 *
 * Each round loads (a) then (b), the next (b) then (a), so a drift of the machine's load hits both
 * alike; BENCH_DURATION seconds each per round, BENCH_CONNECTIONS connections, after BENCH_WARMUP
 * seconds of warm-up each. Then, unless BENCH_PROFILE=0, the gateway is restarted under
 * `--cpu-prof` and loaded for BENCH_PROFILE seconds to show where its time goes.
 * Target: (b) reaches at least 0.35× the requests per second of (a). Printed, never asserted.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { ANONYMOUS, signIdentity } from '@dabba/subgraph-kit';
import { cpuSecondsByProcess } from './cpu';
import { startBenchPlatform } from './platform';
import { summarizeProfile } from './profile';

const TARGET_RATIO = 0.35;
const PROFILER = path.join(__dirname, 'cpu-profiler.mjs');

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`);
  return value;
}

const settings = {
  durationS: envNumber('BENCH_DURATION', 8),
  warmupS: envNumber('BENCH_WARMUP', 3),
  connections: envNumber('BENCH_CONNECTIONS', 16),
  rounds: envNumber('BENCH_ROUNDS', 2),
  profileS: envNumber('BENCH_PROFILE', 5),
  /** The process profiled: the gateway, or a subgraph to see what its fetches cost. */
  profiled: process.env.BENCH_PROFILE_SERVICE || 'gateway',
  /** Stores per page; the demo data has 4, run by 2 organisations. */
  first: envNumber('BENCH_FIRST', 10),
};

const FEDERATED = `query Stores($first: Int!) {
  stores(first: $first) { edges { node { id name kind organization { id name } } } }
}`;
/** What catalog owns of FEDERATED: the organisation is a reference, its name is users'. */
const FLOOR = `query Stores($first: Int!) {
  stores(first: $first) { edges { node { id name kind organization { id } } } }
}`;
const ORGANIZATIONS = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Organization { id name } }
}`;

interface StoresAnswer {
  data: {
    stores: {
      edges: { node: { id: string; name: string; kind: string; organization: { id: string } } }[];
    };
  };
}

/** The identity the gateway signs for an anonymous caller on loopback. */
const CALLER = { ...ANONYMOUS, clientIp: '127.0.0.1' };

/**
 * Signed headers for a subgraph, re-signed every second so a long run stays within the
 * signature's maximum age, as the gateway signs each request anew.
 */
function identityHeaders(secret: string): () => Record<string, string> {
  let signedAt = 0;
  let headers: Record<string, string> = {};
  return () => {
    const now = Date.now();
    if (now - signedAt > 1_000) {
      headers = signIdentity(CALLER, secret, now);
      signedAt = now;
    }
    return headers;
  };
}

interface Target {
  name: string;
  url: string;
  body: string;
  headers: () => Record<string, string>;
}

async function post(target: Target): Promise<string> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers() },
    body: target.body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${target.name} answered ${response.status}: ${text}`);
  return text;
}

/** (a) plus users' organisation names, asked of users directly: what the gateway must answer. */
async function expectedAnswer(floor: StoresAnswer, usersUrl: string, secret: string) {
  const ids = [...new Set(floor.data.stores.edges.map((edge) => edge.node.organization.id))];
  const names = JSON.parse(
    await post({
      name: 'users',
      url: usersUrl,
      body: JSON.stringify({
        query: ORGANIZATIONS,
        variables: { representations: ids.map((id) => ({ __typename: 'Organization', id })) },
      }),
      headers: identityHeaders(secret),
    }),
  ) as { data: { _entities: { id: string; name: string }[] } };
  const nameOf = new Map(
    names.data._entities.map((organization) => [organization.id, organization.name]),
  );
  return {
    data: {
      stores: {
        edges: floor.data.stores.edges.map(({ node }) => ({
          node: {
            ...node,
            organization: { id: node.organization.id, name: nameOf.get(node.organization.id) },
          },
        })),
      },
    },
  };
}

interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
  /** CPU seconds each process used during the load. */
  cpu: Map<string, number>;
}

/** The processes whose CPU time is shown, by what their command line runs. */
const PROCESSES = {
  'gateway/src/main.ts': 'gateway',
  'subgraphs/catalog/src/main.ts': 'catalog',
  'subgraphs/users/src/main.ts': 'users',
  'embedded-mongo/src/cli.ts': 'MongoDB',
};

/** `seconds` of load on `target`; a response other than `expectBody` counts as failed. */
async function load(target: Target, seconds: number, expectBody: string): Promise<Measurement> {
  let wrong = 0;
  const before = cpuSecondsByProcess(PROCESSES);
  const result = await autocannon({
    url: target.url,
    connections: settings.connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        body: target.body,
        setupRequest: (request) => ({
          ...request,
          headers: { 'content-type': 'application/json', ...target.headers() },
        }),
        onResponse: (status, body) => {
          if (status === 200 && body !== expectBody) wrong++;
        },
      },
    ],
  });
  const cpu = new Map(
    [...cpuSecondsByProcess(PROCESSES)].map(([name, seconds]) => [
      name,
      seconds - (before.get(name) ?? 0),
    ]),
  );
  return {
    cpu,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.non2xx + wrong,
  };
}

function combine(rounds: Measurement[]): Measurement {
  const mean = (pick: (m: Measurement) => number) =>
    rounds.reduce((sum, m) => sum + pick(m), 0) / rounds.length;
  const cpu = new Map<string, number>();
  for (const m of rounds) {
    for (const [name, seconds] of m.cpu) cpu.set(name, (cpu.get(name) ?? 0) + seconds);
  }
  return {
    cpu,
    rps: mean((m) => m.rps),
    p50: mean((m) => m.p50),
    p99: mean((m) => m.p99),
    requests: rounds.reduce((sum, m) => sum + m.requests, 0),
    failures: rounds.reduce((sum, m) => sum + m.failures, 0),
  };
}

/** CPU ms per request of each process, one column per measurement. */
function cpuTable(measurements: Measurement[]): string {
  const names = [...new Set(measurements.flatMap((m) => [...m.cpu.keys()]))];
  const perRequest = (m: Measurement, name: string) =>
    ((m.cpu.get(name) ?? 0) * 1000) / Math.max(1, m.requests);
  const rows = [...names, 'total'].map((name) => {
    const cells = measurements.map((m) =>
      (name === 'total'
        ? names.reduce((sum, each) => sum + perRequest(m, each), 0)
        : perRequest(m, name)
      )
        .toFixed(2)
        .padStart(8),
    );
    return `  ${name.padEnd(16)} ${cells.join(' ')}`;
  });
  return [
    `  ${''.padEnd(16)} ${['a', 'b'].map((label) => label.padStart(8)).join(' ')}`,
    ...rows,
  ].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const platform = await startBenchPlatform({
    subgraphs: ['catalog', 'users'],
    demoProductCount: 200,
  });
  const profileDir = mkdtempSync(path.join(tmpdir(), 'dabba-bench-gateway-'));
  const profileFile = path.join(profileDir, 'gateway.cpuprofile');
  try {
    const variables = { first: settings.first };
    const floor: Target = {
      name: '(a) catalog directly',
      url: platform.subgraphUrls.catalog!,
      body: JSON.stringify({ query: FLOOR, variables }),
      headers: identityHeaders(platform.identitySecret),
    };
    const gateway: Target = {
      name: '(b) through the gateway',
      url: platform.gatewayUrl,
      body: JSON.stringify({ query: FEDERATED, variables }),
      headers: () => ({}),
    };

    const floorBody = await post(floor);
    const gatewayBody = await post(gateway);
    const expected = await expectedAnswer(
      JSON.parse(floorBody) as StoresAnswer,
      platform.subgraphUrls.users!,
      platform.identitySecret,
    );
    if (!isDeepStrictEqual(JSON.parse(gatewayBody), expected)) {
      throw new Error(
        `the gateway's answer is not (a) plus users' names:\n${gatewayBody}\nexpected\n${JSON.stringify(expected)}`,
      );
    }
    const stores = expected.data.stores.edges.length;
    console.log(
      `ready in ${((Date.now() - started) / 1000).toFixed(1)} s; the gateway's answer (${stores} stores) checked`,
    );

    await load(floor, settings.warmupS, floorBody);
    await load(gateway, settings.warmupS, gatewayBody);
    const a: Measurement[] = [];
    const b: Measurement[] = [];
    for (let round = 0; round < settings.rounds; round++) {
      const order = round % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
      for (const which of order) {
        if (which === 'a') a.push(await load(floor, settings.durationS, floorBody));
        else b.push(await load(gateway, settings.durationS, gatewayBody));
      }
    }
    const floorResult = combine(a);
    const gatewayResult = combine(b);

    let profile: { category: string; share: number }[] = [];
    let profiledFrom = 0;
    if (settings.profileS > 0) {
      await platform.restart(settings.profiled, {
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${PROFILER}`,
        BENCH_CPU_PROFILE: profileFile,
      });
      await load(gateway, settings.warmupS, gatewayBody);
      profiledFrom = Date.now();
      await load(gateway, settings.profileS, gatewayBody);
    }
    await platform.stop();
    if (existsSync(profileFile)) {
      profile = summarizeProfile(profileFile, profiledFrom);
      if (process.env.BENCH_PROFILE_OUT) copyFileSync(profileFile, process.env.BENCH_PROFILE_OUT);
    }

    const ratio = gatewayResult.rps / floorResult.rps;
    const row = (name: string, m: Measurement) =>
      `  ${name.padEnd(26)} ${m.rps.toFixed(0).padStart(7)} req/s   p50 ${m.p50.toFixed(1).padStart(6)} ms   p99 ${m.p99.toFixed(1).padStart(6)} ms   ${m.requests} requests, ${m.failures} failed or wrong`;
    const [load1] = loadavg();
    console.log(
      [
        '',
        `stores(first: ${settings.first}) with organisation names: ${settings.connections} connections, ` +
          `${settings.rounds} × ${settings.durationS} s each after ${settings.warmupS} s warm-up; ` +
          `load average ${load1!.toFixed(1)} on ${availableParallelism()} cores`,
        row(floor.name, floorResult),
        row(gateway.name, gatewayResult),
        `  per round (req/s): a ${a.map((m) => m.rps.toFixed(0)).join(' ')}, b ${b.map((m) => m.rps.toFixed(0)).join(' ')}`,
        '',
        'CPU time per request, by process (ms):',
        cpuTable([floorResult, gatewayResult]),
        '',
        `b/a = ${ratio.toFixed(3)} (target ≥ ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'})`,
        ...(profile.length > 0
          ? [
              '',
              `where ${settings.profiled}'s CPU time goes during (b) (${settings.profileS} s profiled, share of busy time):`,
              ...profile
                .filter((entry) => entry.share >= 0.005)
                .map(
                  (entry) => `  ${(entry.share * 100).toFixed(1).padStart(5)} %  ${entry.category}`,
                ),
            ]
          : []),
      ].join('\n'),
    );
    if (floorResult.failures + gatewayResult.failures > 0) process.exitCode = 1;
  } finally {
    await platform.stop();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
