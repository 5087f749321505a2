import { Schema } from 'mongoose';
import { useTestDatabase, type Loose } from './harness';

const t = useTestDatabase('aggregate');
const orders = () => t.db.collection<Loose>('orders');

beforeAll(async () => {
  await t.db.collection<Loose>('customers').insertMany([
    { _id: 'c1', name: 'Asha' },
    { _id: 'c2', name: 'Binh' },
  ]);
  await orders().insertMany([
    { _id: 1, customer: 'c1', status: 'paid', total: 300, items: ['rice', 'dal'] },
    { _id: 2, customer: 'c2', status: 'paid', total: 120, items: ['pho'] },
    { _id: 3, customer: 'c1', status: 'open', total: 80, items: ['tea', 'rice'] },
    { _id: 4, customer: 'c2', status: 'paid', total: 50, items: [] },
    { _id: 5, customer: 'c1', status: 'cancelled', total: 10, items: ['tea'] },
  ]);
});

describe('aggregate', () => {
  it('$match $group $sort', async () => {
    const totals = await orders()
      .aggregate([
        { $match: { status: 'paid' } },
        { $group: { _id: '$customer', revenue: { $sum: '$total' }, orders: { $sum: 1 } } },
        { $sort: { revenue: -1 } },
      ])
      .toArray();
    expect(totals).toEqual([
      { _id: 'c1', revenue: 300, orders: 1 },
      { _id: 'c2', revenue: 170, orders: 2 },
    ]);
  });

  it('$sort $skip $limit $project', async () => {
    const page = await orders()
      .aggregate([
        { $sort: { total: -1 } },
        { $skip: 1 },
        { $limit: 2 },
        { $project: { _id: 0, id: '$_id', total: 1 } },
      ])
      .toArray();
    expect(page).toEqual([
      { total: 120, id: 2 },
      { total: 80, id: 3 },
    ]);
  });

  it('$addFields $set $unset', async () => {
    const shaped = await orders()
      .aggregate([
        { $match: { _id: 2 } },
        { $addFields: { itemCount: { $size: '$items' } } },
        { $set: { taxed: { $multiply: ['$total', 2] } } },
        { $unset: ['items', 'customer'] },
      ])
      .toArray();
    expect(shaped).toEqual([{ _id: 2, status: 'paid', total: 120, itemCount: 1, taxed: 240 }]);
  });

  it('$unwind drops empty arrays and emits one document per element', async () => {
    const unwound = await orders()
      .aggregate([
        { $unwind: '$items' },
        { $project: { _id: 1, items: 1 } },
        { $sort: { _id: 1, items: 1 } },
      ])
      .toArray();
    expect(unwound).toEqual([
      { _id: 1, items: 'dal' },
      { _id: 1, items: 'rice' },
      { _id: 2, items: 'pho' },
      { _id: 3, items: 'rice' },
      { _id: 3, items: 'tea' },
      { _id: 5, items: 'tea' },
    ]);
  });

  it('$lookup joins another collection', async () => {
    const joined = await orders()
      .aggregate([
        { $match: { _id: { $in: [1, 2] } } },
        { $lookup: { from: 'customers', localField: 'customer', foreignField: '_id', as: 'who' } },
        { $project: { _id: 1, who: 1 } },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    expect(joined).toEqual([
      { _id: 1, who: [{ _id: 'c1', name: 'Asha' }] },
      { _id: 2, who: [{ _id: 'c2', name: 'Binh' }] },
    ]);
  });

  it('$facet runs sub-pipelines over the same input', async () => {
    const [facets] = await orders()
      .aggregate([
        {
          $facet: {
            byStatus: [{ $group: { _id: '$status', n: { $sum: 1 } } }, { $sort: { _id: 1 } }],
            biggest: [{ $sort: { total: -1 } }, { $limit: 1 }, { $project: { _id: 1 } }],
          },
        },
      ])
      .toArray();
    expect(facets).toEqual({
      byStatus: [
        { _id: 'cancelled', n: 1 },
        { _id: 'open', n: 1 },
        { _id: 'paid', n: 3 },
      ],
      biggest: [{ _id: 1 }],
    });
  });

  it('$count names the count field', async () => {
    const counted = await orders()
      .aggregate([{ $match: { total: { $gte: 80 } } }, { $count: 'big' }])
      .toArray();
    expect(counted).toEqual([{ big: 3 }]);
  });

  it('$sortByCount groups and sorts by frequency', async () => {
    const counted = await orders()
      .aggregate([{ $unwind: '$items' }, { $sortByCount: '$items' }, { $limit: 2 }])
      .toArray();
    expect(counted).toHaveLength(2);
    expect(counted.map((c) => c.count)).toEqual([2, 2]);
    expect(counted.map((c) => c._id).sort()).toEqual(['rice', 'tea']);
  });

  it('batchSize on aggregate forces getMore and keeps every result', async () => {
    const ids = await orders()
      .aggregate([{ $sort: { _id: 1 } }, { $project: { _id: 1 } }], { batchSize: 2 })
      .map((doc) => doc._id)
      .toArray();
    expect(ids).toEqual([1, 2, 3, 4, 5]);
  });

  it('mongoose Model.aggregate', async () => {
    const Order = t.conn.model(
      'Order',
      new Schema({ _id: Number, status: String, total: Number }),
      'orders',
    );
    const [paid] = await Order.aggregate<{ _id: null; sum: number }>([
      { $match: { status: 'paid' } },
      { $group: { _id: null, sum: { $sum: '$total' } } },
    ]);
    expect(paid).toEqual({ _id: null, sum: 470 });
  });
});
