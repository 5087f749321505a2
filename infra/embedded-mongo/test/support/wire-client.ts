import net from 'node:net';
import { BSON, type Document } from 'mongodb';

/**
 * A deliberately small MongoDB wire-protocol client over a raw socket. The conformance suite uses
 * it for what a driver never sends on purpose: legacy OP_QUERY, hand-built document sequences,
 * replayed retryable writes and malformed frames.
 */
export const OpCode = { REPLY: 1, QUERY: 2004, MSG: 2013 } as const;
export const MORE_TO_COME = 1 << 1;
const HEADER_BYTES = 16;

export interface Frame {
  requestId: number;
  responseTo: number;
  opCode: number;
  /** Everything after the 16-byte header. */
  payload: Buffer;
}

export interface DocumentSequence {
  identifier: string;
  documents: Document[];
}

export interface LegacyReply {
  responseFlags: number;
  cursorId: bigint;
  startingFrom: number;
  documents: Document[];
}

/** A standard message header; responseTo is 0, as in every request. */
export function header(length: number, requestId: number, opCode: number): Buffer {
  const bytes = Buffer.alloc(HEADER_BYTES);
  bytes.writeInt32LE(length, 0);
  bytes.writeInt32LE(requestId, 4);
  bytes.writeInt32LE(0, 8);
  bytes.writeInt32LE(opCode, 12);
  return bytes;
}

function cstring(text: string): Buffer {
  return Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0])]);
}

function int32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeInt32LE(value, 0);
  return bytes;
}

/** Wraps an already-encoded OP_MSG body (flagBits + sections) in a header. */
export function frameMsg(requestId: number, body: Buffer): Buffer {
  return Buffer.concat([header(HEADER_BYTES + body.length, requestId, OpCode.MSG), body]);
}

function encodeMsg(
  requestId: number,
  command: Document,
  options: { flags?: number; sequences?: DocumentSequence[] } = {},
): Buffer {
  const sections: Uint8Array[] = [
    int32(options.flags ?? 0),
    Buffer.from([0]),
    BSON.serialize(command),
  ];
  for (const sequence of options.sequences ?? []) {
    const content = Buffer.concat([
      cstring(sequence.identifier),
      ...sequence.documents.map((doc) => BSON.serialize(doc)),
    ]);
    sections.push(Buffer.from([1]), int32(content.length + 4), content);
  }
  return frameMsg(requestId, Buffer.concat(sections));
}

export function encodeQuery(requestId: number, namespace: string, query: Document): Buffer {
  const body = Buffer.concat([
    int32(0),
    cstring(namespace),
    int32(0),
    int32(-1),
    BSON.serialize(query),
  ]);
  return Buffer.concat([header(HEADER_BYTES + body.length, requestId, OpCode.QUERY), body]);
}

/** The body document (section kind 0) of an OP_MSG reply. */
export function decodeMsg(frame: Frame): { flags: number; document: Document } {
  if (frame.opCode !== OpCode.MSG) throw new Error(`expected OP_MSG, got opCode ${frame.opCode}`);
  const flags = frame.payload.readUInt32LE(0);
  if (frame.payload[4] !== 0) throw new Error('expected the body section first');
  return { flags, document: BSON.deserialize(frame.payload.subarray(5)) };
}

export function decodeReply(frame: Frame): LegacyReply {
  if (frame.opCode !== OpCode.REPLY) {
    throw new Error(`expected OP_REPLY, got opCode ${frame.opCode}`);
  }
  const payload = frame.payload;
  const numberReturned = payload.readInt32LE(16);
  const documents: Document[] = [];
  let offset = 20;
  for (let i = 0; i < numberReturned; i += 1) {
    const size = payload.readInt32LE(offset);
    documents.push(BSON.deserialize(payload.subarray(offset, offset + size)));
    offset += size;
  }
  return {
    responseFlags: payload.readInt32LE(0),
    cursorId: payload.readBigInt64LE(4),
    startingFrom: payload.readInt32LE(12),
    documents,
  };
}

export class RawConnection {
  private received = Buffer.alloc(0);
  private readonly frames: Frame[] = [];
  private wake: (() => void) | null = null;
  private requestIds = 0;
  private ended = false;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('close', () => {
      this.ended = true;
      this.wake?.();
    });
    socket.on('error', () => undefined);
  }

  static open(host: string, port: number): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host, port }, () => {
        socket.off('error', reject);
        resolve(new RawConnection(socket));
      });
      socket.once('error', reject);
    });
  }

  get isClosed(): boolean {
    return this.ended;
  }

  nextRequestId(): number {
    this.requestIds += 1;
    return this.requestIds;
  }

  write(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  /** Sends one OP_MSG and returns its requestId. */
  sendMsg(command: Document, options?: { flags?: number; sequences?: DocumentSequence[] }): number {
    const requestId = this.nextRequestId();
    this.write(encodeMsg(requestId, command, options));
    return requestId;
  }

  /** Sends a command and returns the body of its reply, failing if the reply answers another request. */
  async command(command: Document, sequences?: DocumentSequence[]): Promise<Document> {
    const requestId = this.sendMsg(command, { sequences });
    const frame = await this.nextFrame();
    if (frame.responseTo !== requestId) {
      throw new Error(`reply answers request ${frame.responseTo}, expected ${requestId}`);
    }
    return decodeMsg(frame).document;
  }

  /** The next complete frame from the server; rejects if the server closes first or on timeout. */
  async nextFrame(timeoutMs = 5000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const frame = this.frames.shift();
      if (frame) return frame;
      if (this.ended) throw new Error('connection closed by the server');
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no frame within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  /** What the server did with a bad request: answered it, or closed the connection. */
  async outcome(timeoutMs = 5000): Promise<{ closed: true } | { closed: false; reply: Frame }> {
    try {
      return { closed: false, reply: await this.nextFrame(timeoutMs) };
    } catch (error) {
      if (this.ended) return { closed: true };
      throw error;
    }
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.received = Buffer.concat([this.received, chunk]);
    while (this.received.length >= 4) {
      const length = this.received.readInt32LE(0);
      if (this.received.length < length) break;
      this.frames.push({
        requestId: this.received.readInt32LE(4),
        responseTo: this.received.readInt32LE(8),
        opCode: this.received.readInt32LE(12),
        payload: this.received.subarray(HEADER_BYTES, length),
      });
      this.received = this.received.subarray(length);
    }
    this.wake?.();
  }
}
