import { Schema } from 'mongoose';
import { useTestDatabase, type Loose } from './harness';

const t = useTestDatabase('atomicity');
const ATTEMPTS = 200;
const STOCK = 50;

/** Stock changes only through a conditional update: 200 racing buyers, 50 units, none oversold. */
describe('conditional decrement under concurrency', () => {
  it('driver findOneAndUpdate: exactly 50 succeed and stock ends at 0', async () => {
    const items = t.db.collection<Loose>('items');
    await items.insertOne({ _id: 'rice', stock: STOCK });

    const results = await Promise.all(
      Array.from({ length: ATTEMPTS }, () =>
        items.findOneAndUpdate(
          { _id: 'rice', stock: { $gte: 1 } },
          { $inc: { stock: -1 } },
          { returnDocument: 'after' },
        ),
      ),
    );

    const won = results.filter((doc) => doc !== null);
    expect(won).toHaveLength(STOCK);
    expect(new Set(won.map((doc) => doc?.stock)).size).toBe(STOCK);
    expect(await items.findOne({ _id: 'rice' })).toEqual({ _id: 'rice', stock: 0 });
  });

  it('mongoose findOneAndUpdate: exactly 50 succeed and stock ends at 0', async () => {
    const Item = t.conn.model('Item', new Schema({ _id: String, stock: Number }), 'mitems');
    await Item.create({ _id: 'dal', stock: STOCK });

    const results = await Promise.all(
      Array.from({ length: ATTEMPTS }, () =>
        Item.findOneAndUpdate({ _id: 'dal', stock: { $gte: 1 } }, { $inc: { stock: -1 } }).lean(),
      ),
    );

    const won = results.filter((doc) => doc !== null);
    expect(won).toHaveLength(STOCK);
    expect(won.every((doc) => (doc?.stock ?? 0) >= 1)).toBe(true);
    expect((await Item.findById('dal').lean())?.stock).toBe(0);
  });

  it('concurrent $inc updates are never lost', async () => {
    const counters = t.db.collection<Loose>('counters');
    await counters.insertOne({ _id: 'hits', n: 0 });
    await Promise.all(
      Array.from({ length: ATTEMPTS }, () =>
        counters.updateOne({ _id: 'hits' }, { $inc: { n: 1 } }),
      ),
    );
    expect(await counters.findOne({ _id: 'hits' })).toEqual({ _id: 'hits', n: ATTEMPTS });
  });
});
