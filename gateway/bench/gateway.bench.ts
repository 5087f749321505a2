/**
 * The gateway against its floor, on one federated query:
 *
 *   pnpm bench:gateway
 *   BENCH_DURATION=5 BENCH_CONNECTIONS=16 BENCH_ROUNDS=2 BENCH_WARMUP=2 BENCH_PROFILE=5 pnpm bench:gateway
 *
 * `stores(first: N) { edges { node { id name kind organization { id name } } } }`: the stores
 * come from catalog, each store's organisation name from users through an `_entities` fetch.
 * - (a) the floor: catalog called directly for the part it owns (the organisation's id only),
 *   with an identity signed as the gateway signs it;
 * - (b) the same query through the gateway as configured by default;
 * - (b′) the same through a gateway with SUBGRAPH_QUERY_DEDUPLICATION=false: every request sends
 *   its own two subgraph fetches. Every request here comes from one caller with one query, so
 *   (b) shares most fetches (the share is printed) and (b′) is what distinct callers cost.
 * Catalog, users, each gateway and the embedded MongoDB run in their own process, as with
 * `pnpm start` on RabbitMQ (bench/platform.ts); the load generator (autocannon, loopback) runs
 * here. Before measuring, each gateway's answer is checked against (a) plus users' organisation
 * names, and every measured response must be byte-identical to the checked one.
 *
 * Each round loads (a), (b), (b′), the next in reverse order, so a drift of the machine's load hits
 * all alike; BENCH_DURATION seconds each per round, BENCH_CONNECTIONS connections, after
 * BENCH_WARMUP seconds of warm-up each. CPU time per request is read from /proc for each process.
 * Then, unless BENCH_PROFILE=0, the gateway (or BENCH_PROFILE_SERVICE: catalog, users,
 * gateway-without-dedup) is restarted under a CPU profiler and loaded for BENCH_PROFILE seconds
 * to show where its time goes (BENCH_PROFILE_OUT=file keeps the profile for Chrome DevTools).
 * Target: (b) reaches at least 0.35× the requests per second of (a). Printed, never asserted.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { ANONYMOUS, signIdentity } from '@dabba/subgraph-kit';
import { cpuSecondsByProcess } from './cpu';
import { SERVICE_VARIABLE, startBenchPlatform } from './platform';
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
  durationS: envNumber('BENCH_DURATION', 5),
  warmupS: envNumber('BENCH_WARMUP', 2),
  connections: envNumber('BENCH_CONNECTIONS', 16),
  rounds: envNumber('BENCH_ROUNDS', 2),
  profileS: envNumber('BENCH_PROFILE', 5),
  profiled: process.env.BENCH_PROFILE_SERVICE || 'gateway',
  /** Stores per page; the demo data has 4, run by 2 organisations. */
  first: envNumber('BENCH_FIRST', 10),
};

/** The two gateways, by process name, and what each sets. */
const GATEWAYS = {
  gateway: { SUBGRAPH_QUERY_DEDUPLICATION: 'true' },
  'gateway-without-dedup': { SUBGRAPH_QUERY_DEDUPLICATION: 'false' },
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
  label: string;
  name: string;
  url: string;
  body: string;
  headers: () => Record<string, string>;
  /** The answer every request must get, byte for byte; set once checked. */
  expected?: string;
}

async function post(target: Omit<Target, 'label'>): Promise<string> {
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
  /** GraphQL requests the subgraphs served during the load. */
  subgraphRequests: number;
}

/** GraphQL requests a subgraph has served since it started, from its Prometheus metrics. */
async function servedRequests(graphqlUrl: string): Promise<number> {
  const metrics = await (await fetch(new URL('/metrics', graphqlUrl))).text();
  let total = 0;
  for (const match of metrics.matchAll(/^graphql_requests_total\{[^}]*\} (\d+)$/gm)) {
    total += Number(match[1]);
  }
  return total;
}

async function subgraphRequests(graphqlUrls: readonly string[]): Promise<number> {
  const counts = await Promise.all(graphqlUrls.map(servedRequests));
  return counts.reduce((sum, count) => sum + count, 0);
}

