import { Long, ObjectId, type CommandStartedEvent } from 'mongodb';
import { Schema } from 'mongoose';
import { rejectionOf, useTestDatabase, type Loose } from './harness';

const t = useTestDatabase('crud_read');
const products = () => t.db.collection<Loose>('products');

beforeAll(async () => {
  await products().insertMany(
    Array.from({ length: 35 }, (_, i) => ({
      _id: i,
      name: `p${String(i).padStart(2, '0')}`,
      cat: i % 3 === 0 ? 'fruit' : 'veg',
      price: (i * 7) % 10,
      tags: i % 2 === 0 ? ['even', `t${i % 4}`] : ['odd'],
    })),
  );
});

describe('find', () => {
  it('filters, sorts, projects, skips and limits', async () => {
    const docs = await products()
      .find({ cat: 'veg', price: { $gte: 5 } }, { projection: { _id: 0, name: 1, price: 1 } })
      .sort({ price: -1, name: 1 })
      .skip(1)
      .limit(3)
      .toArray();
    expect(docs).toEqual([
      { name: 'p17', price: 9 },
      { name: 'p04', price: 8 },
      { name: 'p14', price: 8 },
    ]);
  });

  it('an exclusion projection keeps everything else', async () => {
    const doc = await products().findOne({ _id: 4 }, { projection: { tags: 0, cat: 0 } });
    expect(doc).toEqual({ _id: 4, name: 'p04', price: 8 });
  });

  it('batchSize forces getMore round trips and yields every document once', async () => {
    const getMores: CommandStartedEvent[] = [];
    const listener = (event: CommandStartedEvent): void => {
      if (event.commandName === 'getMore') getMores.push(event);
    };
    t.client.on('commandStarted', listener);
    try {
      const ids = await products()
        .find({}, { batchSize: 10 })
        .sort({ _id: 1 })
        .map((doc) => doc._id)
        .toArray();
      expect(ids).toEqual(Array.from({ length: 35 }, (_, i) => i));
    } finally {
      t.client.off('commandStarted', listener);
    }
    expect(getMores).toHaveLength(3);
    expect(getMores[0]?.command.batchSize).toBe(10);
  });

  it('singleBatch closes the cursor after the first batch', async () => {
    const reply = await t.db.command(
      { find: 'products', filter: {}, batchSize: 5, singleBatch: true },
      { promoteLongs: false },
    );
    expect(reply.cursor.firstBatch).toHaveLength(5);
    expect(reply.cursor.id).toEqual(Long.ZERO);
    expect(reply.cursor.ns).toBe(`${t.dbName}.products`);
  });

  it('getMore continues a cursor and fails for an unknown one', async () => {
    const session = t.client.startSession();
    try {
      const first = await t.db.command(
        { find: 'products', filter: {}, sort: { _id: 1 }, batchSize: 2 },
        { session, promoteLongs: false },
      );
      expect(first.cursor.firstBatch.map((d: Loose) => d._id)).toEqual([0, 1]);
      const next = await t.db.command(
        { getMore: first.cursor.id, collection: 'products', batchSize: 3 },
        { session, promoteLongs: false },
      );
      expect(next.cursor.nextBatch.map((d: Loose) => d._id)).toEqual([2, 3, 4]);
      expect(next.cursor.id).toEqual(first.cursor.id);

      const missing = await rejectionOf(
        t.db.command(
          { getMore: Long.fromNumber(424242), collection: 'products' },
          { session, promoteLongs: false },
        ),
      );
      expect(missing).toMatchObject({ code: 43, codeName: 'CursorNotFound' });
    } finally {
      await session.endSession();
    }
  });

  it('getMore refuses a negative batchSize instead of answering empty batches', async () => {
    const session = t.client.startSession();
    try {
      const first = await t.db.command(
        { find: 'products', filter: {}, sort: { _id: 1 }, batchSize: 2 },
        { session, promoteLongs: false },
      );
      const refused = await rejectionOf(
        t.db.command(
          { getMore: first.cursor.id, collection: 'products', batchSize: -1 },
          { session, promoteLongs: false },
        ),
      );
      expect(refused).toMatchObject({ code: expect.any(Number) });
      expect(refused.message).toMatch(/batchSize/i);
    } finally {
      await session.endSession();
    }
  });

  it('getMore from another session fails with 50738 and leaves the cursor usable', async () => {
    const owner = t.client.startSession();
    const other = t.client.startSession();
    try {
      const first = await t.db.command(
        { find: 'products', filter: {}, sort: { _id: 1 }, batchSize: 2 },
        { session: owner, promoteLongs: false },
      );
      const getMore = { getMore: first.cursor.id, collection: 'products', batchSize: 1 };
      const error = await rejectionOf(
        t.db.command(getMore, { session: other, promoteLongs: false }),
      );
      expect(error).toMatchObject({ code: 50738, codeName: 'Location50738' });
      const next = await t.db.command(getMore, { session: owner, promoteLongs: false });
      expect(next.cursor.nextBatch.map((d: Loose) => d._id)).toEqual([2]);
    } finally {
      await owner.endSession();
      await other.endSession();
    }
  });

  it('cursor.close() kills the server cursor', async () => {
    const session = t.client.startSession();
    try {
      const cursor = products().find({}, { batchSize: 2, session });
      await cursor.next();
      const id = cursor.id;
      expect(id?.isZero()).toBe(false);
      await cursor.close();
      const error = await rejectionOf(
        t.db.command({ getMore: id, collection: 'products' }, { session, promoteLongs: false }),
      );
      expect(error).toMatchObject({ code: 43 });
    } finally {
      await session.endSession();
    }
  });

  it('killCursors reports which cursors it killed', async () => {
    const session = t.client.startSession();
    try {
      const { cursor } = await t.db.command(
        { find: 'products', filter: {}, batchSize: 1 },
        { session, promoteLongs: false },
      );
      const unknown = Long.fromNumber(777);
      const reply = await t.db.command(
        { killCursors: 'products', cursors: [cursor.id, unknown] },
        { session, promoteLongs: false },
      );
      expect(reply).toMatchObject({
        cursorsKilled: [cursor.id],
        cursorsNotFound: [unknown],
        cursorsAlive: [],
        cursorsUnknown: [],
        ok: 1,
      });
    } finally {
      await session.endSession();
    }
  });
});

