import type { Socket } from 'node:net';
import type { Document } from 'bson';
import {
  EXHAUST_ALLOWED,
  HEADER_SIZE,
  MAX_MESSAGE_SIZE_BYTES,
  MORE_TO_COME,
  OP_QUERY,
  ProtocolError,
  encodeOpMsg,
  encodeOpReply,
  parseMessage,
  readHeader,
  type CommandRequest,
} from './protocol';
import { ErrorCodes, type ErrorCodeName } from '../errors';

/** Runs one command and produces its reply body (errors included, as `{ ok: 0 }` bodies). */
export type Dispatch = (
  request: CommandRequest,
  connection: WireConnection,
) => Document | Promise<Document>;

let nextRequestId = 1;

function errorReply(codeName: ErrorCodeName, errmsg: string): Document {
  return { ok: 0, errmsg, code: ErrorCodes[codeName], codeName };
}

/** An awaitable hello asks the server to stream its state: one reply per maxAwaitTimeMS. */
function isExhaustHello(request: CommandRequest): boolean {
  const { command } = request;
  return (
    (request.flags & EXHAUST_ALLOWED) !== 0 &&
    command.topologyVersion !== undefined &&
    command.maxAwaitTimeMS !== undefined &&
    ('hello' in command || 'isMaster' in command || 'ismaster' in command)
  );
}

/**
 * One client socket: reassembles frames from TCP chunks and answers them in arrival order. A
 * command that completes synchronously is answered in the same tick; an asynchronous one holds
 * back the frames behind it so replies never overtake each other.
 */
export class WireConnection {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private busy = false;
  private closed = false;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    readonly id: number,
    private readonly socket: Socket,
    private readonly dispatch: Dispatch,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('close', () => this.onClose());
    socket.on('error', () => socket.destroy());
  }

  /** The address the client dialled, as MongoDB reports it in `me`/`hosts`. */
  get localHostPort(): string {
    const raw = this.socket.localAddress ?? '127.0.0.1';
    const address = raw.startsWith('::ffff:') ? raw.slice(7) : raw;
    const host = address.includes(':') ? `[${address}]` : address;
    return `${host}:${this.socket.localPort ?? 0}`;
  }

  /** Resolves after `ms`, unless the connection closes first (then it never resolves). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.closed) return;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  destroy(): void {
    this.socket.destroy();
  }

  private onClose(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.chunks = [];
    this.buffered = 0;
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    this.drain();
  }

  /** The first `size` buffered bytes as one contiguous buffer (copying only when split). */
  private head(size: number): Buffer {
    const first = this.chunks[0] as Buffer;
    if (first.length >= size) return first;
    const merged = Buffer.concat(this.chunks, this.buffered);
    this.chunks = [merged];
    return merged;
  }

  private take(size: number): Buffer {
    const merged = this.head(size);
    const frame = merged.subarray(0, size);
    if (merged.length === size) this.chunks.shift();
    else this.chunks[0] = merged.subarray(size);
    this.buffered -= size;
    return frame;
  }

  private drain(): void {
    while (!this.busy && !this.closed && this.buffered >= 4) {
      const length = this.head(4).readInt32LE(0);
      if (length < HEADER_SIZE || length > MAX_MESSAGE_SIZE_BYTES) {
        this.rejectFrame();
        return;
      }
      if (this.buffered < length) return;
      this.handleFrame(this.take(length));
    }
  }

  /**
   * A bad length makes the rest of the stream unreadable. MongoDB hangs up without reading or
   * answering such a message, and so do we; other connections are unaffected.
   */
  private rejectFrame(): void {
    this.closed = true;
    this.socket.destroy();
  }

  private handleFrame(frame: Buffer): void {
    const header = readHeader(frame, 0);
    let request: CommandRequest;
    try {
      request = parseMessage(frame, header);
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      const reply = errorReply(error.codeName, error.message);
      this.write(
        header.opCode === OP_QUERY
          ? encodeOpReply(nextRequestId++, header.requestId, reply)
          : encodeOpMsg(nextRequestId++, header.requestId, reply),
      );
      return;
    }
    this.run(request, header.requestId);
  }

  private run(request: CommandRequest, responseTo: number): void {
    const result = this.dispatch(request, this);
    if (result instanceof Promise) {
      this.busy = true;
      result.then(
        (reply) => this.finish(request, responseTo, reply),
        (error: unknown) =>
          this.finish(request, responseTo, errorReply('InternalError', String(error))),
      );
    } else {
      this.respond(request, responseTo, result);
    }
  }

  private finish(request: CommandRequest, responseTo: number, reply: Document): void {
    this.busy = false;
    if (this.closed) return;
    this.respond(request, responseTo, reply);
    this.drain();
  }

  private respond(request: CommandRequest, responseTo: number, reply: Document): void {
    if (request.flags & MORE_TO_COME) return;
    const requestId = nextRequestId++;
    if (request.opCode === OP_QUERY) {
      this.write(encodeOpReply(requestId, responseTo, reply));
      return;
    }
    const streaming = isExhaustHello(request) && reply.ok === 1;
    let message: Buffer;
    try {
      message = encodeOpMsg(requestId, responseTo, reply, streaming ? MORE_TO_COME : 0);
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      this.write(encodeOpMsg(requestId, responseTo, errorReply(error.codeName, error.message)));
      return;
    }
    this.write(message);
    // With moreToCome the client keeps reading: the next streamed reply answers this one.
    if (streaming) this.run(request, requestId);
  }

  private write(buffer: Buffer): void {
    if (!this.closed) this.socket.write(buffer);
  }
}
