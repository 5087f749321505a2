import { MongoClient, type Document } from 'mongodb';
import { Schema } from 'mongoose';
import {
  clientOptions,
  describeEmbeddedOnly,
  eventually,
  startEmbedded,
  useTestDatabase,
  type EmbeddedServer,
  type Loose,
} from './harness';

const t = useTestDatabase('index_use');

/** Every stage name in an explain plan tree (classic plans nest through inputStage/inputStages). */
function stagesOf(plan: Document | undefined): string[] {
  if (!plan) return [];
  return [...(plan.stage ? [String(plan.stage)] : []), ...childrenOf(plan).flatMap(stagesOf)];
}

function childrenOf(plan: Document): Document[] {
  return [
    ...(plan.inputStage ? [plan.inputStage as Document] : []),
    ...((plan.inputStages as Document[] | undefined) ?? []),
    ...(plan.queryPlan ? [plan.queryPlan as Document] : []),
  ];
}

describe('explain executionStats', () => {
  const parcels = () => t.db.collection<Loose>('parcels');

  beforeAll(async () => {
    await parcels().insertMany(
      Array.from({ length: 2000 }, (_, i) => ({
        _id: i,
        tracking: `TRK-${i}`,
        zone: `z${i % 500}`,
        weight: i % 7,
      })),
    );
    await parcels().createIndex({ tracking: 1 }, { unique: true });
    await parcels().createIndex({ zone: 1 });
  });

  it('an equality lookup on an indexed field examines only the matches via IXSCAN', async () => {
    const explain = await parcels().find({ zone: 'z42' }).explain('executionStats');
    expect(explain.executionStats).toMatchObject({ nReturned: 4, totalDocsExamined: 4 });
    expect(stagesOf(explain.queryPlanner.winningPlan)).toContain('IXSCAN');
    expect(stagesOf(explain.queryPlanner.winningPlan)).not.toContain('COLLSCAN');
  });

  it('a unique-field lookup examines one document', async () => {
    const explain = await parcels().find({ tracking: 'TRK-1999' }).explain('executionStats');
    expect(explain.executionStats).toMatchObject({ nReturned: 1, totalDocsExamined: 1 });
    expect(stagesOf(explain.queryPlanner.winningPlan)).toContain('IXSCAN');
  });

  it('a predicate on an unindexed field scans the collection', async () => {
    const explain = await parcels().find({ weight: 3 }).explain('executionStats');
    expect(explain.executionStats.totalDocsExamined).toBe(2000);
    expect(stagesOf(explain.queryPlanner.winningPlan)).toContain('COLLSCAN');
  });

  it('a hidden index is not used', async () => {
    await parcels().createIndex({ weight: 1 }, { hidden: true });
    try {
      const explain = await parcels().find({ weight: 3 }).explain('executionStats');
      expect(stagesOf(explain.queryPlanner.winningPlan)).toContain('COLLSCAN');
      expect(explain.executionStats.totalDocsExamined).toBe(2000);
    } finally {
      await parcels().dropIndex('weight_1');
    }
  });

  it('the explain command names the namespace and the query', async () => {
    const explain = await t.db.command({
      explain: { find: 'parcels', filter: { zone: 'z7' } },
      verbosity: 'executionStats',
    });
    expect(explain.queryPlanner.namespace).toBe(`${t.dbName}.parcels`);
    expect(explain.executionStats.nReturned).toBe(4);
    expect(explain.ok).toBe(1);
  });

  it('mongoose Query.explain uses the same index', async () => {
    const Parcel = t.conn.model('Parcel', new Schema({}), 'parcels');
    const explain = (await Parcel.find({ tracking: 'TRK-5' }).explain(
      'executionStats',
    )) as Document;
    expect(explain.executionStats.totalDocsExamined).toBe(1);
  });
});

/** The IXSCAN stage of an explain plan, if any. */
function indexScanOf(plan: Document | undefined): Document | undefined {
  if (!plan) return undefined;
  if (plan.stage === 'IXSCAN') return plan;
  return childrenOf(plan)
    .map(indexScanOf)
    .find((stage) => stage !== undefined);
}

describe('compound indexes', () => {
  const shelves = () => t.db.collection<Loose>('shelves');

  beforeAll(async () => {
    await shelves().insertMany(
      Array.from({ length: 1000 }, (_, i) => ({
        _id: i,
        storeId: `s${i % 10}`,
        sku: `k${Math.floor(i / 10)}`,
        price: Math.floor(i / 10),
      })),
    );
    await shelves().createIndex({ storeId: 1, sku: 1 }, { name: 'store_sku' });
    await shelves().createIndex({ storeId: 1, price: -1 }, { name: 'store_price' });
  });

  it('equality on both fields examines exactly the matching document', async () => {
    const explain = await shelves().find({ storeId: 's3', sku: 'k42' }).explain('executionStats');
    expect(explain.executionStats).toMatchObject({ nReturned: 1, totalDocsExamined: 1 });
    expect(indexScanOf(explain.queryPlanner.winningPlan)?.indexName).toBe('store_sku');
  });

  it('equality then a range examines only the documents in range', async () => {
    const filter = { storeId: 's3', price: { $gte: 10, $lt: 20 } };
    const explain = await shelves().find(filter).explain('executionStats');
    expect(explain.executionStats).toMatchObject({ nReturned: 10, totalDocsExamined: 10 });
    expect(indexScanOf(explain.queryPlanner.winningPlan)?.indexName).toBe('store_price');
    const prices = (await shelves().find(filter).sort({ price: 1 }).toArray()).map((d) => d.price);
    expect(prices).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });
});

describeEmbeddedOnly('TTL indexes', 'needs a TTL monitor interval shorter than 60 s', () => {
  let server: EmbeddedServer;
  let client: MongoClient;

  beforeAll(async () => {
    server = await startEmbedded({ ttlMonitorIntervalMs: 100 });
    client = await new MongoClient(server.url, clientOptions).connect();
  });

  afterAll(async () => {
    await client.close();
    await server.stop();
  });

  it('the monitor removes documents whose date plus expireAfterSeconds has passed', async () => {
    const sessions = client.db('ttl').collection<Loose>('sessions');
    await sessions.createIndex({ lastSeen: 1 }, { expireAfterSeconds: 1 });
    const now = Date.now();
    await sessions.insertMany([
      { _id: 'stale', lastSeen: new Date(now - 60_000) },
      { _id: 'stale-array', lastSeen: [new Date(now - 60_000), new Date(now + 3_600_000)] },
      { _id: 'fresh', lastSeen: new Date(now + 3_600_000) },
      { _id: 'not-a-date', lastSeen: 'yesterday' },
      { _id: 'missing' },
    ]);

    const gone = await eventually(
      async () => (await sessions.countDocuments({ _id: 'stale' })) === 0,
    );
    expect(gone).toBe(true);
    const left = await sessions.find().sort({ _id: 1 }).toArray();
    expect(left.map((d) => d._id)).toEqual(['fresh', 'missing', 'not-a-date']);
  });
});
