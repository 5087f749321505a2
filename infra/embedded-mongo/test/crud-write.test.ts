import { ObjectId, type UpdateFilter } from 'mongodb';
import { Schema } from 'mongoose';
import { rejectionOf, useTestDatabase, type Loose } from './harness';

const t = useTestDatabase('crud_write');

describe('insert', () => {
  it('assigns an ObjectId _id and stores the document as given', async () => {
    const collection = t.db.collection<Loose>('inserted');
    const at = new Date('2024-05-01T10:00:00.000Z');
    const { insertedId } = await collection.insertOne({ name: 'rice', qty: 3, at, tags: ['a'] });
    expect(insertedId).toBeInstanceOf(ObjectId);
    expect(await collection.findOne({ _id: insertedId })).toEqual({
      _id: insertedId,
      name: 'rice',
      qty: 3,
      at,
      tags: ['a'],
    });
  });

  it('rejects a duplicate _id with E11000', async () => {
    const collection = t.db.collection<Loose>('dup_ids');
    await collection.insertOne({ _id: 7 });
    const error = await rejectionOf(collection.insertOne({ _id: 7 }));
    expect(error).toMatchObject({ code: 11000, keyPattern: { _id: 1 }, keyValue: { _id: 7 } });
  });
});

describe('update', () => {
  const seed = [
    { _id: 1, cat: 'a', qty: 1 },
    { _id: 2, cat: 'a', qty: 2 },
    { _id: 3, cat: 'b', qty: 3 },
  ];

  it('updateMany updates every match and counts no-ops as matched but unmodified', async () => {
    const collection = t.db.collection<{ _id: number; cat: string; qty: number }>('multi');
    await collection.insertMany(seed);
    const result = await collection.updateMany({ cat: 'a' }, { $set: { qty: 2 } });
    expect(result).toMatchObject({ matchedCount: 2, modifiedCount: 1, upsertedCount: 0 });
    expect(await collection.countDocuments({ qty: 2 })).toBe(2);
  });

  it('updateOne touches only the first match', async () => {
    const collection = t.db.collection<{ _id: number; cat: string; qty: number }>('single');
    await collection.insertMany(seed);
    const result = await collection.updateOne({ cat: 'a' }, { $inc: { qty: 10 } });
    expect(result).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    expect(await collection.countDocuments({ qty: { $gte: 10 } })).toBe(1);
  });

  it('an upsert builds the new document from equality fields of the filter', async () => {
    const collection = t.db.collection<Loose>('upserts');
    const first = await collection.updateOne(
      { sku: 'X-1', 'dims.w': 5, qty: { $gt: 3 } },
      { $set: { name: 'new' }, $setOnInsert: { created: 1 } },
      { upsert: true },
    );
    expect(first).toMatchObject({ matchedCount: 0, modifiedCount: 0, upsertedCount: 1 });
    expect(await collection.findOne({ _id: first.upsertedId ?? undefined })).toEqual({
      _id: first.upsertedId,
      sku: 'X-1',
      dims: { w: 5 },
      name: 'new',
      created: 1,
    });

    const second = await collection.updateOne(
      { sku: 'X-1' },
      { $set: { name: 'renamed' }, $setOnInsert: { created: 2 } },
      { upsert: true },
    );
    expect(second).toMatchObject({ matchedCount: 1, upsertedCount: 0, upsertedId: null });
    expect(await collection.findOne({ sku: 'X-1' }, { projection: { _id: 0 } })).toEqual({
      sku: 'X-1',
      dims: { w: 5 },
      name: 'renamed',
      created: 1,
    });
  });

  it('an upsert takes _id from the filter', async () => {
    const collection = t.db.collection<Loose>('upsert_ids');
    const result = await collection.updateOne(
      { _id: 'fixed' },
      { $inc: { n: 1 } },
      { upsert: true },
    );
    expect(result.upsertedId).toBe('fixed');
    expect(await collection.findOne({})).toEqual({ _id: 'fixed', n: 1 });
  });

  it('arrayFilters update only the matching elements', async () => {
    const collection = t.db.collection<Loose>('grades');
    await collection.insertOne({ _id: 1, grades: [95, 102, 90, 150] });
    await collection.updateOne(
      { _id: 1 },
      { $set: { 'grades.$[high]': 100 } },
      { arrayFilters: [{ high: { $gte: 100 } }] },
    );
    expect(await collection.findOne({})).toEqual({ _id: 1, grades: [95, 100, 90, 100] });
  });

  it('the positional $ updates the element the filter matched', async () => {
    const collection = t.db.collection<Loose>('positional');
    const items = [
      { sku: 'a', qty: 1 },
      { sku: 'b', qty: 1 },
    ];
    await collection.insertOne({ _id: 1, items });
    await collection.updateOne({ _id: 1, 'items.sku': 'b' }, { $inc: { 'items.$.qty': 5 } });
    expect(await collection.findOne({})).toEqual({
      _id: 1,
      items: [
        { sku: 'a', qty: 1 },
        { sku: 'b', qty: 6 },
      ],
    });
  });

  it('$[] updates every element', async () => {
    const collection = t.db.collection<Loose>('all_positional');
    await collection.insertOne({ _id: 1, items: [{ qty: 1 }, { qty: 2 }] });
    await collection.updateOne({ _id: 1 }, { $inc: { 'items.$[].qty': 10 } });
    expect(await collection.findOne({})).toEqual({ _id: 1, items: [{ qty: 11 }, { qty: 12 }] });
  });

  it('mongoose updateMany and replaceOne', async () => {
    const Product = t.conn.model('WriteProduct', new Schema({ cat: String, qty: Number }));
    await Product.insertMany([
      { cat: 'a', qty: 1 },
      { cat: 'a', qty: 2 },
    ]);
    const result = await Product.updateMany({ cat: 'a' }, { $inc: { qty: 1 } });
    expect(result).toMatchObject({ matchedCount: 2, modifiedCount: 2 });
    const doc = await Product.findOne({ qty: 3 }).orFail();
    await Product.replaceOne({ _id: doc._id }, { cat: 'z', qty: 0 });
    expect(await Product.findById(doc._id).lean()).toMatchObject({ cat: 'z', qty: 0 });
  });
});

