import { Decimal128, Long, ObjectId, UUID } from 'bson';
import { createEngine } from './index';
import { failure } from './test-support';
import type { Engine } from './types';

function seeded(count: number): Engine {
  const engine = createEngine();
  for (let n = 0; n < count; n++) {
    engine.insert('shop', 'items', { _id: n, n, sku: `sku-${n}`, tags: [`t${n % 3}`, 'all'] });
  }
  return engine;
}

describe('documents', () => {
  it('hands out copies that keep bson classes', () => {
    const engine = createEngine();
    const _id = new ObjectId();
    const doc = { _id, nested: { at: new Date(5), big: Long.fromString('9007199254740993') } };
    engine.insert('d', 'c', doc);
    doc.nested.at.setTime(0);
    const [found] = engine.find('d', 'c', { _id: new ObjectId(_id.toHexString()) });
    expect(found?._id).toBeInstanceOf(ObjectId);
    expect(found).toEqual({
      _id,
      nested: { at: new Date(5), big: Long.fromString('9007199254740993') },
    });
    (found?.nested as { at: Date }).at.setTime(1);
    expect(engine.find('d', 'c', {})[0]).toEqual({
      _id,
      nested: { at: new Date(5), big: Long.fromString('9007199254740993') },
    });
  });

  it('keeps natural order: replace keeps the position, re-insert goes last', () => {
    const engine = seeded(3);
    engine.replace('shop', 'items', 0, { n: 10 });
    engine.remove('shop', 'items', 1);
    engine.insert('shop', 'items', { _id: 1, n: 11 });
    expect(engine.find('shop', 'items', {}).map((doc) => doc._id)).toEqual([0, 2, 1]);
    expect(engine.find('shop', 'items', { n: { $gt: 5 } }).map((doc) => doc.n)).toEqual([10, 11]);
  });

  it('matches Long values against numbers and answers $type with BSON aliases', () => {
    const engine = createEngine();
    engine.insert('d', 'c', { _id: 1, qty: Long.fromNumber(7), ref: new ObjectId() });
    expect(engine.find('d', 'c', { qty: 7 })).toHaveLength(1);
    expect(engine.find('d', 'c', { qty: { $gt: Long.fromNumber(6) } })).toHaveLength(1);
    expect(engine.find('d', 'c', { ref: { $type: 'objectId' } })).toHaveLength(1);
    expect(engine.find('d', 'c', { qty: { $type: 'string' } })).toHaveLength(0);
  });

  it('rejects what the server refuses to store', () => {
    const engine = createEngine();
    expect(failure(() => engine.insert('d', 'c', { _id: 1, $set: 1 })).codeName).toBe(
      'DollarPrefixedFieldName',
    );
    expect(failure(() => engine.insert('d', 'c', { _id: [1] })).code).toBe(53);
    const decimal = failure(() =>
      engine.insert('d', 'c', { _id: 2, price: { amount: Decimal128.fromString('1.5') } }),
    );
    expect(decimal.codeName).toBe('CommandNotSupported');
    expect(decimal.message).toMatch(/^Decimal128 is not supported by @dabba\/embedded-mongo/);
    expect(engine.find('d', 'c', {})).toEqual([]);
  });

  it('reports a duplicate _id as E11000 on _id_', () => {
    const engine = seeded(1);
    const error = failure(() => engine.insert('shop', 'items', { _id: 0 }));
    expect(error.code).toBe(11000);
    expect(error.message).toBe(
      'E11000 duplicate key error collection: shop.items index: _id_ dup key: { _id: 0 }',
    );
  });

  it('fails a malformed filter with BadValue', () => {
    const engine = seeded(1);
    expect(failure(() => engine.find('shop', 'items', { n: { $bogus: 1 } })).codeName).toBe(
      'BadValue',
    );
  });
});