/** The embedded MongoDB is forked with this process's environment: named by what it runs. */
const cpuNow = () =>
  cpuSecondsByProcess(SERVICE_VARIABLE, { 'embedded-mongo/src/cli.ts': 'MongoDB' });

/**
 * `seconds` of load on `target`; a response other than its expected one counts as failed. The
 * subgraphs at `subgraphUrls` count what they served meanwhile.
 */
async function load(
  target: Target,
  seconds: number,
  subgraphUrls: readonly string[],
): Promise<Measurement> {
  let wrong = 0;
  const cpuBefore = cpuNow();
  const servedBefore = await subgraphRequests(subgraphUrls);
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
          if (status === 200 && body !== target.expected) wrong++;
        },
      },
    ],
  });
  const cpu = new Map(
    [...cpuNow()].map(([name, used]) => [name, used - (cpuBefore.get(name) ?? 0)]),
  );
  return {
    cpu,
    subgraphRequests: (await subgraphRequests(subgraphUrls)) - servedBefore,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.non2xx + wrong,
  };
}

/** Rounds of one target together: mean requests/s and percentiles, summed counts. */
function combine(rounds: Measurement[]): Measurement {
  const mean = (pick: (m: Measurement) => number) =>
    rounds.reduce((sum, m) => sum + pick(m), 0) / rounds.length;
  const sum = (pick: (m: Measurement) => number) => rounds.reduce((total, m) => total + pick(m), 0);
  const cpu = new Map<string, number>();
  for (const m of rounds) {
    for (const [name, used] of m.cpu) cpu.set(name, (cpu.get(name) ?? 0) + used);
  }
  return {
    cpu,
    rps: mean((m) => m.rps),
    p50: mean((m) => m.p50),
    p99: mean((m) => m.p99),
    requests: sum((m) => m.requests),
    failures: sum((m) => m.failures),
    subgraphRequests: sum((m) => m.subgraphRequests),
  };
}

/** CPU ms per request of each process that worked, one column per target. */
function cpuTable(targets: readonly Target[], results: readonly Measurement[]): string[] {
  const names = [...new Set(results.flatMap((m) => [...m.cpu.keys()]))];
  const perRequest = (m: Measurement, name: string) =>
    ((m.cpu.get(name) ?? 0) * 1000) / Math.max(1, m.requests);
  const busy = names.filter((name) => results.some((m) => perRequest(m, name) >= 0.005));
  const line = (name: string, cells: string[]) =>
    `  ${name.padEnd(22)}${cells.map((cell) => cell.padStart(8)).join('')}`;
  return [
    line(
      '',
      targets.map((target) => target.label),
    ),
    ...busy.map((name) =>
      line(
        name,
        results.map((m) => perRequest(m, name).toFixed(2)),
      ),
    ),
    line(
      'total',
      results.map((m) => busy.reduce((sum, name) => sum + perRequest(m, name), 0).toFixed(2)),
    ),
  ];
}