describe('counting and distinct', () => {
  it('countDocuments, estimatedDocumentCount and the count command agree', async () => {
    expect(await products().countDocuments({ cat: 'fruit' })).toBe(12);
    expect(await products().countDocuments({}, { skip: 30, limit: 10 })).toBe(5);
    expect(await products().estimatedDocumentCount()).toBe(35);
    expect(await t.db.command({ count: 'products', query: { cat: 'veg' } })).toMatchObject({
      n: 23,
      ok: 1,
    });
  });

  it('distinct unwinds array values and honours the filter', async () => {
    const tags = await products().distinct('tags');
    expect([...tags].sort()).toEqual(['even', 'odd', 't0', 't2']);
    const fruitPrices = await products().distinct('price', { cat: 'fruit' });
    expect([...fruitPrices].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('mongoose countDocuments and distinct', async () => {
    const Product = t.conn.model(
      'ReadProduct',
      new Schema({ cat: String, tags: [String] }),
      'products',
    );
    expect(await Product.countDocuments({ tags: 'odd' })).toBe(17);
    expect((await Product.distinct('cat')).sort()).toEqual(['fruit', 'veg']);
  });
});

describe('cross-type sort order', () => {
  const id = new ObjectId('65f000000000000000000001');
  const date = new Date('2024-01-01T00:00:00.000Z');
  const ladder: [string, unknown][] = [
    ['null', null],
    ['int', 1],
    ['double', 2.5],
    ['long', Long.fromNumber(3)],
    ['string', 'a'],
    ['object', { a: 1 }],
    ['array', [1]],
    ['objectId', id],
    ['boolean', true],
    ['date', date],
  ];

  beforeAll(async () => {
    const shuffled = [...ladder].reverse();
    await t.db
      .collection<Loose>('mixed')
      .insertMany(shuffled.map(([kind, value]) => ({ _id: kind, nested: { x: value } })));
    await t.db
      .collection<Loose>('scalars')
      .insertMany(
        shuffled
          .filter(([kind]) => kind !== 'array')
          .map(([kind, value]) => ({ _id: kind, v: value })),
      );
  });

  it('orders null < numbers < strings < objects < ObjectId < booleans < dates', async () => {
    const sorted = await t.db.collection<Loose>('scalars').find().sort({ v: 1 }).toArray();
    expect(sorted.map((d) => d._id)).toEqual(
      ladder.map(([kind]) => kind).filter((kind) => kind !== 'array'),
    );
  });

  it('places arrays between objects and ObjectIds when compared inside documents', async () => {
    const sorted = await t.db.collection<Loose>('mixed').find().sort({ nested: 1 }).toArray();
    expect(sorted.map((d) => d._id)).toEqual(ladder.map(([kind]) => kind));
    const reversed = await t.db.collection<Loose>('mixed').find().sort({ nested: -1 }).toArray();
    expect(reversed.map((d) => d._id)).toEqual(ladder.map(([kind]) => kind).reverse());
  });

  it('sorts an array field by its smallest element ascending and largest descending', async () => {
    const collection = t.db.collection<Loose>('arrays');
    await collection.insertMany([
      { _id: 'low', v: [5, 1] },
      { _id: 'mid', v: 3 },
      { _id: 'high', v: [2, 9] },
    ]);
    const ascending = await collection.find().sort({ v: 1 }).toArray();
    expect(ascending.map((d) => d._id)).toEqual(['low', 'high', 'mid']);
    const descending = await collection.find().sort({ v: -1 }).toArray();
    expect(descending.map((d) => d._id)).toEqual(['high', 'low', 'mid']);
  });
});

describe('int64 beyond 2^53', () => {
  const counters = () => t.db.collection<Loose>('counters');
  const base = 2n ** 53n;

  beforeAll(async () => {
    await counters().insertMany([
      { _id: 'at', n: Long.fromBigInt(base) },
      { _id: 'above', n: Long.fromBigInt(base + 1n) },
      { _id: 'double', n: 2 ** 53 },
    ]);
  });

  const ids = async (filter: Loose) =>
    (await counters().find(filter).sort({ _id: 1 }).toArray()).map((doc) => doc._id);

  it('equality and ranges compare exactly, with and without an index', async () => {
    for (const indexed of [false, true]) {
      if (indexed) await counters().createIndex({ n: 1 });
      expect(await ids({ n: Long.fromBigInt(base + 1n) })).toEqual(['above']);
      expect(await ids({ n: Long.fromBigInt(base) })).toEqual(['at', 'double']);
      expect(await ids({ n: { $gt: Long.fromBigInt(base) } })).toEqual(['above']);
      expect(await ids({ n: { $gt: 2 ** 53 } })).toEqual(['above']);
      expect(await ids({ n: { $lte: 2 ** 53 } })).toEqual(['at', 'double']);
    }
  });
});
