import { createEngine } from './index';
import { failure } from './test-support';
import { DocumentLockedByTransaction, type Engine } from './types';

function stock(engine: Engine): number[] {
  return engine.find('shop', 'stock', {}).map((doc) => Number(doc.qty));
}

function seeded(): Engine {
  const engine = createEngine();
  engine.createIndexes('shop', 'stock', [{ name: 'qty_1', key: { qty: 1 } }]);
  engine.insert('shop', 'stock', { _id: 'a', qty: 1 });
  engine.insert('shop', 'stock', { _id: 'b', qty: 2 });
  return engine;
}

describe('snapshot transactions', () => {
  it('reads its snapshot plus its own writes; others see nothing until commit', () => {
    const engine = seeded();
    const txn = engine.begin();
    engine.replace('shop', 'stock', 'a', { qty: 10 }, txn);
    engine.insert('shop', 'stock', { _id: 'c', qty: 3 }, txn);
    engine.remove('shop', 'stock', 'b', txn);
    engine.insert('shop', 'stock', { _id: 'd', qty: 4 });

    expect(engine.find('shop', 'stock', {}, txn).map((doc) => doc._id)).toEqual(['a', 'c']);
    expect(engine.find('shop', 'stock', { qty: 10 }, txn)).toHaveLength(1);
    expect(engine.find('shop', 'stock', { qty: 4 }, txn)).toHaveLength(0);
    expect(stock(engine)).toEqual([1, 2, 4]);

    txn.commit();
    expect(txn.state).toBe('committed');
    expect(stock(engine)).toEqual([10, 4, 3]);
    expect(engine.explain('shop', 'stock', { qty: 10 })).toEqual({
      index: 'qty_1',
      docsExamined: 1,
    });
  });

  it('keeps an old snapshot readable through indexes while others commit', () => {
    const engine = seeded();
    const reader = engine.begin();
    const writer = engine.begin();
    engine.replace('shop', 'stock', 'a', { qty: 5 }, writer);
    writer.commit();
    engine.remove('shop', 'stock', 'b');
    expect(engine.find('shop', 'stock', { qty: 1 }, reader).map((doc) => doc._id)).toEqual(['a']);
    expect(engine.find('shop', 'stock', { qty: 2 }, reader).map((doc) => doc._id)).toEqual(['b']);
    expect(engine.find('shop', 'stock', { qty: 5 }, reader)).toEqual([]);
    reader.abort();
    expect(stock(engine)).toEqual([5]);
  });

  it('discards writes on abort and refuses a finished transaction', () => {
    const engine = seeded();
    const txn = engine.begin();
    engine.insert('shop', 'stock', { _id: 'c', qty: 3 }, txn);
    txn.abort();
    expect(stock(engine)).toEqual([1, 2]);
    expect(failure(() => engine.find('shop', 'stock', {}, txn)).code).toBe(251);
    expect(failure(() => txn.commit()).codeName).toBe('NoSuchTransaction');
  });

  it('fails the second writer of a document with WriteConflict', () => {
    const engine = seeded();
    const first = engine.begin();
    const second = engine.begin();
    engine.replace('shop', 'stock', 'a', { qty: 7 }, first);
    const conflict = failure(() => engine.replace('shop', 'stock', 'a', { qty: 8 }, second));
    expect(conflict.toReply()).toEqual({
      ok: 0,
      errmsg:
        'Write conflict during plan execution and yielding is disabled. :: Please retry your operation or multi-document transaction.',
      code: 112,
      codeName: 'WriteConflict',
      errorLabels: ['TransientTransactionError'],
    });
    first.commit();
    expect(failure(() => engine.remove('shop', 'stock', 'a', second)).code).toBe(112);
  });

  it('fails a write to a document committed after the snapshot', () => {
    const engine = seeded();
    const txn = engine.begin();
    engine.replace('shop', 'stock', 'b', { qty: 20 });
    expect(failure(() => engine.replace('shop', 'stock', 'b', { qty: 21 }, txn)).code).toBe(112);
  });

  it('makes plain writes wait for the transaction holding the document', async () => {
    const engine = seeded();
    const txn = engine.begin();
    engine.replace('shop', 'stock', 'a', { qty: 9 }, txn);
    let locked: unknown;
    try {
      engine.remove('shop', 'stock', 'a');
    } catch (error) {
      locked = error;
    }
    expect(locked).toBeInstanceOf(DocumentLockedByTransaction);
    let settled = false;
    void (locked as DocumentLockedByTransaction).settled.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    txn.commit();
    await (locked as DocumentLockedByTransaction).settled;
    expect(engine.remove('shop', 'stock', 'a')).toBe(true);
  });

  it('conflicts on a unique key held by another open transaction', () => {
    const engine = createEngine();
    engine.createIndexes('app', 'users', [{ name: 'email_1', key: { email: 1 }, unique: true }]);
    const first = engine.begin();
    const second = engine.begin();
    engine.insert('app', 'users', { _id: 1, email: 'e' }, first);
    expect(failure(() => engine.insert('app', 'users', { _id: 2, email: 'e' }, second)).code).toBe(
      112,
    );
    expect(failure(() => engine.insert('app', 'users', { _id: 3, email: 'e' }, first)).code).toBe(
      11000,
    );
    expect(() => engine.insert('app', 'users', { _id: 4, email: 'e' })).toThrow(
      DocumentLockedByTransaction,
    );
    first.commit();
    expect(failure(() => engine.insert('app', 'users', { _id: 5, email: 'e' })).code).toBe(11000);
  });

  it('applies a commit atomically and re-checks unique keys', () => {
    const engine = createEngine();
    engine.createIndexes('app', 'users', [{ name: 'email_1', key: { email: 1 }, unique: true }]);
    engine.insert('app', 'users', { _id: 1, email: 'old' });
    const txn = engine.begin();
    engine.remove('app', 'users', 1, txn);
    engine.insert('app', 'users', { _id: 2, email: 'old' }, txn);
    txn.commit();
    expect(engine.find('app', 'users', { email: 'old' }).map((doc) => doc._id)).toEqual([2]);
  });

  it('refuses to commit duplicates among its own writes under a unique index built meanwhile', () => {
    const engine = createEngine();
    const txn = engine.begin();
    engine.insert('app', 'users', { _id: 1, email: 'same' }, txn);
    engine.insert('app', 'users', { _id: 2, email: 'same' }, txn);
    engine.insert('app', 'users', { _id: 3, email: ['other', 'other'] }, txn);
    engine.createIndexes('app', 'users', [{ name: 'email_1', key: { email: 1 }, unique: true }]);

    expect(failure(() => txn.commit())).toMatchObject({ code: 11000 });
    expect(txn.state).toBe('aborted');
    expect(engine.find('app', 'users', {})).toEqual([]);
  });

  it('keeps its locks on a collection renamed while it is open, and releases them', () => {
    const engine = createEngine();
    engine.insert('app', 'a', { _id: 1, v: 1 });
    const txn = engine.begin();
    engine.replace('app', 'a', 1, { v: 2 }, txn);
    engine.renameCollection('app', 'a', 'app', 'b', false);
    expect(() => engine.replace('app', 'b', 1, { v: 3 })).toThrow(DocumentLockedByTransaction);
    txn.commit();

    engine.insert('app', 'a', { _id: 1, v: 1 });
    engine.replace('app', 'a', 1, { v: 4 });
    expect(engine.find('app', 'a', {})).toEqual([{ _id: 1, v: 4 }]);
  });
});
