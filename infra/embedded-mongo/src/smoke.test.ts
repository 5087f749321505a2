import { MongoClient, ObjectId } from 'mongodb';
import mongoose from 'mongoose';
import { startEmbeddedMongo, type EmbeddedMongo } from './index';

describe('end to end through the mongodb driver and mongoose', () => {
  let server: EmbeddedMongo;
  let client: MongoClient;

  beforeAll(async () => {
    server = await startEmbeddedMongo();
    client = await MongoClient.connect(server.url, { serverSelectionTimeoutMS: 3000 });
  });

  afterAll(async () => {
    await client.close();
    await server.stop();
  });

  it('inserts, finds, updates and deletes', async () => {
    const items = client
      .db('smoke')
      .collection<{ _id?: ObjectId; sku: string; qty: number }>('items');
    const { insertedId } = await items.insertOne({ sku: 'a', qty: 1 });
    await items.insertMany(Array.from({ length: 150 }, (_, i) => ({ sku: `b${i}`, qty: i })));
    expect(await items.findOne({ _id: insertedId })).toEqual({ _id: insertedId, sku: 'a', qty: 1 });
    expect(
      await items
        .find({ qty: { $gte: 10 } })
        .sort({ qty: -1 })
        .toArray(),
    ).toHaveLength(140);
    const updated = await items.updateOne({ sku: 'a' }, { $inc: { qty: 2 } });
    expect(updated).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    await expect(
      items.updateOne({ sku: 'a' }, { $inc: { sku: 1 } } as never),
    ).rejects.toMatchObject({ code: 14 });
    expect(await items.countDocuments({ qty: { $lt: 5 } })).toBe(6);
    expect(await items.deleteMany({ sku: /^b/ })).toMatchObject({ deletedCount: 150 });
  });

  it('commits and aborts transactions', async () => {
    const accounts = client.db('smoke').collection<{ _id: string; balance: number }>('accounts');
    await accounts.insertOne({ _id: 'x', balance: 10 });
    const session = client.startSession();
    await session.withTransaction(async () => {
      await accounts.updateOne({ _id: 'x' }, { $inc: { balance: -3 } }, { session });
      expect(await accounts.findOne({ _id: 'x' })).toMatchObject({ balance: 10 });
    });
    session.startTransaction();
    await accounts.updateOne({ _id: 'x' }, { $inc: { balance: -100 } }, { session });
    await session.abortTransaction();
    await session.endSession();
    expect(await accounts.findOne({ _id: 'x' })).toEqual({ _id: 'x', balance: 7 });
  });

  it('runs mongoose models, including a transaction', async () => {
    const connection = await mongoose
      .createConnection(server.url, { dbName: 'smoke-mongoose' })
      .asPromise();
    try {
      const Order = connection.model(
        'Order',
        new mongoose.Schema({ status: String, total: Number }),
      );
      await Order.init();
      const order = await Order.create({ status: 'placed', total: 500 });
      expect((await Order.findById(order._id).lean())?.total).toBe(500);
      await connection.transaction(async (session) => {
        await Order.updateOne({ _id: order._id }, { status: 'paid' }, { session });
      });
      expect((await Order.findById(order._id))?.status).toBe('paid');
    } finally {
      await connection.close();
    }
  });
});
