import { MongoBulkWriteError, type Document } from 'mongodb';
import { Schema } from 'mongoose';
import { rejectionOf, useTestDatabase, type Loose } from './harness';

const t = useTestDatabase('unique');

function writeErrorsOf(error: unknown): Document[] {
  expect(error).toBeInstanceOf(MongoBulkWriteError);
  return (error as MongoBulkWriteError).result.getWriteErrors().map((e) => e.toJSON());
}

describe('unique index violations', () => {
  const skus = () => t.db.collection<Loose>('skus');

  beforeAll(async () => {
    await skus().createIndex({ sku: 1 }, { unique: true });
    await skus().insertOne({ _id: 1, sku: 'A-1' });
  });

  it('insertOne: E11000 with the exact MongoDB message, keyPattern and keyValue', async () => {
    const error = await rejectionOf(skus().insertOne({ _id: 2, sku: 'A-1' }));
    expect(error).toMatchObject({
      code: 11000,
      errmsg: `E11000 duplicate key error collection: ${t.dbName}.skus index: sku_1 dup key: { sku: "A-1" }`,
      keyPattern: { sku: 1 },
      keyValue: { sku: 'A-1' },
    });
    expect(await skus().countDocuments()).toBe(1);
  });

  it('updateOne into an existing key fails the same way and changes nothing', async () => {
    await skus().insertOne({ _id: 3, sku: 'B-1' });
    const error = await rejectionOf(skus().updateOne({ _id: 3 }, { $set: { sku: 'A-1' } }));
    expect(error).toMatchObject({ code: 11000, keyPattern: { sku: 1 }, keyValue: { sku: 'A-1' } });
    expect(await skus().findOne({ _id: 3 })).toEqual({ _id: 3, sku: 'B-1' });
  });

  it('an upsert that would duplicate a key fails', async () => {
    const error = await rejectionOf(
      skus().updateOne({ _id: 99 }, { $set: { sku: 'A-1' } }, { upsert: true }),
    );
    expect(error).toMatchObject({ code: 11000 });
    expect(await skus().findOne({ _id: 99 })).toBeNull();
  });

  it('ordered insertMany stops at the first duplicate and reports its index', async () => {
    const error = await rejectionOf(
      skus().insertMany([{ sku: 'O-1' }, { sku: 'A-1' }, { sku: 'O-3' }, { sku: 'A-1' }]),
    );
    const writeErrors = writeErrorsOf(error);
    expect(writeErrors).toHaveLength(1);
    expect(writeErrors[0]).toMatchObject({ index: 1, code: 11000 });
    expect((error as unknown as MongoBulkWriteError).insertedCount).toBe(1);
    expect(await skus().countDocuments({ sku: { $in: ['O-1', 'O-3'] } })).toBe(1);
  });

  it('unordered insertMany continues past duplicates and reports every one', async () => {
    const error = await rejectionOf(
      skus().insertMany([{ sku: 'U-1' }, { sku: 'A-1' }, { sku: 'U-3' }, { sku: 'U-1' }], {
        ordered: false,
      }),
    );
    const writeErrors = writeErrorsOf(error);
    expect(writeErrors.map((e) => [e.index, e.code])).toEqual([
      [1, 11000],
      [3, 11000],
    ]);
    expect(await skus().countDocuments({ sku: { $in: ['U-1', 'U-3'] } })).toBe(2);
  });

  it('the raw insert reply carries writeErrors with keyPattern and keyValue', async () => {
    const reply = await t.db.command({
      insert: 'skus',
      documents: [{ sku: 'R-1' }, { sku: 'A-1' }],
      ordered: true,
    });
    expect(reply).toMatchObject({ n: 1, ok: 1 });
    expect(reply.writeErrors).toEqual([
      expect.objectContaining({
        index: 1,
        code: 11000,
        keyPattern: { sku: 1 },
        keyValue: { sku: 'A-1' },
      }),
    ]);
  });
});

