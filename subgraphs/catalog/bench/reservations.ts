/**
 * Stock reservation latency: `callers` concurrent checkouts each reserve 1–3 random SKUs of one
 * store (enough stock for all), through the real reserveStock use case: one MongoDB transaction
 * with conditional updates and the outbox. Prints p50/p99 when run directly:
 *
 *   tsx subgraphs/catalog/bench/reservations.ts [--callers 64] [--reservations 5000] [--skus 2000]
 *
 * `pnpm bench:catalog` imports `benchReservations` and prints it in its own table. MongoDB is
 * MONGODB_URL, else the embedded server in a child process.
 */
import { parseArgs } from 'node:util';
import { forkEmbeddedMongo } from '@dabba/embedded-mongo';
import { eventCatalog } from '@dabba/schema/events';
import {
  closeMongo,
  connectMongo,
  createLogger,
  createUnitOfWork,
  Outbox,
} from '@dabba/subgraph-kit';
import type { Product } from '../src/domain/product';
import type { Store } from '../src/domain/store';
import { openProductPersistence } from '../src/persistence/product-persistence';
import { createProductServices } from '../src/services/product-services';
import { seededRandom } from '../src/seed/products-generator';

export interface ReservationBenchOptions {
  mongoUrl: string;
  callers?: number;
  reservations?: number;
  skus?: number;
}

export interface ReservationBenchResult {
  callers: number;
  reservations: number;
  succeeded: number;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
}

const STORE = {
  id: 'sto_bench_reservations',
  name: 'Bench Mart',
  kind: 'GROCERY',
  currency: 'VND',
  organizationId: 'org_bench',
  createdAt: new Date('2026-01-01T00:00:00Z'),
} as Store;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

export async function benchReservations(
  options: ReservationBenchOptions,
): Promise<ReservationBenchResult> {
  const callers = options.callers ?? 64;
  const total = options.reservations ?? 5_000;
  const skuCount = options.skus ?? 2_000;
  const db = await connectMongo({ url: options.mongoUrl, dbName: 'bench_catalog_reservations' });
  try {
    await db.dropDatabase();
    const outbox = new Outbox(db, { retentionSeconds: 3_600 });
    await outbox.syncIndexes();
    const services = createProductServices(await openProductPersistence(db), {
      unitOfWork: createUnitOfWork({ db, source: 'catalog', catalog: eventCatalog, outbox }),
      logger: createLogger('bench', 'silent'),
      findStore: async (id) => (id === STORE.id ? STORE : null),
    });
    const now = new Date();
    const skus = Array.from({ length: skuCount }, (_, n) => `BENCH-${String(n).padStart(5, '0')}`);
    const products: Product[] = skus.map((sku) => ({
      id: `prd_bench_${sku}`,
      storeId: STORE.id,
      sku,
      name: { en: sku, vi: null },
      brand: null,
      unit: 'PIECE',
      unitSize: 1,
      price: { amount: 10_000, currency: 'VND' },
      categories: [],
      dietaryTags: [],
      imageUrls: [],
      perishable: false,
      expiresOn: null,
      archived: false,
      createdAt: now,
      updatedAt: now,
    }));
    const onHand = 1_000_000;
    await services.seedProducts(
      products,
      skus.map((sku) => ({
        storeId: STORE.id,
        sku,
        onHand,
        reserved: 0,
        available: onHand,
        lowStockThreshold: 0,
        updatedAt: now,
      })),
    );

    const random = seededRandom(7);
    const reserve = async (key: string) => {
      const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
        sku: skus[Math.floor(random() * skus.length)]!,
        quantity: 1,
      }));
      return services.reserveStock({ storeId: STORE.id, reservationKey: key, lines });
    };
    // Warm up connections, indexes and the JIT.
    await Promise.all(Array.from({ length: 200 }, (_, n) => reserve(`warm_${n}`)));

    const latencies: number[] = [];
    let succeeded = 0;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: callers }, async () => {
        while (next < total) {
          const n = next++;
          const at = performance.now();
          const outcome = await reserve(`ord_bench_${n}`);
          latencies.push(performance.now() - at);
          if (outcome.kind === 'Reservation') succeeded++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      callers,
      reservations: total,
      succeeded,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      perSecond: total / seconds,
    };
  } finally {
    await db.dropDatabase();
    await closeMongo();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      callers: { type: 'string', default: '64' },
      reservations: { type: 'string', default: '5000' },
      skus: { type: 'string', default: '2000' },
    },
  });
  const forked = process.env.MONGODB_URL ? undefined : await forkEmbeddedMongo();
  try {
    const result = await benchReservations({
      mongoUrl: process.env.MONGODB_URL ?? forked!.url,
      callers: Number(values.callers),
      reservations: Number(values.reservations),
      skus: Number(values.skus),
    });
    console.log(
      `reservations: ${result.reservations} by ${result.callers} concurrent callers, ` +
        `${result.succeeded} held; p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms ` +
        `(target p99 ≤ 10 ms), ${result.perSecond.toFixed(0)}/s`,
    );
  } finally {
    await forked?.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
