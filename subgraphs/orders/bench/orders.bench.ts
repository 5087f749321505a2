/**
 * Checkout throughput through the gateway, at fixed offered loads:
 *
 *   pnpm bench:orders
 *   BENCH_RATES=100,200 BENCH_DURATION=5 BENCH_MODES=a BENCH_PROFILE=3 pnpm bench:orders
 *
 * Each placeOrder runs end to end: the gateway, orders (quote check, repricing by the catalog,
 * stock reservation in the catalog, the order and its outbox event in one transaction, the card
 * authorised by payments on the sandbox PSP), then the relay publishing the events. Users,
 * catalog, payments, orders, the gateway and the embedded MongoDB each run in a process of
 * their own, so the CPU each spends per order is read from /proc (and, before any load, what
 * each burns idle: relays, sweeps and pollers, which weigh on the per-order figures at low rates).
 * - (a) the embedded defaults: in-process broker and memory adapters in each process;
 * - (b) RabbitMQ and Redis (AMQP_URL, REDIS_URL; the project's local defaults when unset):
 *   events reach the other services, whose consumers then work too.
 * A store open day and night with plenty of stock is created for the run. Before each step, not
 * timed, one synthetic customer per order fills and quotes a cart; the step then fires their
 * placeOrder open loop at BENCH_RATES per second for BENCH_DURATION seconds each. Every answer
 * must be an Order in PLACED; anything else is counted by kind. Afterwards the orders database
 * must hold each placed order once, PLACED, with its placed and confirmed events published.
 * Then, unless BENCH_PROFILE=0, BENCH_PROFILE_SERVICE (default orders) is restarted under a CPU
 * profiler and loaded at BENCH_PROFILE_RATE for BENCH_PROFILE seconds (BENCH_PROFILE_OUT=file
 * keeps the last profile). Target: ≥ 300 orders/s with p99 ≤ 250 ms; goal 1,000. Printed, never
 * asserted.
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuSecondsByProcess } from '../../../gateway/bench/cpu';
import { summarizeProfile } from '../../../gateway/bench/profile';
import { generateAccessTokenKeys, mintAccessToken } from '../../../gateway/src/testing';
import { checkRun, type RunCheck } from './check';
import { fireAtRate, type Checkout, type StepResult } from './load';
import { SERVICE_VARIABLE, startOrdersPlatform, type ServiceName } from './platform';
import { createBenchStore, prepareCheckouts } from './setup';
import { brokerCpuSeconds } from './brokers';

const PROFILER = path.join(__dirname, '..', '..', '..', 'gateway', 'bench', 'cpu-profiler.mjs');
/** How long the platform's CPU is read with no load, for its background work. */
const IDLE_MS = 5_000;
const TARGET = { perSecond: 300, p99Ms: 250, goal: 1_000 };

/** The numbers a variable lists, comma-separated, or `fallback`'s; each must be ≥ 0. */
function numbers(name: string, fallback: string): number[] {
  const listed = (process.env[name] || fallback).split(',').map(Number);
  if (listed.some((value) => !Number.isFinite(value) || value < 0)) {
    throw new Error(`${name} must list numbers ≥ 0`);
  }
  return listed;
}
const number = (name: string, fallback: number) => numbers(name, String(fallback))[0]!;

const settings = {
  rates: numbers('BENCH_RATES', '100,200,300,400'),
  durationS: number('BENCH_DURATION', 10),
  warmupS: number('BENCH_WARMUP', 3),
  modes: (process.env.BENCH_MODES || 'a,b').split(','),
  profileS: number('BENCH_PROFILE', 5),
  profileRate: number('BENCH_PROFILE_RATE', 200),
  profiled: (process.env.BENCH_PROFILE_SERVICE || 'orders') as ServiceName,
  setupConcurrency: number('BENCH_SETUP_CONCURRENCY', 32),
  skus: number('BENCH_SKUS', 20),
};

