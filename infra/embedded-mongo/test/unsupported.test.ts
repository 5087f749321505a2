import { Decimal128 } from 'mongodb';
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
    ];

    it.each(refusals)('%s', async (_feature, attempt) => {
      const error = await rejectionOf(attempt());
      expect(error).toMatchObject({ code: 115, codeName: 'CommandNotSupported' });
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
