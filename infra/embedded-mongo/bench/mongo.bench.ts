/**
 * Round trips per second through mongoose against the embedded server (or MONGODB_URL).
 *
 *   pnpm bench:mongo [--duration-ms 3000] [--runs 3] [--documents 100000]
 *
 * Seeds a products collection with a unique secondary index on `sku`, then measures create,
 * findById, findOne on the indexed sku and a conditional stock decrement at concurrency 1 and 32.
 * Each measurement runs for a fixed duration several times; the table shows the median.
 */
import { randomBytes } from 'node:crypto';
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

async function main(): Promise<void> {
  const externalUrl = process.env.MONGODB_URL;
  const server = externalUrl ? undefined : await startEmbeddedMongo({ port: 0 });
  const url = externalUrl ?? server?.url ?? '';
  const dbName = `bench_${randomBytes(4).toString('hex')}`;
  console.log(`target: ${externalUrl ? 'MONGODB_URL' : `embedded at ${url}`} (database ${dbName})`);

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
