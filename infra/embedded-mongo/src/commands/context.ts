import { Long, type Document, type ObjectId } from 'bson';
import type { Engine, Transaction } from '../engine/types';
import { MongoServerFailure } from '../errors';
import type { SessionRegistry, Session } from '../sessions/sessions';
import type { ClusterClock } from './clock';
import type { CursorRegistry } from './cursors';

/** Process-wide state every command can reach. */
export interface ServerState {
  engine: Engine;
  clock: ClusterClock;
  cursors: CursorRegistry;
  sessions: SessionRegistry;
  setName: string;
  /** Identifies this server process in `topologyVersion`. */
  processId: ObjectId;
  transactionLifetimeLimitSeconds: number;
  connectionCount(): number;
}

/** What a handler needs to know about the connection it answers. */
export interface ConnectionInfo {
  id: number;
  localHostPort: string;
  sleep(ms: number): Promise<void>;
}

export interface CommandContext {
  server: ServerState;
  connection: ConnectionInfo;
  db: string;
  command: Document;
  /** The logical session named by `lsid`, if any. */
  session: Session | undefined;
  /** The engine transaction the command runs in (multi-document transactions only). */
  txn: Transaction | undefined;
}

/** Who owns a cursor a command opens: its session and, inside a transaction, its txnNumber. */
export interface CursorOwner {
  sessionKey: string | undefined;
  txnNumber: number | undefined;
}

export function cursorOwner(ctx: CommandContext): CursorOwner {
  return { sessionKey: ctx.session?.key, txnNumber: ctx.txn ? ctx.session?.txnNumber : undefined };
}

export type CommandReply = Document | Promise<Document>;
export type CommandHandler = (ctx: CommandContext) => CommandReply;

/** The collection a command names in its first field, e.g. `{ find: 'users' }`. */
export function collectionArg(ctx: CommandContext, name: string): string {
  const value = ctx.command[name];
  if (typeof value !== 'string' || value.length === 0) {
    throw new MongoServerFailure(
      'InvalidNamespace',
      `collection name has invalid type ${value === undefined ? 'missing' : typeof value}`,
    );
  }
  return value;
}

export function documentArg(ctx: CommandContext, name: string): Document | undefined {
  const value = ctx.command[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new MongoServerFailure(
      'TypeMismatch',
      `BSON field '${name}' is the wrong type '${Array.isArray(value) ? 'array' : typeof value}', expected type 'object'`,
    );
  }
  return value as Document;
}

/** An integer option (int32, int64 or an integral double); undefined when absent. */
export function integerArg(ctx: CommandContext, name: string): number | undefined {
  const value = ctx.command[name];
  if (value === undefined || value === null) return undefined;
  const number = Long.isLong(value) ? value.toNumber() : value;
  if (!Number.isInteger(number)) {
    throw new MongoServerFailure(
      'TypeMismatch',
      `BSON field '${name}' is the wrong type '${typeof value}', expected types '[long, int, decimal, double]'`,
    );
  }
  return number;
}

/** `batchSize` of find and getMore; undefined when absent. */
export function batchSizeArg(ctx: CommandContext): number | undefined {
  const batchSize = integerArg(ctx, 'batchSize');
  if (batchSize !== undefined && batchSize < 0) {
    throw new MongoServerFailure(
      'BadValue',
      `BatchSize value must be non-negative, but received: ${batchSize}`,
    );
  }
  return batchSize;
}
