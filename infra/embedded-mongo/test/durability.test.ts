import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import {
  clientOptions,
  describeEmbeddedOnly,
  rejectionOf,
  startEmbedded,
  type EmbeddedServer,
  type Loose,
} from './harness';

const SNAPSHOT = 'snapshot.bson';

/** Every non-empty file under dbPath except the snapshot: the journal the engine appends to. */
function journalFiles(dbPath: string): string[] {
  return readdirSync(dbPath, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dbPath, name))
    .filter((file) => statSync(file).isFile() && path.basename(file) !== SNAPSHOT)
    .filter((file) => statSync(file).size > 0);
}

/** The journal file written last: the one holding the newest record. */
function newestJournal(dbPath: string): string {
  const files = journalFiles(dbPath).sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  const newest = files.at(-1);
  if (!newest) throw new Error(`no journal file in ${dbPath}`);
  return newest;
}

describeEmbeddedOnly('durability on a dbPath', 'restarts the embedded server on its dbPath', () => {
  const dirs: string[] = [];
  const running: { server: EmbeddedServer; client: MongoClient }[] = [];

  function freshDir(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'embedded-mongo-durability-'));
    dirs.push(dir);
    return dir;
  }

  async function open(dbPath: string) {
    const server = await startEmbedded({ dbPath });
    const client = await new MongoClient(server.url, clientOptions).connect();
    running.push({ server, client });
    return { server, client, orders: client.db('shop').collection<Loose>('orders') };
  }

  async function shut(server: EmbeddedServer): Promise<void> {
    const index = running.findIndex((entry) => entry.server === server);
    const [entry] = running.splice(index, 1);
    await entry?.client.close();
    await entry?.server.stop();
  }

  /** Copies dbPath while the server still runs: what a crash (no clean shutdown) leaves behind. */
  async function crashCopy(): Promise<string> {
    const dbPath = freshDir();
    const { server, orders } = await open(dbPath);
    await orders.createIndex({ ref: 1 }, { unique: true });
    for (let n = 1; n <= 5; n += 1) {
      await orders.insertOne({ _id: n, ref: `R${n}` }, { writeConcern: { w: 1, j: true } });
    }
    const copy = freshDir();
    cpSync(dbPath, copy, { recursive: true });
    await shut(server);
    return copy;
  }

  afterAll(async () => {
    for (const { client, server } of running.splice(0)) {
      await client.close();
      await server.stop();
    }
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('documents, collections and indexes survive a clean restart', async () => {
    const dbPath = freshDir();
    const first = await open(dbPath);
    await first.orders.createIndex({ ref: 1 }, { unique: true });
    await first.orders.insertMany([
      { _id: 1, ref: 'A', total: 10 },
      { _id: 2, ref: 'B', total: 20 },
    ]);
    await first.orders.updateOne({ _id: 2 }, { $inc: { total: 5 } });
    await first.orders.deleteOne({ _id: 1 });
    await first.client.db('shop').collection<Loose>('empty').insertOne({ _id: 'x' });
    await first.client.db('shop').collection<Loose>('empty').deleteMany({});
    await shut(first.server);

    const second = await open(dbPath);
    expect(await second.orders.find().toArray()).toEqual([{ _id: 2, ref: 'B', total: 25 }]);
    const names = await second.client.db('shop').listCollections({}, { nameOnly: true }).toArray();
    expect(names.map((c) => c.name).sort()).toEqual(['empty', 'orders']);
    const indexes = await second.orders.listIndexes().toArray();
    expect(indexes).toContainEqual({ v: 2, key: { ref: 1 }, name: 'ref_1', unique: true });
    expect(await rejectionOf(second.orders.insertOne({ ref: 'B' }))).toMatchObject({ code: 11000 });
  });

  it('acknowledged writes survive a crash (no clean shutdown)', async () => {
    const copy = await crashCopy();
    const { orders } = await open(copy);
    expect((await orders.find().sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });

  it('a truncated last journal record is ignored; everything before it loads', async () => {
    const copy = await crashCopy();
    const journal = newestJournal(copy);
    truncateSync(journal, statSync(journal).size - 3);

    const { server, orders } = await open(copy);
    expect((await orders.find().sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual([
      1, 2, 3, 4,
    ]);
    await orders.insertOne({ _id: 6, ref: 'R6' });
    await shut(server);

    const reopened = await open(copy);
    expect(await reopened.orders.countDocuments()).toBe(5);
    expect(await reopened.orders.findOne({ _id: 6 })).toEqual({ _id: 6, ref: 'R6' });
  });

  it('garbage appended to the journal is ignored', async () => {
    const copy = await crashCopy();
    appendFileSync(
      newestJournal(copy),
      Buffer.from('\x2a\x00\x00\x00torn-write-garbage', 'binary'),
    );

    const { orders } = await open(copy);
    expect(await orders.countDocuments()).toBe(5);
    const indexes = await orders.listIndexes().toArray();
    expect(indexes.map((index) => index.name)).toEqual(['_id_', 'ref_1']);
  });
});
