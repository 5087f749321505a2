import type { Document } from 'bson';
import { MongoServerFailure } from '../errors';
import type { CommandContext } from './context';
import type { Session } from '../sessions/sessions';

function transactionArgs(ctx: CommandContext): { session: Session; txnNumber: number } {
  const { session } = ctx;
  const txnNumber = ctx.command.txnNumber;
  if (!session || txnNumber === undefined || ctx.command.autocommit !== false) {
    throw new MongoServerFailure(
      'InvalidOptions',
      `'${Object.keys(ctx.command)[0]}' can only be run with a transaction number and autocommit: false`,
    );
  }
  return { session, txnNumber: Number(txnNumber) };
}

export function commitTransaction(ctx: CommandContext): Document {
  const { session, txnNumber } = transactionArgs(ctx);
  ctx.server.sessions.commit(session, txnNumber);
  return { ok: 1 };
}

export function abortTransaction(ctx: CommandContext): Document {
  const { session, txnNumber } = transactionArgs(ctx);
  ctx.server.sessions.abort(session, txnNumber);
  return { ok: 1 };
}

function lsids(ctx: CommandContext, field: string): unknown[] {
  const value = ctx.command[field];
  if (!Array.isArray(value)) {
    throw new MongoServerFailure(
      'TypeMismatch',
      `BSON field '${field}' is the wrong type, expected type 'array'`,
    );
  }
  return value;
}

export function endSessions(ctx: CommandContext): Document {
  for (const lsid of lsids(ctx, 'endSessions')) ctx.server.sessions.end(lsid);
  return { ok: 1 };
}

export function killSessions(ctx: CommandContext): Document {
  for (const lsid of lsids(ctx, 'killSessions')) ctx.server.sessions.end(lsid);
  return { ok: 1 };
}

export function killAllSessions(ctx: CommandContext): Document {
  ctx.server.sessions.endAll();
  return { ok: 1 };
}