const MODES: Record<string, { label: string; env: () => NodeJS.ProcessEnv }> = {
  a: {
    label: '(a) embedded defaults',
    env: () => {
      const { AMQP_URL: _amqp, REDIS_URL: _redis, ...rest } = process.env;
      return rest;
    },
  },
  b: {
    label: '(b) RabbitMQ and Redis',
    env: () => ({
      ...process.env,
      AMQP_URL: process.env.AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672',
      REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    }),
  },
};

/** CPU seconds so far of each service process, MongoDB, this process, RabbitMQ and Redis. */
const cpuNow = () =>
  new Map([
    ...cpuSecondsByProcess(SERVICE_VARIABLE, { 'embedded-mongo/src/cli.ts': 'MongoDB' }),
    ...brokerCpuSeconds(),
  ]);

interface Step extends StepResult {
  /** CPU ms per placed order, by process. */
  cpuMs: Map<string, number>;
  /** Wall-clock ms when the first placeOrder went out, after the untimed setup. */
  firedAt: number;
}

const fmt = (value: number, digits = 1) => value.toFixed(digits).padStart(7);

function stepRow(step: Step): string {
  const failures = [...step.failures].map(([what, count]) => `${count} ${what}`).join(', ');
  return (
    `  ${String(step.offered).padStart(5)}/s offered ${fmt(step.placedPerSecond)} placed/s` +
    `   p50 ${fmt(step.p50)} ms   p99 ${fmt(step.p99)} ms   max ${fmt(step.max, 0)} ms` +
    `   ${step.placed.length} placed, ${failures || 'no failures'}`
  );
}

function cpuTable(steps: readonly Step[]): string[] {
  const names = [...new Set(steps.flatMap((step) => [...step.cpuMs.keys()]))].filter((name) =>
    steps.some((step) => (step.cpuMs.get(name) ?? 0) >= 0.005),
  );
  const line = (name: string, cells: string[]) =>
    `  ${name.padEnd(16)}${cells.map((cell) => cell.padStart(8)).join('')}`;
  return [
    line(
      '',
      steps.map((step) => `${step.offered}/s`),
    ),
    ...names.map((name) =>
      line(
        name,
        steps.map((step) => (step.cpuMs.get(name) ?? 0).toFixed(2)),
      ),
    ),
    line(
      'total',
      steps.map((step) => [...step.cpuMs.values()].reduce((sum, ms) => sum + ms, 0).toFixed(2)),
    ),
  ];
}

function checkLines(check: RunCheck, placed: number): string[] {
  const list = (counts: Map<string, number>) =>
    [...counts].map(([what, count]) => `${what} ${count}`).join(', ') || 'none';
  return [
    `  ${check.stored} of ${placed} placed orders stored PLACED; otherwise: ${list(check.wrong)}; ` +
      `duplicate orders: ${check.extra}`,
    `  orders whose answer was not PLACED, as stored now: ${list(check.unanswered)}`,
    `  their events published: ${list(check.published)}; still in the outbox: ${check.unpublished}`,
    `  orders' /metrics, events confirmed by the broker: ${list(check.confirmedByMetrics)}`,
  ];
}

