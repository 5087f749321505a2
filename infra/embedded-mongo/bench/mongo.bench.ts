/**
 * Round trips per second through mongoose against the embedded server (or MONGODB_URL).
 *
 *   pnpm bench:mongo [--duration-ms 3000] [--runs 3] [--documents 100000] [--clients 2] [--in-process]
 *
 * The server runs in a child process (`src/cli.ts`), as in `pnpm start` where the subgraphs are
 * separate processes from MongoDB; `--in-process` runs it in the benchmark's own process instead.
 *
 * Seeds a products collection with a unique secondary index on `sku`, then measures create,
 * findById, findOne on the indexed sku and a conditional stock decrement: at concurrency 1 and 32
 * from this process's single mongoose client, and at concurrency 32 shared between `--clients`
 * client processes (`bench/client.ts`, each with its own connection, all started together). One
 * Node client spends more CPU per round trip than the server, so a single client process measures
 * itself as much as the server. Each measurement runs for a fixed duration several times; the
 * table shows the median.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import mongoose, { Types } from 'mongoose';
import { forkEmbeddedMongo, startEmbeddedMongo } from '../src/index';
import type { ClientReply, ClientRequest } from './client';
import { runFor, summarise, type RunResult } from './measure';
import { OPERATIONS, operationsFor, productsOf, type OperationName } from './operations';
import { render, type Row } from './report';

const { values } = parseArgs({
  options: {
    'duration-ms': { type: 'string', default: '3000' },
    runs: { type: 'string', default: '3' },
    documents: { type: 'string', default: '100000' },
    clients: { type: 'string', default: '2' },
    'in-process': { type: 'boolean', default: false },
  },
});
const durationMs = Number(values['duration-ms']);
const runs = Number(values.runs);
const documents = Number(values.documents);
const clients = Number(values.clients);
if (!Number.isInteger(clients) || clients < 1 || clients > 32) {
  throw new Error('--clients must be an integer from 1 to 32');
}
const HIGH_CONCURRENCY = 32;
const SEED_BATCH = 5000;

interface Server {
  url: string;
  where: string;
  stop(): Promise<void>;
}

async function startServer(): Promise<Server | undefined> {
  if (process.env.MONGODB_URL) return undefined;
  if (!values['in-process']) {
    const forked = await forkEmbeddedMongo();
    return {
      ...forked,
      where: `embedded-mongo in its own child process (pid ${forked.pid ?? '?'})`,
    };
  }
  const server = await startEmbeddedMongo({ port: 0 });
  return {
    url: server.url,
    where: 'embedded-mongo inside the main client process (--in-process)',
    stop: () => server.stop(),
  };
}

/** Client processes (`bench/client.ts`), each connected with its own mongoose connection. */
class ClientPool {
  private constructor(private readonly children: ChildProcess[]) {}

  static async start(count: number, init: ClientRequest): Promise<ClientPool> {
    const pool = new ClientPool(
      Array.from({ length: count }, () => fork(join(__dirname, 'client.ts'), { stdio: 'inherit' })),
    );
    await pool.ask(() => init);
    return pool;
  }

  get pids(): string {
    return this.children.map((child) => child.pid ?? '?').join(', ');
  }

  /** Sends each child its request at once and waits for every answer. */
  private ask(request: (index: number) => ClientRequest): Promise<ClientReply[]> {
    return Promise.all(
      this.children.map(async (child, index) => {
        const answer = once(child, 'message') as Promise<[ClientReply]>;
        child.send(request(index));
        const [message] = await answer;
        if (message.type === 'error') throw new Error(`client ${child.pid}: ${message.message}`);
        return message;
      }),
    );
  }

