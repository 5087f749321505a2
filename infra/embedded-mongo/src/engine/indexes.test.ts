import { ObjectId } from 'bson';
import { createEngine } from './index';
import { failure } from './test-support';
import type { IndexSpec } from './types';

describe('unique indexes', () => {
  it('reports duplicates in the server shape', () => {
    const engine = createEngine();
    engine.createIndexes('app', 'users', [{ name: 'name_1', key: { name: 1 }, unique: true }]);
    engine.insert('app', 'users', { _id: 1, name: 'x' });
    const error = failure(() => engine.insert('app', 'users', { _id: 2, name: 'x' }));
    expect(error.code).toBe(11000);
    expect(error.message).toBe(
      'E11000 duplicate key error collection: app.users index: name_1 dup key: { name: "x" }',
    );
    expect(error.extra).toEqual({ keyPattern: { name: 1 }, keyValue: { name: 'x' } });
    expect(engine.find('app', 'users', {})).toHaveLength(1);
  });

  it('formats compound and ObjectId keys and lets a document keep its own key', () => {
    const engine = createEngine();
    const owner = new ObjectId('65a1b2c3d4e5f60718293a4b');
    engine.createIndexes('app', 'carts', [
      { name: 'owner_1_n_-1', key: { owner: 1, n: -1 }, unique: true },
    ]);
    engine.insert('app', 'carts', { _id: 1, owner, n: 1 });
    engine.replace('app', 'carts', 1, { owner, n: 1, touched: true });
    const error = failure(() => engine.insert('app', 'carts', { _id: 2, owner, n: 1 }));
    expect(error.message).toBe(
      "E11000 duplicate key error collection: app.carts index: owner_1_n_-1 dup key: { owner: ObjectId('65a1b2c3d4e5f60718293a4b'), n: 1 }",
    );
  });

  it('treats missing fields as null unless sparse', () => {
    const engine = createEngine();
    engine.createIndexes('app', 'a', [{ name: 'email_1', key: { email: 1 }, unique: true }]);
    engine.insert('app', 'a', { _id: 1 });
    expect(failure(() => engine.insert('app', 'a', { _id: 2 })).message).toMatch(
      /dup key: \{ email: null \}$/,
    );

    engine.createIndexes('app', 'b', [
      { name: 'email_1', key: { email: 1 }, unique: true, sparse: true },
    ]);
    engine.insert('app', 'b', { _id: 1 });
    engine.insert('app', 'b', { _id: 2 });
    expect(engine.find('app', 'b', {})).toHaveLength(2);
  });

  it('constrains only documents matching a partial filter', () => {
    const engine = createEngine();
    engine.createIndexes('app', 'orders', [
      { name: 'cart_1', key: { cart: 1 }, unique: true, partialFilterExpression: { open: true } },
    ]);
    engine.insert('app', 'orders', { _id: 1, cart: 'c', open: false });
    engine.insert('app', 'orders', { _id: 2, cart: 'c', open: true });
    expect(
      failure(() => engine.insert('app', 'orders', { _id: 3, cart: 'c', open: true })).code,
    ).toBe(11000);
    expect(engine.explain('app', 'orders', { cart: 'c' }).index).toBeNull();
  });

  it('checks every element of an array key', () => {
    const engine = createEngine();
    engine.createIndexes('app', 'p', [{ name: 'codes_1', key: { codes: 1 }, unique: true }]);
    engine.insert('app', 'p', { _id: 1, codes: ['a', 'b'] });
    expect(failure(() => engine.insert('app', 'p', { _id: 2, codes: ['c', 'b'] })).message).toMatch(
      /dup key: \{ codes: "b" \}$/,
    );
  });

  it('refuses to build over existing duplicates', () => {
    const engine = createEngine();
    engine.insert('app', 'u', { _id: 1, name: 'x' });
    engine.insert('app', 'u', { _id: 2, name: 'x' });
    expect(
      failure(() =>
        engine.createIndexes('app', 'u', [{ name: 'name_1', key: { name: 1 }, unique: true }]),
      ).code,
    ).toBe(11000);
    expect(engine.listIndexes('app', 'u').map((spec) => spec.name)).toEqual(['_id_']);
  });

  it('builds the indexes of one createIndexes together: one failing leaves none of them', () => {
    const engine = createEngine();
    engine.insert('app', 'u', { _id: 1, name: 'x', email: 'a' });
    engine.insert('app', 'u', { _id: 2, name: 'x', email: 'b' });
    const specs: IndexSpec[] = [
      { name: 'email_1', key: { email: 1 }, unique: true },
      { name: 'name_1', key: { name: 1 }, unique: true },
    ];
    expect(failure(() => engine.createIndexes('app', 'u', specs)).code).toBe(11000);
    expect(engine.listIndexes('app', 'u').map((spec) => spec.name)).toEqual(['_id_']);
    engine.insert('app', 'u', { _id: 3, name: 'y', email: 'a' });
  });
});

