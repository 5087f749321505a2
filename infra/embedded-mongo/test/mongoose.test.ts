import { type CommandStartedEvent } from 'mongodb';
import { Error as MongooseError, Schema, Types, type Model } from 'mongoose';
import { rejectionOf, useTestDatabase } from './harness';

const t = useTestDatabase('mongoose');

interface RestaurantDoc {
  name: string;
  slug: string;
  rating?: number;
}

interface DishDoc {
  title: string;
  price: number;
  restaurant: Types.ObjectId;
}

const restaurantSchema = new Schema<RestaurantDoc>(
  {
    name: { type: String, required: true },
    slug: { type: String, required: true, unique: true },
    rating: { type: Number, min: 0, max: 5 },
  },
  { timestamps: true },
);

const dishSchema = new Schema<DishDoc>({
  title: { type: String, required: true },
  price: { type: Number, required: true, min: 0 },
  restaurant: { type: Schema.Types.ObjectId, ref: 'Restaurant', required: true },
});

let Restaurant: Model<RestaurantDoc>;
let Dish: Model<DishDoc>;

beforeAll(() => {
  Restaurant = t.conn.model('Restaurant', restaurantSchema);
  Dish = t.conn.model('Dish', dishSchema);
});

describe('mongoose against the target', () => {
  it('syncIndexes builds schema indexes and drops ones the schema no longer declares', async () => {
    await Restaurant.createCollection();
    await Restaurant.collection.createIndex({ legacy: 1 });

    const dropped = await Restaurant.syncIndexes();
    expect(dropped).toEqual(['legacy_1']);
    const indexes = await Restaurant.collection.listIndexes().toArray();
    expect(indexes.map((index) => [index.name, index.unique ?? false])).toEqual([
      ['_id_', false],
      ['slug_1', true],
    ]);

    await Restaurant.create({ name: 'Pho 24', slug: 'pho-24' });
    const duplicate = await rejectionOf(Restaurant.create({ name: 'Copy', slug: 'pho-24' }));
    expect(duplicate).toMatchObject({ code: 11000, keyValue: { slug: 'pho-24' } });
  });

  it('timestamps set createdAt and updatedAt, and updates move updatedAt only', async () => {
    const created = await Restaurant.create({ name: 'Dosa Hut', slug: 'dosa-hut' });
    const createdAt = created.get('createdAt') as Date;
    expect(createdAt).toBeInstanceOf(Date);
    expect(created.get('updatedAt')).toEqual(createdAt);

    await new Promise((resolve) => setTimeout(resolve, 5));
    await Restaurant.updateOne({ _id: created._id }, { $set: { rating: 4 } });
    const stored = await Restaurant.findById(created._id).lean<Record<string, unknown>>();
    expect(stored?.createdAt).toEqual(createdAt);
    expect((stored?.updatedAt as Date).getTime()).toBeGreaterThan(createdAt.getTime());
  });

  it('findById returns a hydrated document; lean() returns a plain object', async () => {
    const { _id } = await Restaurant.create({ name: 'Banh Mi', slug: 'banh-mi', rating: 5 });

    const hydrated = await Restaurant.findById(_id).orFail();
    expect(hydrated.isNew).toBe(false);
    expect(hydrated.name).toBe('Banh Mi');

    const lean = await Restaurant.findById(_id).lean().orFail();
    expect(Object.getPrototypeOf(lean)).toBe(Object.prototype);
    expect(lean._id).toBeInstanceOf(Types.ObjectId);
    expect(lean).toMatchObject({ name: 'Banh Mi', slug: 'banh-mi', rating: 5, __v: 0 });
    expect(await Restaurant.findById(new Types.ObjectId())).toBeNull();
  });

  it('populate resolves references across collections', async () => {
    const kitchen = await Restaurant.create({ name: 'Thali House', slug: 'thali-house' });
    await Dish.create([
      { title: 'Veg thali', price: 25000, restaurant: kitchen._id },
      { title: 'Lassi', price: 8000, restaurant: kitchen._id },
    ]);

    const dishes = await Dish.find({ restaurant: kitchen._id })
      .sort({ price: 1 })
      .populate<{ restaurant: RestaurantDoc }>('restaurant', 'name slug')
      .lean();
    expect(dishes.map((d) => [d.title, d.restaurant.name, d.restaurant.slug])).toEqual([
      ['Lassi', 'Thali House', 'thali-house'],
      ['Veg thali', 'Thali House', 'thali-house'],
    ]);
  });

  it('updateOne with upsert inserts once, then updates', async () => {
    const first = await Restaurant.updateOne(
      { slug: 'curry-leaf' },
      { $set: { name: 'Curry Leaf' } },
      { upsert: true },
    );
    expect(first).toMatchObject({ upsertedCount: 1, matchedCount: 0 });
    const second = await Restaurant.updateOne(
      { slug: 'curry-leaf' },
      { $set: { name: 'Curry Leaf 2' } },
      { upsert: true },
    );
    expect(second).toMatchObject({ upsertedCount: 0, matchedCount: 1, modifiedCount: 1 });
    expect(await Restaurant.countDocuments({ slug: 'curry-leaf' })).toBe(1);
  });

  it('a validation error is raised client-side and never reaches the server', async () => {
    await Dish.init();
    const writes: CommandStartedEvent[] = [];
    const client = t.conn.getClient();
    const listener = (event: CommandStartedEvent): void => {
      if (event.commandName === 'insert') writes.push(event);
    };
    client.on('commandStarted', listener);
    try {
      const error = await rejectionOf(Dish.create({ title: 'Free lunch', price: -1 }));
      expect(error).toBeInstanceOf(MongooseError.ValidationError);
      expect(Object.keys(error.errors as object).sort()).toEqual(['price', 'restaurant']);
    } finally {
      client.off('commandStarted', listener);
    }
    expect(writes).toHaveLength(0);
    expect(await Dish.countDocuments({ title: 'Free lunch' })).toBe(0);
  });
});
