import { createEngine } from './engine';
import { listen } from './server';

export * from './fork';

export interface EmbeddedMongoOptions {
  /** 0 or undefined: an ephemeral port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Persist here (journal plus snapshots); memory only without it. */
  dbPath?: string;
  ttlMonitorIntervalMs?: number;
  /** Open transactions older than this are aborted (MongoDB's default: 60 s). */
  transactionLifetimeLimitSeconds?: number;
}

export interface EmbeddedMongo {
  /** A `mongodb://` URL for the driver and mongoose (sessions, retryable writes, transactions). */
  url: string;
  host: string;
  port: number;
  stop(): Promise<void>;
}

/** The replica set name clients see: the single member is always primary. */
export const REPLICA_SET_NAME = 'embedded';

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts an in-process server that speaks the MongoDB wire protocol on a loopback port. */
export async function startEmbeddedMongo(
  options: EmbeddedMongoOptions = {},
): Promise<EmbeddedMongo> {
  const host = options.host ?? '127.0.0.1';
  const engine = createEngine({
    ...(options.dbPath !== undefined ? { dbPath: options.dbPath } : {}),
    ...(options.ttlMonitorIntervalMs !== undefined
      ? { ttlMonitorIntervalMs: options.ttlMonitorIntervalMs }
      : {}),
  });
  await engine.open();
  let server;
  try {
    server = await listen({
      engine,
      host,
      port: options.port ?? 0,
      setName: REPLICA_SET_NAME,
      transactionLifetimeLimitSeconds: options.transactionLifetimeLimitSeconds ?? 60,
    });
  } catch (error) {
    await engine.close();
    throw error;
  }
  const running = server;
  let stopping: Promise<void> | undefined;
  return {
    url: `mongodb://${hostForUrl(host)}:${running.port}/?replicaSet=${REPLICA_SET_NAME}`,
    host,
    port: running.port,
    stop: () => {
      stopping ??= running.close().then(() => engine.close());
      return stopping;
    },
  };
}
