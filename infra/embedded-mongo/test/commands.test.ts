import { UUID } from 'mongodb';
import { rejectionOf, useTestDatabase, type Loose } from './harness';

const t = useTestDatabase('commands');

describe('server commands', () => {
  it('ping', async () => {
    expect(await t.client.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
  });

  it('buildInfo reports a MongoDB 7 version', async () => {
    const info = await t.client.db('admin').command({ buildInfo: 1 });
    expect(info.version).toMatch(/^7\.\d+\.\d+/);
    expect(info.versionArray).toHaveLength(4);
    expect(info.versionArray[0]).toBe(7);
    expect(info.ok).toBe(1);
  });

  it('endSessions accepts session ids, known or not', async () => {
    const session = t.client.startSession();
    await t.db.collection<Loose>('sessions').insertOne({ _id: 1 }, { session });
    await session.endSession();
    const reply = await t.client.db('admin').command({ endSessions: [{ id: new UUID() }] });
    expect(reply.ok).toBe(1);
  });

  it('listDatabases includes this database once it holds data', async () => {
    await t.db.collection<Loose>('present').insertOne({ _id: 1 });
    const { databases, totalSize } = await t.client.db('admin').admin().listDatabases();
    const mine = databases.find((db) => db.name === t.dbName);
    expect(mine).toMatchObject({ name: t.dbName, empty: false });
    expect(mine?.sizeOnDisk).toEqual(expect.any(Number));
    expect(totalSize).toEqual(expect.any(Number));

    const names = await t.client.db('admin').command({ listDatabases: 1, nameOnly: true });
    expect(names.databases).toContainEqual({ name: t.dbName });
  });
});

describe('collection commands', () => {
  it('create makes an empty collection that listCollections reports', async () => {
    await t.db.createCollection('created');
    const [info] = await t.db.listCollections({ name: 'created' }).toArray();
    expect(info).toMatchObject({
      name: 'created',
      type: 'collection',
      options: {},
      info: { readOnly: false },
      idIndex: { v: 2, key: { _id: 1 }, name: '_id_' },
    });
    expect(await t.db.collection('created').countDocuments()).toBe(0);
  });

  it('create of an existing collection with identical options succeeds (MongoDB 7)', async () => {
    await t.db.createCollection('twice');
    const reply = await t.db.command({ create: 'twice' });
    expect(reply.ok).toBe(1);
  });

  it('listCollections filters by name and answers nameOnly', async () => {
    await t.db.collection('alpha').insertOne({});
    await t.db.collection('beta').insertOne({});
    const names = await t.db.listCollections({}, { nameOnly: true }).toArray();
    expect(names.map((c) => c.name)).toEqual(expect.arrayContaining(['alpha', 'beta']));
    expect(await t.db.listCollections({ name: 'beta' }).toArray()).toHaveLength(1);
    expect(await t.db.listCollections({ name: 'gamma' }).toArray()).toHaveLength(0);
  });

  it('drop removes the collection and its indexes', async () => {
    const collection = t.db.collection('dropped');
    await collection.insertOne({ sku: 'a' });
    await collection.createIndex({ sku: 1 });
    expect(await collection.drop()).toBe(true);
    expect(await t.db.listCollections({ name: 'dropped' }).toArray()).toHaveLength(0);
    expect(await rejectionOf(collection.listIndexes().toArray())).toMatchObject({
      code: 26,
      codeName: 'NamespaceNotFound',
    });
  });

  it('dropDatabase removes every collection', async () => {
    const other = t.client.db(`${t.dbName}_scratch`);
    await other.collection('one').insertOne({});
    await other.collection('two').insertOne({});
    expect(await other.dropDatabase()).toBe(true);
    expect(await other.listCollections().toArray()).toEqual([]);
    const { databases } = await t.client.db('admin').admin().listDatabases();
    expect(databases.map((db) => db.name)).not.toContain(`${t.dbName}_scratch`);
  });

  it('renameCollection moves documents and indexes', async () => {
    const source = t.db.collection('before');
    await source.insertMany([{ sku: 'a' }, { sku: 'b' }]);
    await source.createIndex({ sku: 1 }, { unique: true });
    const renamed = await source.rename('after');

    expect(await renamed.countDocuments()).toBe(2);
    expect((await renamed.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_', 'sku_1']);
    expect(await t.db.listCollections({ name: 'before' }).toArray()).toHaveLength(0);
  });

  it('renameCollection refuses an existing target unless dropTarget', async () => {
    await t.db.collection('from').insertOne({ from: true });
    await t.db.collection('to').insertOne({ to: true });
    const error = await rejectionOf(t.db.collection('from').rename('to'));
    expect(error).toMatchObject({ code: 48, codeName: 'NamespaceExists' });

    const renamed = await t.db.collection('from').rename('to', { dropTarget: true });
    expect(await renamed.find({}, { projection: { _id: 0 } }).toArray()).toEqual([{ from: true }]);
  });

  it('renameCollection of a missing source fails with NamespaceNotFound', async () => {
    const error = await rejectionOf(t.db.collection('never-existed').rename('anything'));
    expect(error).toMatchObject({ code: 26, codeName: 'NamespaceNotFound' });
  });

  it('collMod changes a TTL index expireAfterSeconds', async () => {
    await t.db.collection('modded').createIndex({ at: 1 }, { expireAfterSeconds: 60 });
    const reply = await t.db.command({
      collMod: 'modded',
      index: { keyPattern: { at: 1 }, expireAfterSeconds: 120 },
    });
    expect(reply).toMatchObject({ expireAfterSeconds_old: 60, expireAfterSeconds_new: 120, ok: 1 });
    const index = (await t.db.collection('modded').listIndexes().toArray())[1];
    expect(index).toMatchObject({ name: 'at_1', expireAfterSeconds: 120 });
  });
});

describe('index commands', () => {
  it('createIndexes reports counts and creates the collection', async () => {
    const reply = await t.db.command({
      createIndexes: 'indexed',
      indexes: [
        { key: { sku: 1 }, name: 'sku_1', unique: true },
        { key: { category: 1, price: -1 }, name: 'category_1_price_-1' },
      ],
    });
    expect(reply).toMatchObject({
      createdCollectionAutomatically: true,
      numIndexesBefore: 1,
      numIndexesAfter: 3,
      ok: 1,
    });

    const again = await t.db.command({
      createIndexes: 'indexed',
      indexes: [{ key: { sku: 1 }, name: 'sku_1', unique: true }],
    });
    expect(again).toMatchObject({ numIndexesBefore: 3, numIndexesAfter: 3, ok: 1 });
  });

  it('createIndexes rejects a second name for an existing key pattern', async () => {
    await t.db.collection('conflicts').createIndex({ a: 1 });
    const error = await rejectionOf(
      t.db.collection('conflicts').createIndex({ a: 1 }, { name: 'other' }),
    );
    expect(error).toMatchObject({ code: 85, codeName: 'IndexOptionsConflict' });
  });

  it('listIndexes lists _id_ first with v:2 and echoes options', async () => {
    const collection = t.db.collection('listed');
    await collection.createIndex({ sku: 1 }, { unique: true });
    await collection.createIndex({ tag: 1 }, { sparse: true, name: 'by_tag' });
    expect(await collection.listIndexes().toArray()).toEqual([
      { v: 2, key: { _id: 1 }, name: '_id_' },
      { v: 2, key: { sku: 1 }, name: 'sku_1', unique: true },
      { v: 2, key: { tag: 1 }, name: 'by_tag', sparse: true },
    ]);
  });

  it('dropIndexes by name, then all but _id_, and fails for an unknown index', async () => {
    const collection = t.db.collection('pruned');
    await collection.createIndexes([{ key: { a: 1 } }, { key: { b: 1 } }, { key: { c: 1 } }]);

    const one = await t.db.command({ dropIndexes: 'pruned', index: 'a_1' });
    expect(one).toMatchObject({ nIndexesWas: 4, ok: 1 });
    await collection.dropIndexes();
    expect((await collection.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);

    const error = await rejectionOf(collection.dropIndex('missing_1'));
    expect(error).toMatchObject({ code: 27, codeName: 'IndexNotFound' });
  });

  it('a simple collation is the default: accepted, and stored on neither collection nor index', async () => {
    const simple = { locale: 'simple' };
    const collection = await t.db.createCollection('simple_collation', { collation: simple });
    await collection.createIndex({ name: 1 }, { collation: simple });
    await collection.insertMany([{ name: 'rice' }, { name: 'Rice' }]);
    const found = await collection.find({ name: 'rice' }).collation(simple).toArray();
    expect(found.map((doc) => doc.name)).toEqual(['rice']);
    const [info] = await t.db
      .listCollections({ name: 'simple_collation' }, { nameOnly: false })
      .toArray();
    expect(info?.options).toEqual({});
    const indexes = await collection.indexes();
    expect(indexes.find((index) => index.name === 'name_1')).not.toHaveProperty('collation');
  });

  it('dbStats and collStats count collections, documents, indexes and BSON bytes', async () => {
    const db = t.client.db(`${t.dbName}_stats`);
    try {
      const stocked = db.collection<Loose>('stocked');
      await stocked.insertMany([
        { _id: 1, sku: 'A' },
        { _id: 2, sku: 'B' },
      ]);
      await stocked.createIndex({ sku: 1 });
      await db.createCollection('empty');
      const dbStats = await db.command({ dbStats: 1 });
      expect(dbStats).toMatchObject({
        db: db.databaseName,
        collections: 2,
        objects: 2,
        indexes: 3,
        dataSize: 2 * 25,
        ok: 1,
      });
      const collStats = await db.command({ collStats: 'stocked' });
      expect(collStats).toMatchObject({
        ns: `${db.databaseName}.stocked`,
        count: 2,
        size: 2 * 25,
        avgObjSize: 25,
        nindexes: 2,
        ok: 1,
      });
      expect(Object.keys(collStats.indexSizes as object).sort()).toEqual(['_id_', 'sku_1']);
    } finally {
      await db.dropDatabase();
    }
  });

  it('an unknown command fails with CommandNotFound', async () => {
    const error = await rejectionOf(t.db.command({ frobnicate: 1 }));
    expect(error).toMatchObject({
      code: 59,
      codeName: 'CommandNotFound',
      errmsg: "no such command: 'frobnicate'",
    });
  });
});