describe('update type errors', () => {
  beforeAll(async () => {
    await t.db.collection<Loose>('typed').insertOne({
      _id: 1,
      name: 'rice',
      list: 'not-an-array',
      empty: null,
    });
  });

  it('$inc on a string fails with TypeMismatch (14)', async () => {
    const error = await rejectionOf(
      t.db.collection<Loose>('typed').updateOne({ _id: 1 }, { $inc: { name: 1 } }),
    );
    expect(error).toMatchObject({ code: 14, codeName: 'TypeMismatch' });
    expect(error.errmsg).toMatch(/Cannot apply \$inc to a value of non-numeric type/);
  });

  it('$push onto a non-array fails with BadValue (2)', async () => {
    const typed = t.db.collection<{ _id: number; list: string[] }>('typed');
    const error = await rejectionOf(typed.updateOne({ _id: 1 }, { $push: { list: 'x' } }));
    expect(error).toMatchObject({ code: 2, codeName: 'BadValue' });
    expect(error.errmsg).toMatch(/must be an array but is of type string/);
  });

  it.each([
    [
      { $addToSet: { list: 'x' } },
      2,
      "Cannot apply $addToSet to non-array field. Field named 'list' has non-array type string",
    ],
    [{ $pop: { list: 1 } }, 14, "Path 'list' contains an element of non-array type 'string'"],
    [{ $pull: { list: 'x' } }, 2, 'Cannot apply $pull to a non-array value'],
    [{ $pullAll: { list: ['x'] } }, 2, 'Cannot apply $pull to a non-array value'],
    [
      { $push: { empty: 'x' } },
      2,
      "The field 'empty' must be an array but is of type null in document {_id: 1}",
    ],
    [
      { $inc: { empty: 1 } },
      14,
      "Cannot apply $inc to a value of non-numeric type. {_id: 1} has the field 'empty' of non-numeric type null",
    ],
  ] as [UpdateFilter<Loose>, number, string][])(
    '%j on a non-array or null fails as MongoDB does',
    async (update, code, errmsg) => {
      const typed = t.db.collection<Loose>('typed');
      const error = await rejectionOf(typed.updateOne({ _id: 1 }, update));
      expect(error).toMatchObject({ code, errmsg });
      expect(await typed.findOne({ _id: 1 })).toEqual({
        _id: 1,
        name: 'rice',
        list: 'not-an-array',
        empty: null,
      });
    },
  );

  it('array operators on a missing field: $pop and $pull do nothing, $addToSet creates it', async () => {
    const typed = t.db.collection<Loose>('typed');
    await typed.insertOne({ _id: 2 });
    await t.db.command({
      update: 'typed',
      updates: [{ q: { _id: 2 }, u: { $pop: { a: 1 }, $pull: { b: 1 }, $addToSet: { c: 1 } } }],
    });
    expect(await typed.findOne({ _id: 2 })).toEqual({ _id: 2, c: [1] });
  });

  it('changing _id fails with ImmutableField (66) and leaves the document alone', async () => {
    const collection = t.db.collection<Loose>('typed');
    const error = await rejectionOf(collection.updateOne({ _id: 1 }, { $set: { _id: 2 } }));
    expect(error).toMatchObject({ code: 66, codeName: 'ImmutableField' });
    expect(error.errmsg).toMatch(/would modify the immutable field '_id'/);
    expect(await collection.findOne({ _id: 1 })).toMatchObject({ name: 'rice' });
  });

  it('mongoose surfaces the same server error', async () => {
    const Typed = t.conn.model('Typed', new Schema({ _id: Number }, { strict: false }), 'typed');
    const error = await rejectionOf(Typed.updateOne({ _id: 1 }, { $inc: { name: 1 } }).exec());
    expect(error).toMatchObject({ code: 14 });
  });
});

