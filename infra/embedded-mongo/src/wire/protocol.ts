import { deserialize, serializeWithBufferAndIndex, type Document } from 'bson';

/** The MongoDB wire protocol: message framing, OP_MSG and the legacy OP_QUERY/OP_REPLY pair. */
export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_MSG = 2013;

export const HEADER_SIZE = 16;
export const MAX_MESSAGE_SIZE_BYTES = 48_000_000;
export const MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024;

export const CHECKSUM_PRESENT = 1;
export const MORE_TO_COME = 1 << 1;
export const EXHAUST_ALLOWED = 1 << 16;

/** Flag bits a client may set; MongoDB rejects any other required (low 16) bit. */
const KNOWN_REQUIRED_FLAGS = CHECKSUM_PRESENT | MORE_TO_COME;

export interface MessageHeader {
  length: number;
  requestId: number;
  responseTo: number;
  opCode: number;
}

export interface CommandRequest {
  requestId: number;
  opCode: typeof OP_MSG | typeof OP_QUERY;
  /** OP_MSG flag bits (0 for OP_QUERY). */
  flags: number;
  /** The database the command runs against (`$db`, or the OP_QUERY namespace's database). */
  db: string;
  command: Document;
}

/** A frame that cannot be understood: answered with `{ ok: 0 }` when its requestID is known. */
export class ProtocolError extends Error {
  constructor(
    readonly codeName: 'InvalidBSON' | 'FailedToParse' | 'BSONObjectTooLarge' | 'BadValue',
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}

export function readHeader(buffer: Buffer, offset: number): MessageHeader {
  return {
    length: buffer.readInt32LE(offset),
    requestId: buffer.readInt32LE(offset + 4),
    responseTo: buffer.readInt32LE(offset + 8),
    opCode: buffer.readInt32LE(offset + 12),
  };
}

function readDocument(frame: Buffer, offset: number, end: number): { doc: Document; next: number } {
  if (offset + 5 > end)
    throw new ProtocolError('InvalidBSON', 'BSON document runs past the section');
  const size = frame.readInt32LE(offset);
  if (size < 5 || offset + size > end) {
    throw new ProtocolError('InvalidBSON', `invalid BSON document length ${size}`);
  }
  try {
    return { doc: deserialize(frame.subarray(offset, offset + size)), next: offset + size };
  } catch (error) {
    throw new ProtocolError('InvalidBSON', `invalid BSON: ${(error as Error).message}`);
  }
}

function readCString(frame: Buffer, offset: number, end: number): { value: string; next: number } {
  const nul = frame.indexOf(0, offset);
  if (nul < 0 || nul >= end) throw new ProtocolError('InvalidBSON', 'unterminated C string');
  return { value: frame.toString('utf8', offset, nul), next: nul + 1 };
}

/**
 * OP_MSG: flagBits, one kind-0 body section and any kind-1 document sequences, which become
 * array fields of the command (e.g. `documents` of an insert), then an optional CRC-32C checksum.
 */
function parseOpMsg(frame: Buffer, header: MessageHeader): CommandRequest {
  const flags = frame.readUInt32LE(HEADER_SIZE);
  if ((flags & 0xffff & ~KNOWN_REQUIRED_FLAGS) !== 0) {
    throw new ProtocolError('BadValue', `Unrecognized required flags in OP_MSG: ${flags}`);
  }
  const end = flags & CHECKSUM_PRESENT ? frame.length - 4 : frame.length;
  let offset = HEADER_SIZE + 4;
  let body: Document | undefined;
  const sequences: Array<[string, Document[]]> = [];
  while (offset < end) {
    const kind = frame[offset++];
    if (kind === 0) {
      if (body) throw new ProtocolError('FailedToParse', 'OP_MSG has more than one body section');
      const read = readDocument(frame, offset, end);
      body = read.doc;
      offset = read.next;
    } else if (kind === 1) {
      const sectionEnd = offset + frame.readInt32LE(offset);
      if (sectionEnd > end || sectionEnd <= offset + 4) {
        throw new ProtocolError('InvalidBSON', 'invalid document sequence length');
      }
      const name = readCString(frame, offset + 4, sectionEnd);
      const docs: Document[] = [];
      offset = name.next;
      while (offset < sectionEnd) {
        const read = readDocument(frame, offset, sectionEnd);
        docs.push(read.doc);
        offset = read.next;
      }
      sequences.push([name.value, docs]);
    } else {
      throw new ProtocolError('FailedToParse', `Unknown section kind ${String(kind)}`);
    }
  }
  if (!body) throw new ProtocolError('FailedToParse', 'OP_MSG requires a document section');
  for (const [name, docs] of sequences) {
    if (name in body) {
      throw new ProtocolError('FailedToParse', `Duplicate field name in OP_MSG: ${name}`);
    }
    body[name] = docs;
  }
  const db = body.$db;
  if (typeof db !== 'string') {
    throw new ProtocolError('FailedToParse', 'OP_MSG requests require a $db argument');
  }
  return { requestId: header.requestId, opCode: OP_MSG, flags, db, command: body };
}

/** OP_QUERY survives only for the connection handshake (`isMaster`/`hello` on `admin.$cmd`). */
function parseOpQuery(frame: Buffer, header: MessageHeader): CommandRequest {
  const ns = readCString(frame, HEADER_SIZE + 4, frame.length);
  const { doc } = readDocument(frame, ns.next + 8, frame.length);
  const command =
    '$query' in doc && typeof doc.$query === 'object' ? (doc.$query as Document) : doc;
  const dot = ns.value.indexOf('.');
  const db = dot < 0 ? ns.value : ns.value.slice(0, dot);
  return { requestId: header.requestId, opCode: OP_QUERY, flags: 0, db, command };
}

export function parseMessage(frame: Buffer, header: MessageHeader): CommandRequest {
  if (header.opCode === OP_MSG) return parseOpMsg(frame, header);
  if (header.opCode === OP_QUERY) return parseOpQuery(frame, header);
  throw new ProtocolError('FailedToParse', `Unsupported opCode ${header.opCode}`);
}

/**
 * Replies are serialized straight into one reusable buffer behind room for the header, so each
 * reply costs a single copy. Node runs one serialization at a time, so sharing it is safe.
 */
const scratch = Buffer.alloc(MAX_BSON_OBJECT_SIZE + 64 * 1024);

function frame(
  prefixSize: number,
  body: Document,
  writePrefix: (out: Buffer) => void,
  responseTo: number,
  requestId: number,
  opCode: number,
): Buffer {
  const last = serializeWithBufferAndIndex(body, scratch, { index: prefixSize });
  // bson writes past a typed array's end silently, so an oversized reply shows up only here.
  if (last >= scratch.length - 1) {
    throw new ProtocolError('BSONObjectTooLarge', 'BSONObj size is invalid: reply too large');
  }
  const out = Buffer.allocUnsafe(last + 1);
  scratch.copy(out, 0, 0, last + 1);
  out.writeInt32LE(out.length, 0);
  out.writeInt32LE(requestId, 4);
  out.writeInt32LE(responseTo, 8);
  out.writeInt32LE(opCode, 12);
  writePrefix(out);
  return out;
}

export function encodeOpMsg(
  requestId: number,
  responseTo: number,
  body: Document,
  flags = 0,
): Buffer {
  return frame(
    HEADER_SIZE + 5,
    body,
    (out) => {
      out.writeUInt32LE(flags, HEADER_SIZE);
      out.writeUInt8(0, HEADER_SIZE + 4);
    },
    responseTo,
    requestId,
    OP_MSG,
  );
}

/** OP_REPLY: responseFlags, cursorID (0), startingFrom (0), numberReturned (1), one document. */
export function encodeOpReply(requestId: number, responseTo: number, body: Document): Buffer {
  return frame(
    HEADER_SIZE + 20,
    body,
    (out) => {
      out.writeInt32LE(0, HEADER_SIZE);
      out.writeBigInt64LE(0n, HEADER_SIZE + 4);
      out.writeInt32LE(0, HEADER_SIZE + 12);
      out.writeInt32LE(1, HEADER_SIZE + 16);
    },
    responseTo,
    requestId,
    OP_REPLY,
  );
}
