import { Long, MongoClient, UUID } from 'mongodb';
import { Schema } from 'mongoose';
import {
  clientOptions,
  describeEmbeddedOnly,
  rejectionOf,
  startEmbedded,
  useTestDatabase,
  type EmbeddedServer,
  type Loose,
} from './harness';
import { RawConnection } from './support/wire-client';

const t = useTestDatabase('transactions');
const accounts = () => t.db.collection<Loose>('accounts');

beforeEach(async () => {
  await accounts().deleteMany({});
  await accounts().insertMany([
    { _id: 'a', balance: 100 },
    { _id: 'b', balance: 0 },
  ]);
});

describe('snapshot isolation', () => {
  it('outside readers never see uncommitted writes; the transaction sees its own', async () => {
    const session = t.client.startSession();
    try {
      session.startTransaction();
      await accounts().insertOne({ _id: 'c', balance: 5 }, { session });
      await accounts().updateOne({ _id: 'a' }, { $inc: { balance: -10 } }, { session });

      expect(await accounts().findOne({ _id: 'c' })).toBeNull();
      expect(await accounts().findOne({ _id: 'a' })).toEqual({ _id: 'a', balance: 100 });
      expect(await accounts().findOne({ _id: 'a' }, { session })).toEqual({
        _id: 'a',
        balance: 90,
      });
      expect(await accounts().countDocuments({}, { session })).toBe(3);

      await session.commitTransaction();
      expect(await accounts().findOne({ _id: 'c' })).toEqual({ _id: 'c', balance: 5 });
      expect(await accounts().findOne({ _id: 'a' })).toEqual({ _id: 'a', balance: 90 });
    } finally {
      await session.endSession();
    }
  });

  it('a transaction does not see a write committed after its snapshot was taken', async () => {
    const session = t.client.startSession();
    try {
      session.startTransaction();
      expect(await accounts().findOne({ _id: 'b' }, { session })).toEqual({ _id: 'b', balance: 0 });
      await accounts().updateOne({ _id: 'b' }, { $set: { balance: 42 } });
      await accounts().insertOne({ _id: 'late', balance: 1 });

      expect(await accounts().findOne({ _id: 'b' }, { session })).toEqual({ _id: 'b', balance: 0 });
      expect(await accounts().findOne({ _id: 'late' }, { session })).toBeNull();
      await session.commitTransaction();
    } finally {
      await session.endSession();
    }
  });

  it('abortTransaction discards every write', async () => {
    const session = t.client.startSession();
    try {
      session.startTransaction();
      await accounts().deleteOne({ _id: 'a' }, { session });
      await accounts().insertOne({ _id: 'ghost' }, { session });
      await session.abortTransaction();
    } finally {
      await session.endSession();
    }
    expect((await accounts().find().sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual([
      'a',
      'b',
    ]);
  });
});

describe('write conflicts', () => {
  it('a second transaction writing the same document gets WriteConflict (112), transient', async () => {
    const first = t.client.startSession();
    const second = t.client.startSession();
    try {
      first.startTransaction();
      second.startTransaction();
      await accounts().updateOne({ _id: 'a' }, { $inc: { balance: -1 } }, { session: first });
      const conflict = await rejectionOf(
        accounts().updateOne({ _id: 'a' }, { $inc: { balance: -2 } }, { session: second }),
      );
      expect(conflict).toMatchObject({ code: 112, codeName: 'WriteConflict' });
      expect(conflict.errorLabels).toContain('TransientTransactionError');

      const aborted = await rejectionOf(accounts().findOne({ _id: 'b' }, { session: second }));
      expect(aborted).toMatchObject({ code: 251, codeName: 'NoSuchTransaction' });
      await second.abortTransaction();

      await first.commitTransaction();
      expect(await accounts().findOne({ _id: 'a' })).toEqual({ _id: 'a', balance: 99 });
    } finally {
      await first.endSession();
      await second.endSession();
    }
  });

  it('writing a document changed after the snapshot is a WriteConflict', async () => {
    const session = t.client.startSession();
    try {
      session.startTransaction();
      await accounts().findOne({ _id: 'a' }, { session });
      await accounts().updateOne({ _id: 'a' }, { $set: { balance: 1 } });
      const conflict = await rejectionOf(
        accounts().updateOne({ _id: 'a' }, { $set: { balance: 2 } }, { session }),
      );
      expect(conflict).toMatchObject({ code: 112 });
      expect(conflict.errorLabels).toContain('TransientTransactionError');
      await session.abortTransaction();
    } finally {
      await session.endSession();
    }
    expect(await accounts().findOne({ _id: 'a' })).toEqual({ _id: 'a', balance: 1 });
  });

  it('a plain write to a document a transaction holds waits for it, then applies on top', async () => {
    const session = t.client.startSession();
    try {
      session.startTransaction();
      await accounts().updateOne({ _id: 'a' }, { $inc: { balance: 10 } }, { session });
      let settled = false;
      const outside = accounts()
        .updateOne({ _id: 'a' }, { $inc: { balance: 1 } })
        .finally(() => {
          settled = true;
        });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(settled).toBe(false);
      await session.commitTransaction();
      expect(await outside).toMatchObject({ modifiedCount: 1 });
    } finally {
      await session.endSession();
    }
    expect(await accounts().findOne({ _id: 'a' })).toEqual({ _id: 'a', balance: 111 });
  });

  it('committing an unknown transaction number fails with NoSuchTransaction (251)', async () => {
    const raw = await RawConnection.open(t.target.host, t.target.port);
    try {
      const reply = await raw.command({
        commitTransaction: 1,
        lsid: { id: new UUID() },
        txnNumber: Long.fromNumber(7),
        autocommit: false,
        $db: 'admin',
      });
      expect(reply).toMatchObject({ ok: 0, code: 251, codeName: 'NoSuchTransaction' });
    } finally {
      raw.close();
    }
  });
});

describe('commands a transaction refuses', () => {
  const inTransaction = (lsid: UUID, command: Record<string, unknown>) => ({
    ...command,
    lsid: { id: lsid },
    txnNumber: Long.fromNumber(1),
    autocommit: false,
  });

  it('abortTransaction after commitTransaction fails with TransactionCommitted (256)', async () => {
    const raw = await RawConnection.open(t.target.host, t.target.port);
    const lsid = new UUID();
    try {
      const insert = await raw.command(
        inTransaction(lsid, {
          insert: 'accounts',
          documents: [{ _id: 'committed', balance: 1 }],
          startTransaction: true,
          $db: t.dbName,
        }),
      );
      expect(insert).toMatchObject({ ok: 1, n: 1 });
      const commit = await raw.command(inTransaction(lsid, { commitTransaction: 1, $db: 'admin' }));
      expect(commit).toMatchObject({ ok: 1 });
      const abort = await raw.command(inTransaction(lsid, { abortTransaction: 1, $db: 'admin' }));
      expect(abort).toMatchObject({ ok: 0, code: 256, codeName: 'TransactionCommitted' });
      const find = await raw.command(inTransaction(lsid, { find: 'accounts', $db: t.dbName }));
      expect(find).toMatchObject({ ok: 0, code: 256 });
    } finally {
      raw.close();
    }
    expect(await accounts().findOne({ _id: 'committed' })).toEqual({
      _id: 'committed',
      balance: 1,
    });
  });

  it('a command not allowed in a transaction fails with OperationNotSupportedInTransaction (263)', async () => {
    const session = t.client.startSession();
    try {
      session.startTransaction();
      await accounts().insertOne({ _id: 'pending' }, { session });
      const error = await rejectionOf(t.db.command({ count: 'accounts' }, { session }));
      expect(error).toMatchObject({ code: 263, codeName: 'OperationNotSupportedInTransaction' });
      expect(error.errmsg).toBe("Cannot run 'count' in a multi-document transaction.");
      await session.abortTransaction();
    } finally {
      await session.endSession();
    }
    expect(await accounts().findOne({ _id: 'pending' })).toBeNull();
  });
});

describe('cursors opened in a transaction', () => {
  let raw: RawConnection;
  const lsid = { id: new UUID() };
  const inTxn = (txnNumber: number, command: Record<string, unknown>) => ({
    ...command,
    lsid,
    txnNumber: Long.fromNumber(txnNumber),
    autocommit: false,
  });
  const openCursor = async (txnNumber: number): Promise<Long> => {
    const reply = await raw.command(
      inTxn(txnNumber, {
        find: 'accounts',
        batchSize: 1,
        startTransaction: true,
        $db: t.dbName,
      }),
    );
    expect(reply).toMatchObject({ ok: 1 });
    return (reply.cursor as { id: Long }).id;
  };
  const getMore = (id: Long) => ({ getMore: id, collection: 'accounts', lsid, $db: t.dbName });

  beforeEach(async () => {
    raw = await RawConnection.open(t.target.host, t.target.port);
  });

  afterEach(() => raw.close());

  it('are read in their transaction only, and die when it commits or aborts (43)', async () => {
    const committed = await openCursor(1);
    expect(await raw.command(getMore(committed))).toMatchObject({ ok: 0, code: 50740 });
    expect(await raw.command(inTxn(1, { commitTransaction: 1, $db: 'admin' }))).toMatchObject({
      ok: 1,
    });
    expect(await raw.command(getMore(committed))).toMatchObject({
      ok: 0,
      code: 43,
      codeName: 'CursorNotFound',
    });

    const aborted = await openCursor(2);
    expect(await raw.command(inTxn(2, { abortTransaction: 1, $db: 'admin' }))).toMatchObject({
      ok: 1,
    });
    expect(await raw.command(getMore(aborted))).toMatchObject({ ok: 0, code: 43 });
  });

  it('a cursor opened outside the transaction cannot be read inside it (50739)', async () => {
    const outside = await raw.command({ find: 'accounts', batchSize: 1, lsid, $db: t.dbName });
    const id = (outside.cursor as { id: Long }).id;
    await openCursor(3);
    expect(await raw.command(inTxn(3, getMore(id)))).toMatchObject({ ok: 0, code: 50739 });
  });
});

describe('transaction helpers', () => {
  it('driver withTransaction commits the callback, and aborts when it throws', async () => {
    const session = t.client.startSession();
    try {
      await session.withTransaction(async () => {
        await accounts().updateOne({ _id: 'a' }, { $inc: { balance: -30 } }, { session });
        await accounts().updateOne({ _id: 'b' }, { $inc: { balance: 30 } }, { session });
      });
      const failure = new Error('declined');
      const thrown = await rejectionOf(
        session.withTransaction(async () => {
          await accounts().updateOne({ _id: 'a' }, { $inc: { balance: -70 } }, { session });
          throw failure;
        }),
      );
      expect(thrown).toBe(failure);
    } finally {
      await session.endSession();
    }
    const balances = await accounts().find().sort({ _id: 1 }).toArray();
    expect(balances).toEqual([
      { _id: 'a', balance: 70 },
      { _id: 'b', balance: 30 },
    ]);
  });

  it('mongoose connection.transaction() commits, and rolls back on a thrown error', async () => {
    const Account = t.conn.model(
      'Account',
      new Schema({ _id: String, balance: Number }),
      'accounts',
    );
    const Outbox = t.conn.model('Outbox', new Schema({ event: String }), 'outbox');

    await t.conn.transaction(async (session) => {
      await Account.updateOne({ _id: 'a' }, { $inc: { balance: -5 } }, { session });
      await Outbox.create([{ event: 'debited' }], { session });
    });
    await rejectionOf(
      t.conn.transaction(async (session) => {
        await Outbox.create([{ event: 'never' }], { session });
        throw new Error('rollback');
      }),
    );

    expect(await Account.findById('a').lean()).toEqual({ _id: 'a', balance: 95 });
    expect((await Outbox.find().lean()).map((e) => e.event)).toEqual(['debited']);
  });
});

describeEmbeddedOnly(
  'transaction lifetime limit',
  'needs transactionLifetimeLimitSeconds shortened from 60 s',
  () => {
    let server: EmbeddedServer;
    let client: MongoClient;

    beforeAll(async () => {
      server = await startEmbedded({ transactionLifetimeLimitSeconds: 1 });
      client = await new MongoClient(server.url, clientOptions).connect();
    });

    afterAll(async () => {
      await client.close();
      await server.stop();
    });

    it('a transaction older than the limit is aborted and cannot commit', async () => {
      const collection = client.db('lifetime').collection<Loose>('c');
      const session = client.startSession();
      try {
        session.startTransaction();
        await collection.insertOne({ _id: 'slow' }, { session });
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const error = await rejectionOf(session.commitTransaction());
        expect(error).toMatchObject({ code: 251, codeName: 'NoSuchTransaction' });
      } finally {
        await session.endSession();
      }
      expect(await collection.findOne({ _id: 'slow' })).toBeNull();
    });
  },
);