describe('index catalog', () => {
  it('treats a repeated spec as a no-op and conflicting ones as errors', () => {
    const engine = createEngine();
    const first = engine.createIndexes('app', 'u', [{ name: 'name_1', key: { name: 1 } }]);
    expect(first).toEqual({
      createdCollectionAutomatically: true,
      numIndexesBefore: 1,
      numIndexesAfter: 2,
    });
    expect(
      engine.createIndexes('app', 'u', [{ name: 'name_1', key: { name: 1 } }]).numIndexesAfter,
    ).toBe(2);
    expect(
      failure(() => engine.createIndexes('app', 'u', [{ name: 'name_1', key: { email: 1 } }])).code,
    ).toBe(86);
    expect(
      failure(() =>
        engine.createIndexes('app', 'u', [{ name: 'name_1', key: { name: 1 }, unique: true }]),
      ).code,
    ).toBe(85);
    expect(
      failure(() => engine.createIndexes('app', 'u', [{ name: 'other', key: { name: 1 } }])).code,
    ).toBe(85);
    expect(engine.listIndexes('app', 'u')).toEqual([
      { v: 2, key: { _id: 1 }, name: '_id_' },
      { v: 2, key: { name: 1 }, name: 'name_1' },
    ]);
  });

  it('drops indexes by name or all but _id_', () => {
    const engine = createEngine();
    engine.createIndexes('app', 'u', [
      { name: 'a_1', key: { a: 1 } },
      { name: 'b_1', key: { b: 1 } },
    ]);
    expect(failure(() => engine.dropIndexes('app', 'u', ['zzz'])).code).toBe(27);
    expect(engine.dropIndexes('app', 'u', ['a_1'])).toBe(3);
    expect(engine.dropIndexes('app', 'u', '*')).toBe(2);
    expect(engine.listIndexes('app', 'u').map((spec) => spec.name)).toEqual(['_id_']);
    expect(failure(() => engine.listIndexes('app', 'missing')).code).toBe(26);
  });
});

describe('TTL monitor', () => {
  it('removes expired documents, including through dates in arrays', async () => {
    const engine = createEngine({ ttlMonitorIntervalMs: 20 });
    await engine.open();
    const old = new Date(Date.now() - 120_000);
    engine.createIndexes('app', 'sessions', [
      { name: 'at_1', key: { at: 1 }, expireAfterSeconds: 60 },
    ]);
    engine.insert('app', 'sessions', { _id: 1, at: old });
    engine.insert('app', 'sessions', { _id: 2, at: new Date() });
    engine.insert('app', 'sessions', { _id: 3, at: [new Date(), old] });
    engine.insert('app', 'sessions', { _id: 4, at: 'not a date' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(engine.find('app', 'sessions', {}).map((doc) => doc._id)).toEqual([2, 4]);
    expect(engine.find('app', 'sessions', { at: old })).toEqual([]);
    await engine.close();
  });
});