describe('query planning', () => {
  it('answers _id and indexed equality without scanning', () => {
    const engine = seeded(1000);
    engine.createIndexes('shop', 'items', [{ name: 'sku_1', key: { sku: 1 } }]);
    expect(engine.explain('shop', 'items', { _id: 500 })).toEqual({
      index: '_id_',
      docsExamined: 1,
    });
    expect(engine.explain('shop', 'items', { sku: 'sku-7' })).toEqual({
      index: 'sku_1',
      docsExamined: 1,
    });
    expect(
      engine.explain('shop', 'items', { sku: { $in: ['sku-1', 'sku-2', 'nope'] } }).docsExamined,
    ).toBe(2);
    expect(engine.find('shop', 'items', { sku: 'sku-7' })).toEqual([
      { _id: 7, n: 7, sku: 'sku-7', tags: ['t1', 'all'] },
    ]);
  });

  it('uses ranges and $and members and respects limit', () => {
    const engine = seeded(1000);
    engine.createIndexes('shop', 'items', [
      { name: 'n_1', key: { n: 1 } },
      { name: 'sku_1', key: { sku: 1 } },
    ]);
    expect(engine.explain('shop', 'items', { n: { $gte: 10, $lt: 20 } })).toEqual({
      index: 'n_1',
      docsExamined: 10,
    });
    expect(engine.explain('shop', 'items', { n: { $lt: 5 } }).docsExamined).toBe(5);
    expect(
      engine.explain('shop', 'items', { $and: [{ n: { $gte: 100 } }, { sku: 'sku-150' }] }),
    ).toEqual({
      index: 'sku_1',
      docsExamined: 1,
    });
    expect(
      engine.find('shop', 'items', { n: { $gte: 990 } }, undefined, { limit: 3 }).map((d) => d.n),
    ).toEqual([990, 991, 992]);
    expect(engine.explain('shop', 'items', { n: { $gt: 'a' } }).docsExamined).toBe(0);
  });

  it('scans the collection without a usable index and honours hint', () => {
    const engine = seeded(50);
    engine.createIndexes('shop', 'items', [{ name: 'n_1', key: { n: 1 } }]);
    expect(engine.explain('shop', 'items', { sku: 'sku-3' })).toEqual({
      index: null,
      docsExamined: 50,
    });
    expect(engine.explain('shop', 'items', { sku: 'sku-3' }, { limit: 1 }).docsExamined).toBe(4);
    expect(engine.explain('shop', 'items', { n: 3 }, { hint: { _id: 1 } }).index).toBe('_id_');
    expect(failure(() => engine.explain('shop', 'items', {}, { hint: 'missing_1' })).codeName).toBe(
      'BadValue',
    );
  });

  it('finds array elements through a multikey index', () => {
    const engine = seeded(30);
    engine.createIndexes('shop', 'items', [{ name: 'tags_1', key: { tags: 1 } }]);
    expect(engine.explain('shop', 'items', { tags: 't1' })).toEqual({
      index: 'tags_1',
      docsExamined: 10,
    });
    expect(engine.find('shop', 'items', { tags: 't1' })).toHaveLength(10);
  });
});

describe('catalog', () => {
  it('creates, lists, renames and drops collections', () => {
    const engine = seeded(2);
    engine.createIndexes('shop', 'items', [{ name: 'sku_1', key: { sku: 1 }, unique: true }]);
    expect(failure(() => engine.createCollection('shop', 'items')).code).toBe(48);
    engine.createCollection('shop', 'empty', { capped: false });
    const [info] = engine.listCollections('shop');
    expect(info).toMatchObject({ name: 'items', type: 'collection', info: { readOnly: false } });
    expect(info?.info.uuid).toBeInstanceOf(UUID);

    engine.renameCollection('shop', 'items', 'archive', 'old', false);
    expect(engine.find('shop', 'items', {})).toEqual([]);
    expect(engine.find('archive', 'old', { sku: 'sku-1' })).toHaveLength(1);
    expect(engine.listIndexes('archive', 'old').map((spec) => spec.name)).toEqual([
      '_id_',
      'sku_1',
    ]);
    expect(failure(() => engine.renameCollection('shop', 'gone', 'shop', 'x', false)).code).toBe(
      26,
    );
    engine.createCollection('archive', 'taken');
    expect(
      failure(() => engine.renameCollection('archive', 'old', 'archive', 'taken', false)).code,
    ).toBe(48);
    engine.renameCollection('archive', 'old', 'archive', 'taken', true);
    expect(engine.find('archive', 'taken', {})).toHaveLength(2);

    expect(engine.dropCollection('archive', 'taken')).toBe(true);
    expect(engine.dropCollection('archive', 'taken')).toBe(false);
    engine.dropDatabase('shop');
    expect(engine.listDatabases().map((db) => db.name)).toEqual([]);
  });

  it('reports database sizes from BSON sizes', () => {
    const engine = seeded(10);
    const [db] = engine.listDatabases();
    expect(db?.name).toBe('shop');
    expect(db?.sizeOnDisk).toBeGreaterThan(10 * 30);
  });

  it('changes TTL and hidden through collMod and refuses other options', () => {
    const engine = seeded(3);
    engine.createIndexes('shop', 'items', [{ name: 'n_1', key: { n: 1 }, expireAfterSeconds: 60 }]);
    expect(
      engine.collMod('shop', 'items', { index: { name: 'n_1', expireAfterSeconds: 120 } }),
    ).toEqual({
      expireAfterSeconds_old: 60,
      expireAfterSeconds_new: 120,
    });
    engine.collMod('shop', 'items', { index: { keyPattern: { n: 1 }, hidden: true } });
    expect(engine.listIndexes('shop', 'items')[1]).toMatchObject({
      expireAfterSeconds: 120,
      hidden: true,
    });
    expect(engine.explain('shop', 'items', { n: 1 }).index).toBeNull();
    expect(failure(() => engine.collMod('shop', 'items', { validator: {} })).code).toBe(72);
  });
});

