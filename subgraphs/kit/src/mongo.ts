import { startEmbeddedMongo } from '@dabba/embedded-mongo';
import mongoose from 'mongoose';
import type pino from 'pino';

interface EmbeddedEngine {
  url: string;
  stop(): Promise<void>;
}

/** One embedded engine per process, shared by every subgraph running in it (each on its own database). */
let embedded: Promise<EmbeddedEngine> | undefined;
const connections = new Set<mongoose.Connection>();

function embeddedEngine(logger?: pino.Logger): Promise<EmbeddedEngine> {
  const engine = (embedded ??= startEmbeddedMongo().then((started) => {
    logger?.info({ url: started.url }, 'MONGODB_URL is not set: started the embedded MongoDB');
    return started;
  }));
  return engine;
}

async function stopEmbedded(): Promise<void> {
  const engine = embedded;
  embedded = undefined;
  if (engine) await (await engine).stop();
}

/** Connects to MongoDB at `url`, or to the process's embedded engine when no url is given. */
export async function connectMongo(options: {
  url?: string;
  dbName: string;
  logger?: pino.Logger;
}): Promise<mongoose.Connection> {
  const url = options.url ?? (await embeddedEngine(options.logger)).url;
  // Indexes are synced explicitly by each repository at startup, not lazily per model.
  const connection = mongoose.createConnection(url, { dbName: options.dbName, autoIndex: false });
  connections.add(connection);
  try {
    await connection.asPromise();
  } catch (error) {
    connections.delete(connection);
    await connection.close().catch(() => undefined);
    throw error;
  }
  options.logger?.info({ dbName: options.dbName }, 'connected to MongoDB');
  return connection;
}

/** Throws unless the server answers a ping on this connection. */
export async function pingMongo(connection: mongoose.Connection): Promise<void> {
  if (connection.readyState !== mongoose.ConnectionStates.connected || !connection.db) {
    throw new Error(`MongoDB connection is ${mongoose.ConnectionStates[connection.readyState]}`);
  }
  await connection.db.command({ ping: 1 });
}

/** Closes one connection; the embedded engine stops with the last connection that used it. */
export async function disconnectMongo(connection: mongoose.Connection): Promise<void> {
  connections.delete(connection);
  await connection.close();
  if (connections.size === 0) await stopEmbedded();
}

/** Closes every connection opened by connectMongo and the embedded engine, if started. */
export async function closeMongo(): Promise<void> {
  const open = [...connections];
  connections.clear();
  await Promise.all(open.map((connection) => connection.close()));
  await stopEmbedded();
}
