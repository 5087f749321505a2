import { Decimal128, type ClientSession } from 'mongodb';
import { Schema, Types } from 'mongoose';
import { describeEmbeddedOnly, rejectionOf, useTestDatabase, type Loose } from './harness';

const t = useTestDatabase('unsupported');

/**
 * The README's "Known differences from MongoDB 7", made executable: what the embedded server does
 * not implement must fail loudly with CommandNotSupported (115), never answer differently.
 */
describeEmbeddedOnly(
  'documented differences fail loudly',
  'MongoDB 7 supports these; the embedded server refuses them with code 115',
  () => {
    const items = () => t.db.collection<Loose>('items');
    const english = { locale: 'en', strength: 2 };
    const inTransaction = async (work: (session: ClientSession) => Promise<unknown>) => {
      const session = t.client.startSession();
      try {
        session.startTransaction();
        return await work(session);
      } finally {
        await session.endSession();
      }
    };

    beforeAll(async () => {
      await items().insertMany([{ name: 'Rice' }, { name: 'rice' }]);
    });

    const refusals: [string, () => Promise<unknown>][] = [
      ['Decimal128 values', () => items().insertOne({ price: Decimal128.fromString('9.99') })],
      [
        '$out',
        () =>
          items()
            .aggregate([{ $out: 'copy' }])
            .toArray(),
      ],
      [
        '$merge',
        () =>
          items()
            .aggregate([{ $merge: 'copy' }])
            .toArray(),
      ],
      [
        'change streams',
        () =>
          items()
            .aggregate([{ $changeStream: {} }])
            .toArray(),
      ],
      ['text indexes', () => items().createIndex({ name: 'text' })],
      ['2dsphere indexes', () => items().createIndex({ location: '2dsphere' })],
      ['capped collections', () => t.db.createCollection('capped', { capped: true, size: 4096 })],
      [
        'schema validators',
        () => t.db.createCollection('valid', { validator: { n: { $gte: 0 } } }),
      ],
      ['views', () => t.db.createCollection('view', { viewOn: 'items', pipeline: [] })],
      [
        'explain of aggregate',
        () =>
          items()
            .aggregate([{ $match: {} }])
            .explain(),
      ],
      [
        'a query collation',
        () => items().find({ name: 'rice' }).collation({ locale: 'en', strength: 2 }).toArray(),
      ],
      [
        'an aggregate collation',
        () =>
          items()
            .aggregate([{ $match: {} }], { collation: english })
            .toArray(),
      ],
      [
        'an update collation',
        () => items().updateOne({}, { $set: { n: 1 } }, { collation: english }),
      ],
      ['a delete collation', () => items().deleteMany({ name: 'x' }, { collation: english })],
      [
        'a findAndModify collation',
        () => items().findOneAndUpdate({}, { $set: { n: 1 } }, { collation: english }),
      ],
      ['a count collation', () => items().countDocuments({}, { collation: english })],
      ['a distinct collation', () => items().distinct('name', {}, { collation: english })],
      ['an index collation', () => items().createIndex({ name: 1 }, { collation: english })],
      ['a collection default collation', () => t.db.createCollection('c', { collation: english })],
      ['an explained collation', () => items().find({}).collation(english).explain()],
      ['wildcard indexes', () => items().createIndex({ '$**': 1 })],
      ['wildcard indexes on a subpath', () => items().createIndex({ 'attrs.$**': 1 })],
      ['hashed indexes', () => items().createIndex({ name: 'hashed' })],
      ['2d indexes', () => items().createIndex({ location: '2d' })],
      [
        '$text queries',
        () =>
          items()
            .find({ $text: { $search: 'rice' } })
            .toArray(),
      ],
      ['$where queries', () => items().find({ $where: 'true' }).toArray()],
      [
        '$geoWithin queries',
        () =>
          items()
            .find({ $or: [{ at: { $geoWithin: { $center: [[0, 0], 1] } } }] })
            .toArray(),
      ],
      ['currentOp', () => t.client.db('admin').command({ currentOp: 1 })],
      ['validate', () => t.db.command({ validate: 'items' })],
      ['mapReduce', () => t.db.command({ mapReduce: 'items', map: 'f', reduce: 'g', out: 'x' })],
      ['createUser', () => t.db.command({ createUser: 'u', pwd: 'p', roles: [] })],
      [
        'create in a transaction',
        () => inTransaction((session) => t.db.createCollection('tx', { session })),
      ],
      [
        'createIndexes in a transaction',
        () => inTransaction((session) => items().createIndex({ n: 1 }, { session })),
      ],
    ];

    it.each(refusals)('%s', async (_feature, attempt) => {
      const error = await rejectionOf(attempt());
      expect(error).toMatchObject({ code: 115, codeName: 'CommandNotSupported' });
    });

    it('a refused collation changes nothing', async () => {
      await rejectionOf(items().updateMany({}, { $set: { n: 1 } }, { collation: english }));
      expect(await items().countDocuments({ n: 1 })).toBe(0);
    });

    it('a refused index type creates no index', async () => {
      await rejectionOf(items().createIndex({ '$**': 1 }));
      expect((await items().indexes()).map((index) => index.name)).toEqual(['_id_']);
    });

    it('a refused Decimal128 insert stores nothing', async () => {
      await rejectionOf(items().insertOne({ _id: 'priced', price: Decimal128.fromString('1.5') }));
      expect(await items().findOne({ _id: 'priced' })).toBeNull();
    });

    it('a mongoose Decimal128 path is refused the same way', async () => {
      const Price = t.conn.model('Price', new Schema({ amount: Schema.Types.Decimal128 }));
      const error = await rejectionOf(Price.create({ amount: new Types.Decimal128('1.50') }));
      expect(error).toMatchObject({ code: 115 });
    });
  },
);