describe('compound index planning', () => {
  /** 10 stores × 100 products: price = n % 100, sku unique per store. */
  function stores(): Engine {
    const engine = createEngine();
    for (let n = 0; n < 1000; n++) {
      engine.insert('shop', 'products', {
        _id: n,
        storeId: `s${n % 10}`,
        sku: `k${Math.floor(n / 10)}`,
        price: Math.floor(n / 10),
        tags: [`t${n % 4}`, `u${n % 5}`],
      });
    }
    return engine;
  }

  it('uses equality on every field of the key', () => {
    const engine = stores();
    engine.createIndexes('shop', 'products', [{ name: 'store_sku', key: { storeId: 1, sku: 1 } }]);
    expect(engine.explain('shop', 'products', { storeId: 's3', sku: 'k42' })).toEqual({
      index: 'store_sku',
      docsExamined: 1,
    });
    expect(
      engine.explain('shop', 'products', { storeId: { $in: ['s1', 's2'] }, sku: { $eq: 'k7' } }),
    ).toEqual({ index: 'store_sku', docsExamined: 2 });
    expect(engine.explain('shop', 'products', { storeId: 's3' }).docsExamined).toBe(100);
    expect(engine.explain('shop', 'products', { sku: 'k42' }).index).toBeNull();
  });

  it('uses a range on the field after the equalities, ascending or descending', () => {
    const engine = stores();
    engine.createIndexes('shop', 'products', [
      { name: 'store_price', key: { storeId: 1, price: -1 } },
    ]);
    const filter = { storeId: 's3', price: { $gte: 10, $lt: 20 } };
    expect(engine.explain('shop', 'products', filter)).toEqual({
      index: 'store_price',
      docsExamined: 10,
    });
    expect(engine.find('shop', 'products', filter).map((doc) => doc.price)).toEqual([
      10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
    ]);
    expect(engine.explain('shop', 'products', { storeId: 's3', price: { $gt: 95 } })).toEqual({
      index: 'store_price',
      docsExamined: 4,
    });
    expect(engine.explain('shop', 'products', { storeId: 's3', price: { $lt: 3 } })).toEqual({
      index: 'store_price',
      docsExamined: 3,
    });
  });

  it('keeps multikey ranges correct by using one bound', () => {
    const engine = createEngine();
    engine.createIndexes('shop', 'm', [{ name: 'g_v', key: { g: 1, v: 1 } }]);
    engine.insert('shop', 'm', { _id: 1, g: 'a', v: [3, 12] });
    engine.insert('shop', 'm', { _id: 2, g: 'a', v: [7] });
    engine.insert('shop', 'm', { _id: 3, g: 'a', v: 30 });
    engine.insert('shop', 'm', { _id: 4, g: 'b', v: 7 });
    const filter = { g: 'a', v: { $gt: 5, $lt: 10 } };
    expect(engine.find('shop', 'm', filter).map((doc) => doc._id)).toEqual([1, 2]);
    expect(engine.explain('shop', 'm', filter)).toEqual({ index: 'g_v', docsExamined: 3 });
    expect(engine.find('shop', 'm', { g: 'a', v: 12 }).map((doc) => doc._id)).toEqual([1]);
  });

  it('chooses the index with the fewest candidates', () => {
    const engine = stores();
    engine.createIndexes('shop', 'products', [
      { name: 'storeId_1', key: { storeId: 1 } },
      { name: 'store_sku', key: { storeId: 1, sku: 1 } },
      { name: 'price_1', key: { price: 1 } },
    ]);
    expect(engine.explain('shop', 'products', { storeId: 's3', sku: 'k42' }).index).toBe(
      'store_sku',
    );
    expect(engine.explain('shop', 'products', { storeId: 's3', price: 42 })).toEqual({
      index: 'price_1',
      docsExamined: 10,
    });
    expect(engine.explain('shop', 'products', { storeId: 's3', price: { $gte: 0 } })).toEqual({
      index: 'storeId_1',
      docsExamined: 100,
    });
  });

  it('uses sparse indexes and partial ones the filter implies, never hidden ones', () => {
    const engine = stores();
    engine.insert('shop', 'products', { _id: 'no-store', price: 5 });
    engine.createIndexes('shop', 'products', [
      { name: 'sparse', key: { storeId: 1, price: 1 }, sparse: true },
      { name: 'cheap', key: { sku: 1 }, partialFilterExpression: { price: { $lt: 50 } } },
      { name: 'hidden', key: { price: 1 }, hidden: true },
    ]);
    expect(engine.explain('shop', 'products', { storeId: 's1', price: 5 })).toEqual({
      index: 'sparse',
      docsExamined: 1,
    });
    expect(engine.explain('shop', 'products', { storeId: null }).index).toBeNull();
    expect(engine.explain('shop', 'products', { sku: 'k7', price: { $lte: 20 } })).toEqual({
      index: 'cheap',
      docsExamined: 10,
    });
    expect(engine.explain('shop', 'products', { sku: 'k7', price: 7 }).index).toBe('cheap');
    expect(engine.explain('shop', 'products', { sku: 'k7', price: { $lt: 60 } }).index).toBeNull();
    expect(engine.explain('shop', 'products', { sku: 'k7' }).index).toBeNull();
    expect(engine.explain('shop', 'products', { price: 7 }).index).toBeNull();
    expect(engine.explain('shop', 'products', { sku: 'k7' }, { hint: 'cheap' })).toEqual({
      index: 'cheap',
      docsExamined: 10,
    });
  });
});
