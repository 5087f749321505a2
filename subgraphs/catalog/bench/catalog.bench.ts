/**
 * Catalog latency, on the embedded MongoDB in a child process (or MONGODB_URL):
 *
 *   pnpm bench:catalog [--products 50000] [--rounds 5] [--repeat 10] [--callers 64]
 *
 * - the catalog subgraph starts with `--products` generated SKUs seeded (DEMO_PRODUCT_COUNT) and
 *   its in-process search index rebuilt from MongoDB, timed;
 * - search: a fixed mix of realistic queries (fuzzy, prefix and Vietnamese text with filters,
 *   facets and sorts) through the subgraph's search use case, `--repeat` times each per round
 *   after a warm-up round; p50/p95 per round, the median round shown;
 * - the menu of the store with 200 items (Bánh Mì Corner), through the subgraph's HTTP endpoint;
 * - stock reservations with `--callers` concurrent callers (bench/reservations.ts).
 * Targets are printed beside the figures, never asserted. The machine's load average is printed
 * too: other processes on its cores inflate every figure.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { forkEmbeddedMongo } from '@dabba/embedded-mongo';
import { DEMO_STORE_IDS, closeMongo, startSubgraph } from '@dabba/subgraph-kit';
import { signedClient } from '@dabba/subgraph-kit/src/testing';
import { catalogSubgraph } from '../src/index';
import type { SearchInput } from '../src/search/query';
import type { CatalogServices } from '../src/services';
import { benchReservations } from './reservations';

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '50000' },
    rounds: { type: 'string', default: '5' },
    repeat: { type: 'string', default: '10' },
    callers: { type: 'string', default: '64' },
  },
});
const ROUNDS = Number(values.rounds);
const REPEAT = Number(values.repeat);
const SECRET = 'catalog-bench-identity-secret-32chars';
const TARGETS = { searchP95: 15, reservationP99: 10 };

const HO_CHI_MINH_CITY = { lat: 10.7769, lng: 106.7009 };
/** The mix: what customers type, with the filters the apps send. */
const QUERIES: SearchInput[] = [
  { text: 'sua tuoi' },
  { text: 'vinamlik', first: 10 },
  { text: 'ca phe', kinds: ['PRODUCT'] },
  { text: 'mil' },
  { text: 'nuoc mam', price: { currency: 'VND', max: 60_000 } },
  { text: 'sua chua', dietaryTags: ['VEGETARIAN'], sort: 'PRICE_ASC' },
  { text: 'trung ga', storeIds: [DEMO_STORE_IDS.freshMart] },
  { text: 'thit bo', sort: 'PRICE_DESC' },
  { text: 'milk', sort: 'RATING' },
  { text: 'gao', near: { ...HO_CHI_MINH_CITY, withinMeters: 10_000 }, sort: 'DISTANCE' },
  { text: 'banh m', openNow: true },
  { perishable: true, expiringWithinDays: 3, sort: 'PRICE_ASC' },
  { categories: ['dairy'], sort: 'PRICE_ASC', first: 50 },
  { near: HO_CHI_MINH_CITY, openNow: true },
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeEach(count: number, run: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

/** Rounds of `round`; p50 and the tail percentile of each, and the median of both. */
async function rounds(tail: number, round: () => Promise<number[]>) {
  await round();
  const results: { p50: number; tail: number }[] = [];
  for (let index = 0; index < ROUNDS; index += 1) {
    const sorted = (await round()).sort((a, b) => a - b);
    results.push({ p50: percentile(sorted, 50), tail: percentile(sorted, tail) });
  }
  return {
    p50: median(results.map((result) => result.p50)),
    tail: median(results.map((result) => result.tail)),
    runs: results.map((result) => result.tail.toFixed(1)).join(' '),
  };
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, index) =>
    Math.max(title.length, ...rows.map((row) => row[index]!.length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, index) => cell.padEnd(widths[index]!)).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

async function main(): Promise<void> {
  const forked = process.env.MONGODB_URL ? null : await forkEmbeddedMongo();
  const mongoUrl = process.env.MONGODB_URL ?? forked!.url;
  let services: CatalogServices | undefined;
  const subgraph = await startSubgraph(
    {
      ...catalogSubgraph,
      async createServices(db, runtime) {
        services = await catalogSubgraph.createServices(db, runtime);
        return services;
      },
    },
    {
      env: {
        MONGODB_URL: mongoUrl,
        IDENTITY_SECRET: SECRET,
        LOG_LEVEL: 'warn',
        DEMO_PRODUCT_COUNT: values.products,
      },
      port: 0,
    },
  );
  try {
    const seeding = performance.now();
    await subgraph.seed();
    const seedSeconds = (performance.now() - seeding) / 1000;
    const rebuild = await services!.rebuildSearchIndex();
    console.log(
      `seeded in ${seedSeconds.toFixed(1)} s; ${rebuild.indexed} documents indexed from MongoDB in ${rebuild.milliseconds} ms`,
    );

    const perQuery = QUERIES.map(() => [] as number[]);
    const search = await rounds(95, async () => {
      const times: number[] = [];
      for (const [at, input] of QUERIES.entries()) {
        const each = await timeEach(REPEAT, () => services!.searchCatalog(input));
        perQuery[at]!.push(...each);
        times.push(...each);
      }
      return times;
    });
    console.log(`search: p50 ${search.p50.toFixed(2)} ms, p95 ${search.tail.toFixed(2)} ms`);
    const slowest = QUERIES.map((input, at) => ({ input, p50: median(perQuery[at]!) }))
      .sort((a, b) => b.p50 - a.p50)
      .slice(0, 4);
    console.log('slowest queries (p50 over every round):');
    for (const { input, p50 } of slowest) {
      console.log(`  ${p50.toFixed(2).padStart(7)} ms  ${JSON.stringify(input)}`);
    }

    const query = signedClient(subgraph.url, SECRET);
    const MENU = `query ($id: ID!) { store(id: $id) { menus { categories { items {
      id name { en vi } price { amount currency } available dietaryTags } } } } }`;
    const check = await query<{ store: { menus: { categories: { items: unknown[] }[] }[] } }>(
      MENU,
      { id: DEMO_STORE_IDS.banhMiCorner },
    );
    const items = check.data?.store.menus
      .flatMap((menu) => menu.categories)
      .flatMap((category) => category.items).length;
    if (check.errors || !items) {
      throw new Error(`the menu query failed: ${JSON.stringify(check.errors ?? check.data)}`);
    }
    const menu = await rounds(95, () =>
      timeEach(REPEAT * 5, () => query(MENU, { id: DEMO_STORE_IDS.banhMiCorner })),
    );

    const reservations = await benchReservations({
      mongoUrl,
      callers: Number(values.callers),
    });

    const [load1] = loadavg();
    console.log(
      `\ncatalog: ${rebuild.indexed} documents; ${ROUNDS} rounds after a warm-up, medians; ` +
        `load average ${load1!.toFixed(1)} on ${availableParallelism()} cores\n`,
    );
    console.log(
      table(
        ['measurement', 'p50 ms', 'tail ms', 'target', 'runs (tail ms)'],
        [
          [
            `search, ${QUERIES.length} queries × ${REPEAT} (in the subgraph)`,
            search.p50.toFixed(2),
            `p95 ${search.tail.toFixed(2)}`,
            `p95 ≤ ${TARGETS.searchP95}`,
            search.runs,
          ],
          [
            `menu of a ${items}-item store (HTTP)`,
            menu.p50.toFixed(2),
            `p95 ${menu.tail.toFixed(2)}`,
            '',
            menu.runs,
          ],
          [
            `reservations, ${reservations.callers} callers`,
            reservations.p50Ms.toFixed(2),
            `p99 ${reservations.p99Ms.toFixed(2)}`,
            `p99 ≤ ${TARGETS.reservationP99}`,
            `${reservations.succeeded}/${reservations.reservations} ok, ${Math.round(reservations.perSecond)}/s`,
          ],
        ],
      ),
    );
  } finally {
    await subgraph.close();
    await closeMongo();
    await forked?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