async function main(): Promise<void> {
  const started = Date.now();
  const platform = await startBenchPlatform({
    subgraphs: ['catalog', 'users'],
    gateways: GATEWAYS,
    demoProductCount: 200,
  });
  const profileDir = mkdtempSync(path.join(tmpdir(), 'dabba-bench-gateway-'));
  const profileFile = path.join(profileDir, 'profile.json');
  try {
    const variables = { first: settings.first };
    const subgraphUrls = Object.values(platform.subgraphUrls);
    const through = (label: string, gateway: keyof typeof GATEWAYS, name: string): Target => ({
      label,
      name,
      url: platform.gatewayUrls[gateway]!,
      body: JSON.stringify({ query: FEDERATED, variables }),
      headers: () => ({}),
    });
    const targets: Target[] = [
      {
        label: '(a)',
        name: 'catalog directly',
        url: platform.subgraphUrls.catalog!,
        body: JSON.stringify({ query: FLOOR, variables }),
        headers: identityHeaders(platform.identitySecret),
      },
      through('(b)', 'gateway', 'through the gateway'),
      through('(b′)', 'gateway-without-dedup', 'the same, no de-dup'),
    ];
    const [floor, ...gateways] = targets as [Target, ...Target[]];

    floor.expected = await post(floor);
    const expected = await expectedAnswer(
      JSON.parse(floor.expected) as StoresAnswer,
      platform.subgraphUrls.users!,
      platform.identitySecret,
    );
    for (const gateway of gateways) {
      gateway.expected = await post(gateway);
      if (!isDeepStrictEqual(JSON.parse(gateway.expected), expected)) {
        throw new Error(
          `${gateway.label}'s answer is not (a) plus users' names:\n${gateway.expected}\n` +
            `expected\n${JSON.stringify(expected)}`,
        );
      }
    }
    console.log(
      `ready in ${((Date.now() - started) / 1000).toFixed(1)} s; the gateways' answers ` +
        `(${expected.data.stores.edges.length} stores) checked`,
    );

    for (const target of targets) await load(target, settings.warmupS, []);
    const rounds = targets.map((): Measurement[] => []);
    for (let round = 0; round < settings.rounds; round++) {
      const order = round % 2 === 0 ? [0, 1, 2] : [2, 1, 0];
      for (const index of order) {
        const counted = index === 0 ? [] : subgraphUrls;
        rounds[index]!.push(await load(targets[index]!, settings.durationS, counted));
      }
    }
    const results = rounds.map(combine);

    let profile: { category: string; share: number }[] = [];
    if (settings.profileS > 0) {
      const profiled = settings.profiled;
      await platform.restart(profiled, {
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${PROFILER}`,
        BENCH_CPU_PROFILE: profileFile,
      });
      const loaded = profiled === 'gateway-without-dedup' ? targets[2]! : targets[1]!;
      await load(loaded, settings.warmupS, []);
      const profiledFrom = Date.now();
      await load(loaded, settings.profileS, []);
      await platform.stop();
      if (existsSync(profileFile)) {
        profile = summarizeProfile(profileFile, profiledFrom);
        if (process.env.BENCH_PROFILE_OUT) copyFileSync(profileFile, process.env.BENCH_PROFILE_OUT);
      }
    }

    const [a, b, unshared] = results as [Measurement, Measurement, Measurement];
    const ratio = b.rps / a.rps;
    const row = (target: Target, m: Measurement) =>
      `  ${target.label.padEnd(5)} ${target.name.padEnd(22)} ${m.rps.toFixed(0).padStart(6)} req/s` +
      `   p50 ${m.p50.toFixed(1).padStart(6)} ms   p99 ${m.p99.toFixed(1).padStart(6)} ms` +
      `   ${m.requests} requests, ${m.failures} failed or wrong`;
    const fetches = (m: Measurement) => (m.subgraphRequests / Math.max(1, m.requests)).toFixed(2);
    const [load1] = loadavg();
    console.log(
      [
        '',
        `stores(first: ${settings.first}) with organisation names: ${settings.connections} connections, ` +
          `${settings.rounds} × ${settings.durationS} s each after ${settings.warmupS} s warm-up; ` +
          `load average ${load1!.toFixed(1)} on ${availableParallelism()} cores`,
        ...targets.map((target, index) => row(target, results[index]!)),
        `  per round (req/s): ${targets
          .map(
            (target, index) =>
              `${target.label} ${rounds[index]!.map((m) => m.rps.toFixed(0)).join(' ')}`,
          )
          .join(', ')}`,
        `  subgraph requests per request: (b) ${fetches(b)}, (b′) ${fetches(unshared)}`,
        '',
        'CPU time per request, by process (ms):',
        ...cpuTable(targets, results),
        '',
        `b/a = ${ratio.toFixed(3)} (target ≥ ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'}); ` +
          `b′/a = ${(unshared.rps / a.rps).toFixed(3)}`,
        ...(profile.length > 0
          ? [
              '',
              `where ${settings.profiled}'s CPU time goes under load (${settings.profileS} s profiled, share of busy time):`,
              ...profile
                .filter((entry) => entry.share >= 0.005)
                .map(
                  (entry) => `  ${(entry.share * 100).toFixed(1).padStart(5)} %  ${entry.category}`,
                ),
            ]
          : []),
      ].join('\n'),
    );
    if (results.some((m) => m.failures > 0)) process.exitCode = 1;
  } finally {
    await platform.stop();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
