import { Long, UUID, type Document } from 'mongodb';
import { useTestDatabase, type Loose } from './harness';
import { RawConnection } from './support/wire-client';

const t = useTestDatabase('retryable');

/**
 * A driver retries a write after a network error by resending the same command with the same
 * (lsid, txnNumber). The server must apply it once and answer the retry with the first result.
 */
describe('retryable writes', () => {
  let raw: RawConnection;
  const lsid = { id: new UUID() };

  beforeEach(async () => {
    raw = await RawConnection.open(t.target.host, t.target.port);
  });

  afterEach(() => raw.close());

  async function twice(command: Document): Promise<[Document, Document]> {
    const first = await raw.command(command);
    const retry = await raw.command(command);
    return [first, retry];
  }

  it('an insert resent with the same lsid and txnNumber stores one document', async () => {
    const [first, retry] = await twice({
      insert: 'ledger',
      documents: [{ _id: 'entry-1', amount: 5 }],
      lsid,
      txnNumber: Long.fromNumber(1),
      $db: t.dbName,
    });
    expect(first).toMatchObject({ n: 1, ok: 1 });
    expect(retry).toMatchObject({ n: 1, ok: 1 });
    expect(retry).not.toHaveProperty('writeErrors');
    expect(await t.db.collection<Loose>('ledger').countDocuments({ _id: 'entry-1' })).toBe(1);
  });

  it('an $inc resent with the same txnNumber increments once; a new txnNumber applies again', async () => {
    const update = (txnNumber: number): Document => ({
      update: 'ledger',
      updates: [{ q: { _id: 'counter' }, u: { $inc: { n: 1 } }, upsert: true }],
      lsid,
      txnNumber: Long.fromNumber(txnNumber),
      $db: t.dbName,
    });
    const [first, retry] = await twice(update(2));
    expect(first).toMatchObject({ n: 1, ok: 1, upserted: [{ index: 0, _id: 'counter' }] });
    expect(retry).toMatchObject({ n: 1, ok: 1, upserted: [{ index: 0, _id: 'counter' }] });
    expect(await t.db.collection<Loose>('ledger').findOne({ _id: 'counter' })).toEqual({
      _id: 'counter',
      n: 1,
    });

    await raw.command(update(3));
    expect(await t.db.collection<Loose>('ledger').findOne({ _id: 'counter' })).toEqual({
      _id: 'counter',
      n: 2,
    });
  });

  it('a findAndModify resent with the same txnNumber returns the first result', async () => {
    await t.db.collection<Loose>('ledger').insertOne({ _id: 'stock', qty: 3 });
    const [first, retry] = await twice({
      findAndModify: 'ledger',
      query: { _id: 'stock' },
      update: { $inc: { qty: -1 } },
      new: true,
      lsid,
      txnNumber: Long.fromNumber(4),
      $db: t.dbName,
    });
    expect(first).toMatchObject({ value: { _id: 'stock', qty: 2 }, ok: 1 });
    expect(retry).toMatchObject({ value: { _id: 'stock', qty: 2 }, ok: 1 });
    expect(await t.db.collection<Loose>('ledger').findOne({ _id: 'stock' })).toEqual({
      _id: 'stock',
      qty: 2,
    });
  });

  describe("share the session's txnNumbers with transactions", () => {
    const own = { id: new UUID() };
    const insert = (id: string, txnNumber: number, inTransaction: Document = {}): Document => ({
      insert: 'ledger',
      documents: [{ _id: id }],
      lsid: own,
      txnNumber: Long.fromNumber(txnNumber),
      ...inTransaction,
      $db: t.dbName,
    });
    const starting = { autocommit: false, startTransaction: true };
    const commit = (txnNumber: number): Document => ({
      commitTransaction: 1,
      lsid: own,
      txnNumber: Long.fromNumber(txnNumber),
      autocommit: false,
      $db: 'admin',
    });

    it('a retryable write cannot take the number of an open or finished transaction (72)', async () => {
      expect(await raw.command(insert('in-txn', 1, starting))).toMatchObject({ ok: 1, n: 1 });
      const refused = { ok: 0, code: 72, codeName: 'InvalidOptions' };
      expect(await raw.command(insert('open', 1))).toMatchObject(refused);
      expect(await raw.command(commit(1))).toMatchObject({ ok: 1 });
      expect(await raw.command(insert('finished', 1))).toMatchObject(refused);
      const ids = await t.db.collection<Loose>('ledger').distinct('_id');
      expect(ids).toContain('in-txn');
      expect(ids).not.toContain('open');
      expect(ids).not.toContain('finished');
    });

    it('a transaction cannot start at a number a retryable write used (117), nor below it (225)', async () => {
      expect(await raw.command(insert('written', 5))).toMatchObject({ ok: 1, n: 1 });
      expect(await raw.command(insert('same', 5, starting))).toMatchObject({
        ok: 0,
        code: 117,
        codeName: 'ConflictingOperationInProgress',
      });
      expect(await raw.command(insert('older', 4, starting))).toMatchObject({
        ok: 0,
        code: 225,
        codeName: 'TransactionTooOld',
      });
      expect(
        await t.db.collection<Loose>('ledger').countDocuments({ _id: { $in: ['same', 'older'] } }),
      ).toBe(0);
    });
  });
});
