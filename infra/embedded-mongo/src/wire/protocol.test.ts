import { deserialize, serialize, Long } from 'bson';
import {
  CHECKSUM_PRESENT,
  HEADER_SIZE,
  OP_MSG,
  OP_QUERY,
  OP_REPLY,
  ProtocolError,
  encodeOpMsg,
  encodeOpReply,
  parseMessage,
  readHeader,
} from './protocol';
import { header } from '../../test/support/wire-client';

function opMsg(flags: number, sections: Buffer[], requestId = 7): Buffer {
  const flagBytes = Buffer.alloc(4);
  flagBytes.writeUInt32LE(flags);
  const body = Buffer.concat([flagBytes, ...sections]);
  return Buffer.concat([header(HEADER_SIZE + body.length, requestId, OP_MSG), body]);
}

const kind0 = (doc: object): Buffer => Buffer.concat([Buffer.from([0]), serialize(doc)]);

function kind1(name: string, docs: object[]): Buffer {
  const payload = Buffer.concat([Buffer.from(`${name}\0`), ...docs.map((doc) => serialize(doc))]);
  const size = Buffer.alloc(4);
  size.writeInt32LE(payload.length + 4);
  return Buffer.concat([Buffer.from([1]), size, payload]);
}

function parse(frame: Buffer) {
  return parseMessage(frame, readHeader(frame, 0));
}

describe('OP_MSG parsing', () => {
  it('reads the body and its $db', () => {
    const request = parse(opMsg(0, [kind0({ ping: 1, $db: 'admin' })]));
    expect(request).toMatchObject({
      requestId: 7,
      opCode: OP_MSG,
      db: 'admin',
      command: { ping: 1 },
    });
  });

  it('merges document sequences into the command as arrays', () => {
    const frame = opMsg(0, [
      kind0({ insert: 'c', $db: 'd' }),
      kind1('documents', [{ a: 1 }, { a: 2 }]),
    ]);
    expect(parse(frame).command.documents).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('ignores a trailing checksum', () => {
    const frame = opMsg(CHECKSUM_PRESENT, [kind0({ ping: 1, $db: 'admin' }), Buffer.alloc(4)]);
    expect(parse(frame).command).toMatchObject({ ping: 1 });
  });

  it('rejects invalid BSON, a missing $db and unknown required flags', () => {
    const broken = kind0({ ping: 1, $db: 'admin' });
    broken.writeInt32LE(1000, 1);
    expect(() => parse(opMsg(0, [broken]))).toThrow(ProtocolError);
    expect(() => parse(opMsg(0, [kind0({ ping: 1 })]))).toThrow('$db');
    expect(() => parse(opMsg(1 << 3, [kind0({ ping: 1, $db: 'a' })]))).toThrow('flags');
  });

  it('rejects a duplicate field between body and sequence', () => {
    const frame = opMsg(0, [
      kind0({ insert: 'c', documents: [], $db: 'd' }),
      kind1('documents', [{}]),
    ]);
    expect(() => parse(frame)).toThrow('Duplicate field');
  });
});

describe('OP_QUERY parsing', () => {
  it('takes the database from the namespace and unwraps $query', () => {
    const body = Buffer.concat([
      Buffer.alloc(4),
      Buffer.from('admin.$cmd\0'),
      Buffer.alloc(8),
      serialize({ $query: { isMaster: 1 } }),
    ]);
    const frame = Buffer.concat([header(HEADER_SIZE + body.length, 3, OP_QUERY), body]);
    expect(parse(frame)).toMatchObject({ opCode: OP_QUERY, db: 'admin', command: { isMaster: 1 } });
  });
});

describe('reply encoding', () => {
  it('frames an OP_MSG reply with a kind-0 body and keeps Longs', () => {
    const out = encodeOpMsg(11, 7, { cursor: { id: Long.fromNumber(5) }, ok: 1 });
    expect(readHeader(out, 0)).toEqual({
      length: out.length,
      requestId: 11,
      responseTo: 7,
      opCode: OP_MSG,
    });
    expect(out[HEADER_SIZE + 4]).toBe(0);
    const body = deserialize(out.subarray(HEADER_SIZE + 5), { promoteLongs: false });
    expect(Long.isLong(body.cursor.id)).toBe(true);
  });

  it('frames an OP_REPLY with one document', () => {
    const out = encodeOpReply(12, 3, { ok: 1 });
    expect(readHeader(out, 0).opCode).toBe(OP_REPLY);
    expect(out.readInt32LE(HEADER_SIZE + 16)).toBe(1);
    expect(deserialize(out.subarray(HEADER_SIZE + 20))).toEqual({ ok: 1 });
  });
});
