import { aggregate } from './aggregate';
import * as catalog from './catalog';
import type { CommandHandler } from './context';
import { explain } from './explain';
import { count, distinct, find } from './find';
import { findAndModify } from './find-and-modify';
import * as handshake from './handshake';
import * as sessions from './sessions';
import { collStats, dbStats } from './stats';
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
  dbStats,
  collStats,

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

/**
 * Commands MongoDB 7 has and this server does not implement: they answer CommandNotSupported
 * (115). Any other unknown name answers CommandNotFound (59), as MongoDB does.
 */
export const NOT_IMPLEMENTED = new Set([
  'currentOp',
  'killOp',
  'validate',
  'dataSize',
  'top',
  'profile',
  'getLog',
  'listCommands',
  'connectionStatus',
  'whatsmyuri',
  'setParameter',
  'fsync',
  'fsyncUnlock',
  'compact',
  'reIndex',
  'logRotate',
  'lockInfo',
  'shutdown',
  'dbHash',
  'connPoolStats',
  'mapReduce',
  'filemd5',
  'convertToCapped',
  'cloneCollectionAsCapped',
  'planCacheClear',
  'planCacheClearFilters',
  'planCacheListFilters',
  'planCacheSetFilter',
  'startSession',
  'refreshSessions',
  'getDefaultRWConcern',
  'setDefaultRWConcern',
  'setFeatureCompatibilityVersion',
  'replSetGetStatus',
  'replSetGetConfig',
  'replSetInitiate',
  'replSetReconfig',
  'replSetStepDown',
  'replSetFreeze',
  'createSearchIndexes',
  'dropSearchIndex',
  'listSearchIndexes',
  'updateSearchIndex',
  'authenticate',
  'saslStart',
  'saslContinue',
  'logout',
  'createUser',
  'updateUser',
  'dropUser',
  'dropAllUsersFromDatabase',
  'usersInfo',
  'grantRolesToUser',
  'revokeRolesFromUser',
  'createRole',
  'updateRole',
  'dropRole',
  'dropAllRolesFromDatabase',
  'rolesInfo',
  'grantPrivilegesToRole',
  'revokePrivilegesFromRole',
  'grantRolesToRole',
  'revokeRolesFromRole',
  'invalidateUserCache',
]);

/**
 * Commands MongoDB 7 allows in a multi-document transaction that this server refuses there with
 * CommandNotSupported (115): catalog changes are not part of its transactions.
 */
export const TRANSACTION_CATALOG_COMMANDS = new Set(['create', 'createIndexes']);

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