describe('delete', () => {
  it('deleteOne removes one match, deleteMany removes all', async () => {
    const collection = t.db.collection<Loose>('deleted');
    await collection.insertMany([{ k: 1 }, { k: 1 }, { k: 1 }, { k: 2 }]);
    expect(await collection.deleteOne({ k: 1 })).toMatchObject({ deletedCount: 1 });
    expect(await collection.deleteMany({ k: 1 })).toMatchObject({ deletedCount: 2 });
    expect(await collection.deleteMany({ k: 3 })).toMatchObject({ deletedCount: 0 });
    expect(await collection.find({}, { projection: { _id: 0 } }).toArray()).toEqual([{ k: 2 }]);
  });

  it('mongoose deleteMany', async () => {
    const Temp = t.conn.model('Temp', new Schema({ k: Number }));
    await Temp.create([{ k: 1 }, { k: 2 }]);
    expect(await Temp.deleteMany({ k: { $lt: 5 } })).toMatchObject({ deletedCount: 2 });
  });
});

describe('write concern on a single-node replica set', () => {
  const concerned = () => t.db.collection<Loose>('concerned');

  it('w: 1 and majority are satisfied', async () => {
    await concerned().insertOne({ _id: 'one' }, { writeConcern: { w: 1 } });
    await concerned().insertOne({ _id: 'majority' }, { writeConcern: { w: 'majority', j: true } });
    expect(await concerned().countDocuments({ _id: { $in: ['one', 'majority'] } })).toBe(2);
  });

  it('w: 2 applies the write and reports UnsatisfiableWriteConcern (100) in writeConcernError', async () => {
    const error = await rejectionOf(
      t.db.command({ insert: 'concerned', documents: [{ _id: 'two' }], writeConcern: { w: 2 } }),
    );
    expect(error).toMatchObject({ code: 100, codeName: 'UnsatisfiableWriteConcern' });
    expect(error.result).toMatchObject({
      ok: 1,
      n: 1,
      writeConcernError: {
        code: 100,
        codeName: 'UnsatisfiableWriteConcern',
        errmsg: 'Not enough data-bearing nodes',
        errInfo: { writeConcern: { w: 2, wtimeout: 0, provenance: 'clientSupplied' } },
      },
    });
    expect(await concerned().findOne({ _id: 'two' })).toEqual({ _id: 'two' });
  });

  it('an unknown write concern mode reports UnknownReplWriteConcern (79)', async () => {
    const error = await rejectionOf(
      t.db.command({
        update: 'concerned',
        updates: [{ q: { _id: 'one' }, u: { $set: { tagged: true } } }],
        writeConcern: { w: 'dc' },
      }),
    );
    expect(error).toMatchObject({
      code: 79,
      codeName: 'UnknownReplWriteConcern',
      errmsg: "No write concern mode named 'dc' found in replica set configuration",
    });
    expect(await concerned().findOne({ _id: 'one' })).toEqual({ _id: 'one', tagged: true });
  });
});