  /** One run with `concurrency` in-flight operations split between the children: summed ops/s, merged latencies. */
  async run(operation: OperationName, concurrency: number): Promise<RunResult> {
    const count = this.children.length;
    const share = (index: number): number =>
      Math.floor(concurrency / count) + (index < concurrency % count ? 1 : 0);
    const replies = await this.ask((index) => ({
      type: 'run',
      operation,
      concurrency: share(index),
      durationMs,
    }));
    const results = replies.flatMap((message) => (message.type === 'result' ? [message] : []));
    return {
      opsPerSecond: results.reduce((sum, result) => sum + result.opsPerSecond, 0),
      latencies: results.flatMap((result) => result.latencies),
    };
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.children.map(async (child) => {
        const exited = once(child, 'exit');
        child.send({ type: 'stop' } satisfies ClientRequest);
        await exited;
      }),
    );
  }
}

async function seed(conn: mongoose.Connection): Promise<Types.ObjectId[]> {
  const Products = productsOf(conn);
  await Products.syncIndexes();
  const ids: Types.ObjectId[] = [];
  for (let start = 0; start < documents; start += SEED_BATCH) {
    const batch = Array.from({ length: Math.min(SEED_BATCH, documents - start) }, (_, i) => {
      const _id = new Types.ObjectId();
      ids.push(_id);
      return { _id, sku: `SKU-${start + i}`, name: `product ${start + i}`, stock: 1e9, price: 100 };
    });
    await Products.insertMany(batch, { lean: true });
  }
  return ids;
}

/** `runs` timed runs of `measure`, summarised into a row. */
async function measured(
  operation: OperationName,
  concurrency: number,
  clientCount: number,
  measure: () => Promise<RunResult>,
): Promise<Row> {
  const results: RunResult[] = [];
  for (let attempt = 0; attempt < runs; attempt += 1) results.push(await measure());
  console.log(
    `measured ${operation} at concurrency ${concurrency} from ${clientCount} client process(es)`,
  );
  return { operation, concurrency, clients: clientCount, summary: summarise(results) };
}

async function main(): Promise<void> {
  const server = await startServer();
  const url = process.env.MONGODB_URL ?? server?.url ?? '';
  const dbName = `bench_${randomBytes(4).toString('hex')}`;
  const target = server ? `${server.where} at ${url}` : 'MONGODB_URL';

  const conn = await mongoose.createConnection(url, { dbName, maxPoolSize: 64 }).asPromise();
  let pool: ClientPool | undefined;
  try {
    const seedStarted = Date.now();
    const ids = await seed(conn);
    console.log(
      `seeded ${documents.toLocaleString('en-US')} products in ${Date.now() - seedStarted} ms`,
    );
    const operations = operationsFor(conn, ids);
    pool = await ClientPool.start(clients, {
      type: 'init',
      url,
      dbName,
      ids: ids.map((id) => id.toHexString()),
    });
    const multi = pool;

    const rows: Row[] = [];
    for (const concurrency of [1, HIGH_CONCURRENCY]) {
      for (const operation of OPERATIONS) {
        rows.push(
          await measured(operation, concurrency, 1, () =>
            runFor(durationMs, concurrency, operations[operation]),
          ),
        );
      }
    }
    for (const operation of OPERATIONS) {
      rows.push(
        await measured(operation, HIGH_CONCURRENCY, clients, () =>
          multi.run(operation, HIGH_CONCURRENCY),
        ),
      );
    }

    console.log(
      [
        '',
        `server: ${target} (database ${dbName})`,
        `clients: concurrency 1 and the first concurrency ${HIGH_CONCURRENCY} rows from 1 client process (this one, pid ${process.pid});`,
        `         the last concurrency ${HIGH_CONCURRENCY} rows from ${clients} client process(es) (pids ${multi.pids}), each with its own mongoose connection,`,
        `         sharing the ${HIGH_CONCURRENCY} in-flight operations, started together; ops/s summed, latency percentiles over all their samples`,
        `${runs} runs of ${durationMs} ms each, median shown; reads use lean(); all processes share this machine's CPUs`,
        '',
      ].join('\n'),
    );
    console.log(render(rows, clients));
    await conn.dropDatabase();
  } finally {
    await pool?.stop();
    await conn.close();
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