async function runMode(key: string): Promise<boolean> {
  const mode = MODES[key];
  if (!mode) throw new Error(`BENCH_MODES: unknown mode ${key} (a or b)`);
  const started = Date.now();
  const keys = generateAccessTokenKeys();
  const platform = await startOrdersPlatform(mode.env(), keys);
  const profileDir = mkdtempSync(path.join(tmpdir(), 'dabba-bench-orders-'));
  const profileFile = path.join(profileDir, 'profile.json');
  try {
    const store = await createBenchStore(
      platform.urls.catalog,
      platform.identitySecret,
      settings.skus,
    );
    const run = randomUUID().slice(0, 8);
    const customers: string[] = [];
    /** Carts, quotes and tokens for `count` new customers: the untimed part of a step. */
    const checkouts = async (count: number): Promise<Checkout[]> => {
      const ids = Array.from(
        { length: count },
        (_, i) => `usr_bench_${run}_${customers.length + i}`,
      );
      customers.push(...ids);
      const quotes = await prepareCheckouts(
        platform.urls.orders,
        platform.identitySecret,
        store,
        ids,
        settings.setupConcurrency,
      );
      return Promise.all(
        ids.map(async (id, index) => ({
          token: await mintAccessToken(keys.privateKey, id, { ttlSeconds: 3_600 }),
          quoteId: quotes[index]!,
          idempotencyKey: `bench-${id}`,
        })),
      );
    };
    const step = async (rate: number, seconds: number): Promise<Step> => {
      const ready = await checkouts(Math.round(rate * seconds));
      const firedAt = Date.now();
      const before = cpuNow();
      const result = await fireAtRate(platform.gatewayUrl, ready, rate);
      const cpuMs = new Map(
        [...cpuNow()].map(([name, used]) => [
          name,
          ((used - (before.get(name) ?? 0)) * 1000) / Math.max(1, result.placed.length),
        ]),
      );
      return { ...result, cpuMs, firedAt };
    };
    console.log(`${mode.label}: ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const idleBefore = cpuNow();
    await sleep(IDLE_MS);
    const idle = [...cpuNow()]
      .map(
        ([name, used]) => [name, ((used - (idleBefore.get(name) ?? 0)) * 1e6) / IDLE_MS] as const,
      )
      .filter(([, ms]) => ms >= 1);
    const warmup = await step(settings.rates[0]!, settings.warmupS);
    const steps: Step[] = [];
    for (const rate of settings.rates) steps.push(await step(rate, settings.durationS));
    const all = [warmup, ...steps];
    const placed = all.flatMap((s) => s.placed);
    const check = await checkRun(platform.mongoUrl, platform.urls.orders, placed, customers);

    let profile: { category: string; share: number }[] = [];
    if (settings.profileS > 0) {
      await platform.restart(settings.profiled, {
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${PROFILER}`,
        BENCH_CPU_PROFILE: profileFile,
      });
      await step(settings.profileRate, settings.warmupS);
      const { firedAt } = await step(settings.profileRate, settings.profileS);
      await platform.stop();
      if (existsSync(profileFile)) {
        profile = summarizeProfile(profileFile, firedAt);
        if (process.env.BENCH_PROFILE_OUT) copyFileSync(profileFile, process.env.BENCH_PROFILE_OUT);
      }
    }

    const best = steps.filter((s) => s.failures.size === 0 && s.p99 <= TARGET.p99Ms);
    const sustained = Math.max(0, ...best.map((s) => s.placedPerSecond));
    const [load1] = loadavg();
    console.log(
      [
        '',
        `${mode.label}: placeOrder through the gateway, ${settings.durationS} s per step after ` +
          `${settings.warmupS} s at ${settings.rates[0]}/s; load average ${load1!.toFixed(1)} on ` +
          `${availableParallelism()} cores`,
        ...steps.map(stepRow),
        '',
        'CPU time per placed order, by process (ms):',
        ...cpuTable(steps),
        `  (idle, before the load, in ms per second: ${
          idle.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ') || 'none'
        })`,
        '',
        'after the run (warm-up included):',
        ...checkLines(check, placed.length),
        '',
        `best step with no failure and p99 ≤ ${TARGET.p99Ms} ms: ${sustained.toFixed(0)} orders/s ` +
          `(target ≥ ${TARGET.perSecond}: ${sustained >= TARGET.perSecond ? 'met' : 'MISSED'}; ` +
          `goal ${TARGET.goal})`,
        ...(profile.length > 0
          ? [
              '',
              `where ${settings.profiled}'s CPU time goes at ${settings.profileRate}/s ` +
                `(${settings.profileS} s profiled, share of busy time):`,
              ...profile
                .filter((entry) => entry.share >= 0.005)
                .map(
                  (entry) => `  ${(entry.share * 100).toFixed(1).padStart(5)} %  ${entry.category}`,
                ),
            ]
          : []),
        '',
      ].join('\n'),
    );
    return (
      all.every((s) => s.failures.size === 0) &&
      check.stored === placed.length &&
      check.extra === 0 &&
      check.unpublished === 0
    );
  } finally {
    await platform.stop();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  let honest = true;
  for (const mode of settings.modes) honest = (await runMode(mode.trim())) && honest;
  if (!honest) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
