import { MongoClient, type CommandStartedEvent } from 'mongodb';
import { Schema } from 'mongoose';
import { clientOptions, useTestDatabase, type Loose } from './harness';
import {
  decodeMsg,
  decodeReply,
  encodeQuery,
  MORE_TO_COME,
  RawConnection,
} from './support/wire-client';

const t = useTestDatabase('protocol');

describe('wire protocol', () => {
  let raw: RawConnection;

  beforeEach(async () => {
    raw = await RawConnection.open(t.target.host, t.target.port);
  });

  afterEach(() => raw.close());

  it('answers the legacy OP_QUERY isMaster handshake with an OP_REPLY', async () => {
    const requestId = raw.nextRequestId();
    raw.write(encodeQuery(requestId, 'admin.$cmd', { isMaster: 1 }));
    const frame = await raw.nextFrame();

    expect(frame.responseTo).toBe(requestId);
    const reply = decodeReply(frame);
    expect(reply.cursorId).toBe(0n);
    expect(reply.documents).toHaveLength(1);
    expect(reply.documents[0]).toMatchObject({ ismaster: true, ok: 1 });
    expect(reply.documents[0]?.maxWireVersion).toBeGreaterThanOrEqual(21);
  });

  it('accepts insert documents as an OP_MSG document sequence', async () => {
    const documents = [{ _id: 1 }, { _id: 2 }, { _id: 3 }];
    const reply = await raw.command({ insert: 'sequenced', $db: t.dbName }, [
      { identifier: 'documents', documents },
    ]);

    expect(reply).toMatchObject({ n: 3, ok: 1 });
    expect(await t.db.collection<Loose>('sequenced').find().sort({ _id: 1 }).toArray()).toEqual(
      documents,
    );
  });

  it('sends no reply to a moreToCome request and applies it before the next one', async () => {
    raw.sendMsg(
      { insert: 'unacked', documents: [{ _id: 'fire-and-forget' }], $db: t.dbName },
      { flags: MORE_TO_COME },
    );
    const reply = await raw.command({ find: 'unacked', filter: {}, $db: t.dbName });

    expect(reply.cursor.firstBatch).toEqual([{ _id: 'fire-and-forget' }]);
  });

  it('hello presents a writable replica-set primary that includes the dialled address', async () => {
    const hello = await t.client.db('admin').command({ hello: 1 });

    expect(hello).toMatchObject({ isWritablePrimary: true, ok: 1 });
    expect(typeof hello.setName).toBe('string');
    expect(hello.hosts).toContain(`${t.target.host}:${t.target.port}`);
    expect(hello.logicalSessionTimeoutMinutes).toEqual(expect.any(Number));
    expect(hello.maxWireVersion).toBeGreaterThanOrEqual(21);
    expect(hello.maxBsonObjectSize).toBe(16 * 1024 * 1024);
    expect(hello.maxMessageSizeBytes).toBe(48_000_000);
  });

  it('replies to OP_MSG hello on a raw socket with flagBits 0', async () => {
    const requestId = raw.sendMsg({ hello: 1, $db: 'admin' });
    const frame = await raw.nextFrame();

    expect(frame.responseTo).toBe(requestId);
    const { flags, document } = decodeMsg(frame);
    expect(flags).toBe(0);
    expect(document.ok).toBe(1);
  });
});

describe('driver traffic', () => {
  it('insertMany sends its documents in one insert command', async () => {
    const started: CommandStartedEvent[] = [];
    const listener = (event: CommandStartedEvent): void => {
      if (event.commandName === 'insert') started.push(event);
    };
    t.client.on('commandStarted', listener);
    const docs = Array.from({ length: 500 }, (_, i) => ({ _id: i, payload: 'x'.repeat(50) }));
    try {
      const result = await t.db.collection<Loose>('bulk').insertMany(docs);
      expect(result.insertedCount).toBe(500);
    } finally {
      t.client.off('commandStarted', listener);
    }

    expect(started).toHaveLength(1);
    expect(await t.db.collection<Loose>('bulk').countDocuments()).toBe(500);
  });

  it('a w:0 write is visible to the next read on the same connection', async () => {
    const single = await new MongoClient(t.target.url, {
      ...clientOptions,
      maxPoolSize: 1,
    }).connect();
    try {
      const collection = single.db(t.dbName).collection<Loose>('unacknowledged');
      const result = await collection.insertOne({ _id: 'w0' }, { writeConcern: { w: 0 } });
      expect(result.acknowledged).toBe(false);
      expect(await collection.findOne({ _id: 'w0' })).toEqual({ _id: 'w0' });
    } finally {
      await single.close();
    }
  });

  it('mongoose insertMany round-trips through the server', async () => {
    const Item = t.conn.model('ProtocolItem', new Schema({ n: Number }));
    await Item.insertMany(Array.from({ length: 50 }, (_, n) => ({ n })));
    expect(await Item.countDocuments()).toBe(50);
  });
});
