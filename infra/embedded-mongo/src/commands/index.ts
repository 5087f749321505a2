import { aggregate } from './aggregate';
import * as catalog from './catalog';
import type { CommandHandler } from './context';
import { explain } from './explain';
import { count, distinct, find } from './find';
import { findAndModify } from './find-and-modify';
import * as handshake from './handshake';
import * as sessions from './sessions';
import { insert, remove, update } from './writes';

/** Every command the server answers, by the name clients send as the first field. */
export const COMMANDS: Record<string, CommandHandler> = {
  hello: handshake.hello,
  isMaster: handshake.hello,
  ismaster: handshake.hello,
  ping: handshake.ping,
  buildInfo: handshake.buildInfo,
  buildinfo: handshake.buildInfo,
  getParameter: handshake.getParameter,
  getCmdLineOpts: handshake.getCmdLineOpts,
  hostInfo: handshake.hostInfo,
  serverStatus: handshake.serverStatus,

  endSessions: sessions.endSessions,
  killSessions: sessions.killSessions,
  killAllSessions: sessions.killAllSessions,
  commitTransaction: sessions.commitTransaction,
  abortTransaction: sessions.abortTransaction,

  listDatabases: catalog.listDatabases,
  listCollections: catalog.listCollections,
  create: catalog.create,
  drop: catalog.drop,
  dropDatabase: catalog.dropDatabase,
  renameCollection: catalog.renameCollection,
  collMod: catalog.collMod,
  createIndexes: catalog.createIndexes,
  listIndexes: catalog.listIndexes,
  dropIndexes: catalog.dropIndexes,

  find,
  getMore: (ctx) => ctx.server.cursors.getMore(ctx),
  killCursors: (ctx) => ctx.server.cursors.killCursors(ctx),
  count,
  distinct,
  aggregate,
  explain,

  insert,
  update,
  delete: remove,
  findAndModify,
  findandmodify: findAndModify,
};

/** Writes a client may retry with the same (lsid, txnNumber). */
export const RETRYABLE_WRITES = new Set([
  'insert',
  'update',
  'delete',
  'findAndModify',
  'findandmodify',
]);

/** Commands allowed inside a multi-document transaction. */
export const TRANSACTION_COMMANDS = new Set([
  'find',
  'getMore',
  'killCursors',
  'aggregate',
  'distinct',
  'insert',
  'update',
  'delete',
  'findAndModify',
  'findandmodify',
  'commitTransaction',
  'abortTransaction',
]);