describe('unique index variants', () => {
  it('compound: only the full key combination must be unique', async () => {
    const slots = t.db.collection<Loose>('slots');
    await slots.createIndex({ store: 1, day: 1 }, { unique: true });
    await slots.insertMany([
      { store: 1, day: 1 },
      { store: 1, day: 2 },
      { store: 2, day: 1 },
    ]);
    const error = await rejectionOf(slots.insertOne({ store: 1, day: 2 }));
    expect(error).toMatchObject({
      code: 11000,
      keyPattern: { store: 1, day: 1 },
      keyValue: { store: 1, day: 2 },
    });
    expect(error.errmsg).toMatch(/index: store_1_day_1 dup key: \{ store: 1, day: 2 \}/);
  });

  it('non-sparse: a second document missing the field collides on null', async () => {
    const emails = t.db.collection<Loose>('emails');
    await emails.createIndex({ email: 1 }, { unique: true });
    await emails.insertOne({ name: 'first' });
    const error = await rejectionOf(emails.insertOne({ name: 'second' }));
    expect(error).toMatchObject({ code: 11000, keyValue: { email: null } });
    expect(error.errmsg).toMatch(/dup key: \{ email: null \}/);
  });

  it('sparse: documents without the field never collide, values still do', async () => {
    const phones = t.db.collection<Loose>('phones');
    await phones.createIndex({ phone: 1 }, { unique: true, sparse: true });
    await phones.insertMany([{ name: 'a' }, { name: 'b' }, { phone: '+84 1' }]);
    const error = await rejectionOf(phones.insertOne({ phone: '+84 1' }));
    expect(error).toMatchObject({ code: 11000, keyValue: { phone: '+84 1' } });
  });

  it('partialFilterExpression: uniqueness applies only to matching documents', async () => {
    const codes = t.db.collection<Loose>('codes');
    await codes.createIndex(
      { code: 1 },
      { unique: true, partialFilterExpression: { active: true } },
    );
    await codes.insertMany([
      { code: 'X', active: false },
      { code: 'X', active: false },
      { code: 'X', active: true },
    ]);
    const error = await rejectionOf(codes.insertOne({ code: 'X', active: true }));
    expect(error).toMatchObject({ code: 11000, keyValue: { code: 'X' } });
    expect(await codes.countDocuments({ code: 'X' })).toBe(3);
    expect(await codes.find({ code: 'X' }).toArray()).toHaveLength(3);
    const index = (await codes.listIndexes().toArray()).find((i) => i.name === 'code_1');
    expect(index).toMatchObject({ unique: true, partialFilterExpression: { active: true } });
  });

  it('multikey: each array element is a key, repeats within one document are fine', async () => {
    const tags = t.db.collection<Loose>('tags');
    await tags.createIndex({ tags: 1 }, { unique: true });
    await tags.insertOne({ _id: 1, tags: ['a', 'b', 'b'] });
    const error = await rejectionOf(tags.insertOne({ _id: 2, tags: ['c', 'b'] }));
    expect(error).toMatchObject({ code: 11000, keyValue: { tags: 'b' } });
    await tags.insertOne({ _id: 3, tags: ['c'] });
    expect(await tags.countDocuments()).toBe(2);
  });

  it('building a unique index over existing duplicates fails', async () => {
    const dupes = t.db.collection<Loose>('dupes');
    await dupes.insertMany([{ k: 1 }, { k: 1 }]);
    const error = await rejectionOf(dupes.createIndex({ k: 1 }, { unique: true }));
    expect(error).toMatchObject({ code: 11000 });
    expect((await dupes.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
  });
});

describe('unique indexes through mongoose', () => {
  it('create and unordered insertMany surface E11000', async () => {
    const Sku = t.conn.model('Sku', new Schema({ sku: { type: String, unique: true } }), 'mskus');
    await Sku.init();
    await Sku.create({ sku: 'M-1' });
    const error = await rejectionOf(Sku.create({ sku: 'M-1' }));
    expect(error).toMatchObject({ code: 11000, keyValue: { sku: 'M-1' } });

    const bulk = await rejectionOf(
      Sku.insertMany([{ sku: 'M-2' }, { sku: 'M-1' }, { sku: 'M-3' }], { ordered: false }),
    );
    expect(bulk).toMatchObject({ code: 11000 });
    expect(await Sku.countDocuments()).toBe(3);
  });
});
