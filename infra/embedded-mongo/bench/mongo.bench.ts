/**
 * Round trips per second through mongoose against the embedded server (or MONGODB_URL).
 *
 *   pnpm bench:mongo [--duration-ms 3000] [--runs 3] [--documents 100000] [--in-process]
 *
 * The server runs in a child process (`src/cli.ts`), as in `pnpm start` where the subgraphs are
 * separate processes from MongoDB; `--in-process` runs it in the benchmark's own process instead.
 *
 * Seeds a products collection with a unique secondary index on `sku`, then measures create,
 * findById, findOne on the indexed sku and a conditional stock decrement at concurrency 1 and 32.
 * Each measurement runs for a fixed duration several times; the table shows the median.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import mongoose, { Schema, Types } from 'mongoose';
import { startEmbeddedMongo } from '../src/index';
import { runFor, summarise } from './measure';
import { render, type Row } from './report';

const { values } = parseArgs({
  options: {
    'duration-ms': { type: 'string', default: '3000' },
    runs: { type: 'string', default: '3' },
    documents: { type: 'string', default: '100000' },
    'in-process': { type: 'boolean', default: false },
  },
});
const durationMs = Number(values['duration-ms']);
const runs = Number(values.runs);
const documents = Number(values.documents);
const CONCURRENCIES = [1, 32];
const SEED_BATCH = 5000;

interface Product {
  _id: Types.ObjectId;
  sku: string;
  name: string;
  stock: number;
  price: number;
}

const productSchema = new Schema<Product>({
  sku: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  stock: { type: Number, required: true, min: 0 },
  price: { type: Number, required: true },
});

interface Server {
  url: string;
  where: string;
  stop(): Promise<void>;
}

/** `src/cli.ts` in a child process (with this process's loader flags): it prints its URL first. */
async function forkServer(): Promise<Server> {
  const child = fork(join(__dirname, '..', 'src', 'cli.ts'), ['--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const [url] = (await Promise.race([
    once(lines, 'line'),
    exited.then(() => {
      throw new Error('the embedded-mongo child process exited before listening');
    }),
  ])) as [string];
  lines.close();
  return {
    url,
    where: `embedded in child process ${child.pid ?? '?'}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function startServer(): Promise<Server | undefined> {
  if (process.env.MONGODB_URL) return undefined;
  if (!values['in-process']) return forkServer();
  const server = await startEmbeddedMongo({ port: 0 });
  return { url: server.url, where: 'embedded in this process', stop: () => server.stop() };
}

async function main(): Promise<void> {
  const server = await startServer();
  const url = process.env.MONGODB_URL ?? server?.url ?? '';
  const dbName = `bench_${randomBytes(4).toString('hex')}`;
  console.log(
    `target: ${server ? `${server.where} at ${url}` : 'MONGODB_URL'} (database ${dbName})`,
  );

  const conn = await mongoose.createConnection(url, { dbName, maxPoolSize: 64 }).asPromise();
  try {
    const Products = conn.model('Product', productSchema);
    await Products.syncIndexes();

    const seedStarted = Date.now();
    const ids: Types.ObjectId[] = [];
    for (let start = 0; start < documents; start += SEED_BATCH) {
      const batch = Array.from({ length: Math.min(SEED_BATCH, documents - start) }, (_, i) => {
        const _id = new Types.ObjectId();
        ids.push(_id);
        return {
          _id,
          sku: `SKU-${start + i}`,
          name: `product ${start + i}`,
          stock: 1e9,
          price: 100,
        };
      });
      await Products.insertMany(batch, { lean: true });
    }
    console.log(
      `seeded ${documents.toLocaleString('en-US')} products in ${Date.now() - seedStarted} ms`,
    );

    const pick = (): number => Math.floor(Math.random() * documents);
    const idOf = (): Types.ObjectId => ids[pick()] ?? ids[0] ?? new Types.ObjectId();
    let created = 0;
    const operations: [string, () => Promise<unknown>][] = [
      [
        'create',
        () => Products.create({ sku: `NEW-${(created += 1)}`, name: 'new', stock: 5, price: 1 }),
      ],
      ['findById', () => Products.findById(idOf()).lean()],
      ['findOne (indexed sku)', () => Products.findOne({ sku: `SKU-${pick()}` }).lean()],
      [
        'conditional findOneAndUpdate',
        () =>
          Products.findOneAndUpdate(
            { _id: idOf(), stock: { $gte: 1 } },
            { $inc: { stock: -1 } },
          ).lean(),
      ],
    ];

    const rows: Row[] = [];
    for (const concurrency of CONCURRENCIES) {
      for (const [operation, run] of operations) {
        const results = [];
        for (let attempt = 0; attempt < runs; attempt += 1) {
          results.push(await runFor(durationMs, concurrency, run));
        }
        rows.push({ operation, concurrency, summary: summarise(results) });
        console.log(`measured ${operation} at concurrency ${concurrency}`);
      }
    }

    console.log(`\n${runs} runs of ${durationMs} ms each, median shown; reads use lean()\n`);
    console.log(render(rows, CONCURRENCIES));
    await conn.dropDatabase();
  } finally {
    await conn.close();
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
