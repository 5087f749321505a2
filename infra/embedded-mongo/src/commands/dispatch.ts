import { Long, type Document } from 'bson';
import { commandNotSupported, MongoServerFailure } from '../errors';
import type { Dispatch } from '../wire/connection';
import type { CommandContext, ServerState } from './context';
import { dropSimpleCollations } from './collation';
import {
  COMMANDS,
  NOT_IMPLEMENTED,
  RETRYABLE_WRITES,
  TRANSACTION_CATALOG_COMMANDS,
  TRANSACTION_COMMANDS,
} from './index';
import { writeConcernError } from './write-concern';

function firstKey(command: Document): string | undefined {
  for (const key in command) return key;
  return undefined;
}

/** We never store Decimal128 (money is integer minor units): refuse it anywhere in a command. */
function rejectDecimal(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const element of value) rejectDecimal(element);
    return;
  }
  const tag = (value as { _bsontype?: string })._bsontype;
  if (tag === 'Decimal128') throw commandNotSupported('Decimal128');
  if (tag !== undefined || value instanceof Date || value instanceof RegExp) return;
  for (const key in value) rejectDecimal((value as Document)[key]);
}

function toNumber(value: unknown): number {
  return Long.isLong(value) ? value.toNumber() : Number(value);
}

/** Why a command cannot run in a multi-document transaction, as MongoDB words it. */
function notInTransaction(name: string): MongoServerFailure {
  if (TRANSACTION_CATALOG_COMMANDS.has(name))
    return commandNotSupported(`'${name}' in a multi-document transaction`);
  return new MongoServerFailure(
    'OperationNotSupportedInTransaction',
    `Cannot run '${name}' in a multi-document transaction.`,
  );
}

function errorReply(error: unknown): Document {
  if (error instanceof MongoServerFailure) return error.toReply();
  console.error('embedded-mongo: command failed unexpectedly', error);
  return new MongoServerFailure(
    'InternalError',
    (error as Error).message ?? String(error),
  ).toReply();
}

/**
 * Turns a parsed request into a reply: resolves the session and transaction, answers retried
 * writes from the session, runs the handler, and stamps the cluster time every reply gossips.
 */
export function createDispatcher(server: ServerState): Dispatch {
  const stamp = (reply: Document, write: boolean): Document => {
    const operationTime = write ? server.clock.tick() : server.clock.now();
    reply.$clusterTime = server.clock.gossip();
    reply.operationTime = operationTime;
    return reply;
  };

  const settle = (
    ctx: CommandContext,
    name: string,
    reply: Document,
    retryable: boolean,
  ): Document => {
    const { session, txn } = ctx;
    if (session && txn && Array.isArray(reply.writeErrors)) server.sessions.abortOpen(session);
    if (reply.ok === 1) {
      const concernError = writeConcernError(ctx.command.writeConcern);
      if (concernError) reply.writeConcernError = concernError;
    }
    if (session && retryable) session.retry = { txnNumber: toNumber(ctx.command.txnNumber), reply };
    return stamp(reply, RETRYABLE_WRITES.has(name));
  };

  const fail = (ctx: CommandContext | undefined, error: unknown): Document => {
    if (ctx?.session && ctx.txn) server.sessions.abortOpen(ctx.session);
    return stamp(errorReply(error), false);
  };

  return (request, connection) => {
    const { command } = request;
    const name = firstKey(command) ?? '';
    const handler = COMMANDS[name];
    if (!handler && !NOT_IMPLEMENTED.has(name)) {
      return stamp(
        new MongoServerFailure('CommandNotFound', `no such command: '${name}'`).toReply(),
        false,
      );
    }
    let ctx: CommandContext | undefined;
    try {
      rejectDecimal(command);
      dropSimpleCollations(command);
      const session = command.lsid === undefined ? undefined : server.sessions.get(command.lsid);
      let txn;
      let retryable = false;
      if (session && command.txnNumber !== undefined) {
        const txnNumber = toNumber(command.txnNumber);
        if (command.autocommit === false) {
          if (!TRANSACTION_COMMANDS.has(name)) throw notInTransaction(name);
          if (name !== 'commitTransaction' && name !== 'abortTransaction') {
            txn = server.sessions.transactionFor(
              session,
              txnNumber,
              command.startTransaction === true,
            );
          }
        } else if (RETRYABLE_WRITES.has(name)) {
          server.sessions.advanceForRetryableWrite(session, txnNumber);
          if (session.retry?.txnNumber === txnNumber)
            return stamp({ ...session.retry.reply }, false);
          retryable = true;
        }
      }
      if (!handler) throw commandNotSupported(`command '${name}'`);
      const context: CommandContext = { server, connection, db: request.db, command, session, txn };
      ctx = context;
      const result = handler(context);
      if (result instanceof Promise) {
        return result.then(
          (reply) => settle(context, name, reply, retryable),
          (error: unknown) => fail(context, error),
        );
      }
      return settle(context, name, result, retryable);
    } catch (error) {
      return fail(ctx, error);
    }
  };
}
