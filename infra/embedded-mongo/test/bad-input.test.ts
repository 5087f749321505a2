import { BSON } from 'mongodb';
import { describeEmbeddedOnly, useTestDatabase } from './harness';
import { decodeMsg, frameMsg, RawConnection, type Frame } from './support/wire-client';

const t = useTestDatabase('bad_input');

/** MongoDB either closes the connection or answers `{ ok: 0, errmsg, code, codeName }`. */
function expectRefusal(outcome: { closed: true } | { closed: false; reply: Frame }): void {
  if (outcome.closed) return;
  expect(decodeMsg(outcome.reply).document).toMatchObject({
    ok: 0,
    errmsg: expect.any(String),
    code: expect.any(Number),
    codeName: expect.any(String),
  });
}

describe('unknown commands', () => {
  it('answer CommandNotFound and leave the connection usable', async () => {
    const raw = await RawConnection.open(t.target.host, t.target.port);
    try {
      const reply = await raw.command({ notACommand: 1, $db: t.dbName });
      expect(reply).toMatchObject({ ok: 0, code: 59, codeName: 'CommandNotFound' });
      expect(await raw.command({ ping: 1, $db: 'admin' })).toMatchObject({ ok: 1 });
    } finally {
      raw.close();
    }
  });
});

describeEmbeddedOnly(
  'malformed frames',
  'sends deliberately broken frames to the embedded port',
  () => {
    let offender: RawConnection;
    let bystander: RawConnection;

    beforeEach(async () => {
      bystander = await RawConnection.open(t.target.host, t.target.port);
      offender = await RawConnection.open(t.target.host, t.target.port);
    });

    afterEach(async () => {
      expect(await bystander.command({ ping: 1, $db: 'admin' })).toMatchObject({ ok: 1 });
      expect(await t.db.command({ ping: 1 })).toMatchObject({ ok: 1 });
      offender.close();
      bystander.close();
    });

    it('a length shorter than a header closes the connection', async () => {
      const bytes = Buffer.alloc(16);
      bytes.writeInt32LE(5, 0);
      bytes.writeInt32LE(2013, 12);
      offender.write(bytes);
      expect(await offender.outcome()).toEqual({ closed: true });
    });

    it('a message over maxMessageSizeBytes closes the connection without reading it', async () => {
      const { maxMessageSizeBytes } = await t.client.db('admin').command({ hello: 1 });
      const bytes = Buffer.alloc(16);
      bytes.writeInt32LE(maxMessageSizeBytes + 1, 0);
      bytes.writeInt32LE(offender.nextRequestId(), 4);
      bytes.writeInt32LE(2013, 12);
      offender.write(bytes);
      expect(await offender.outcome()).toEqual({ closed: true });
    });

    it('invalid BSON in the body is refused', async () => {
      const body = Buffer.from(BSON.serialize({ ping: 1, $db: 'admin' }));
      body[4] = 0x55;
      const flagsAndKind = Buffer.from([0, 0, 0, 0, 0]);
      offender.write(frameMsg(offender.nextRequestId(), Buffer.concat([flagsAndKind, body])));
      expectRefusal(await offender.outcome());
    });

    it('a document whose length overruns the frame is refused', async () => {
      const body = Buffer.from(BSON.serialize({ ping: 1, $db: 'admin' }));
      body.writeInt32LE(body.length + 100, 0);
      const flagsAndKind = Buffer.from([0, 0, 0, 0, 0]);
      offender.write(frameMsg(offender.nextRequestId(), Buffer.concat([flagsAndKind, body])));
      expectRefusal(await offender.outcome());
    });

    it('an unknown opCode is refused', async () => {
      const bytes = Buffer.alloc(20);
      bytes.writeInt32LE(20, 0);
      bytes.writeInt32LE(offender.nextRequestId(), 4);
      bytes.writeInt32LE(9999, 12);
      offender.write(bytes);
      expectRefusal(await offender.outcome());
    });
  },
);
