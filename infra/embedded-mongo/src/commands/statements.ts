import type { Document } from 'bson';
import { DocumentLockedByTransaction } from '../engine/types';
import { MongoServerFailure } from '../errors';
import type { CommandContext } from './context';

/** How long a write outside a transaction waits for a transaction holding its document. */
const DEFAULT_LOCK_WAIT_MS = 30_000;

function deadlineOf(ctx: CommandContext): number {
  const maxTimeMS = ctx.command.maxTimeMS;
  const budget = typeof maxTimeMS === 'number' && maxTimeMS > 0 ? maxTimeMS : DEFAULT_LOCK_WAIT_MS;
  return Date.now() + budget;
}

async function waitForLock(lock: DocumentLockedByTransaction, deadline: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new MongoServerFailure('MaxTimeMSExpired', 'operation exceeded time limit')),
      Math.max(0, deadline - Date.now()),
    );
  });
  try {
    await Promise.race([lock.settled, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs one write statement, which must be synchronous so that its reads and writes are atomic.
 * Outside a transaction, a statement that hits a document an open transaction has written waits
 * for that transaction to finish and runs again, as MongoDB's writes wait for the lock.
 */
export async function runStatement<T>(ctx: CommandContext, statement: () => T): Promise<T> {
  let deadline: number | undefined;
  for (;;) {
    try {
      return statement();
    } catch (error) {
      if (!(error instanceof DocumentLockedByTransaction) || ctx.txn) throw error;
      deadline ??= deadlineOf(ctx);
      await waitForLock(error, deadline);
    }
  }
}

/** A failure that ends the whole command rather than one statement: transactions abort on it. */
function isCommandFatal(ctx: CommandContext, error: MongoServerFailure): boolean {
  return ctx.txn !== undefined && error.errorLabels.includes('TransientTransactionError');
}

/**
 * Runs a batch of statements the way insert, update and delete do: each failure becomes a
 * `writeErrors` entry; an ordered batch stops at the first, an unordered one carries on.
 */
export async function runBatch<T>(
  ctx: CommandContext,
  items: T[],
  statement: (item: T, index: number) => void,
): Promise<Document[]> {
  const ordered = ctx.command.ordered !== false;
  const writeErrors: Document[] = [];
  for (let index = 0; index < items.length; index += 1) {
    try {
      await runStatement(ctx, () => statement(items[index] as T, index));
    } catch (error) {
      if (!(error instanceof MongoServerFailure) || isCommandFatal(ctx, error)) throw error;
      writeErrors.push({
        index,
        code: error.code,
        codeName: error.codeName,
        errmsg: error.message,
        ...error.extra,
      });
      if (ordered) break;
    }
  }
  return writeErrors;
}

export function statementsArg(ctx: CommandContext, field: string): Document[] {
  const value = ctx.command[field];
  if (!Array.isArray(value)) {
    const name = Object.keys(ctx.command)[0];
    throw new MongoServerFailure(
      'FailedToParse',
      `BSON field '${name}.${field}' is missing but a required field`,
    );
  }
  if (value.length > 100_000) {
    throw new MongoServerFailure(
      'InvalidLength',
      `Write batch sizes must be between 1 and 100000. Got ${value.length} operations.`,
    );
  }
  return value as Document[];
}
