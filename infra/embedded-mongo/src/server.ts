import net from 'node:net';
import { ObjectId } from 'bson';
import type { Engine } from './engine/types';
import { ClusterClock } from './commands/clock';
import type { ServerState } from './commands/context';
import { CursorRegistry } from './commands/cursors';
import { createDispatcher } from './commands/dispatch';
import { SessionRegistry } from './sessions/sessions';
import { WireConnection } from './wire/connection';

export interface ServerOptions {
  engine: Engine;
  host: string;
  port: number;
  setName: string;
  transactionLifetimeLimitSeconds: number;
}

export interface RunningServer {
  host: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on `host:port` and answers the MongoDB wire protocol from `engine`. */
export async function listen(options: ServerOptions): Promise<RunningServer> {
  const connections = new Set<WireConnection>();
  const cursors = new CursorRegistry();
  const state: ServerState = {
    engine: options.engine,
    clock: new ClusterClock(),
    cursors,
    sessions: new SessionRegistry(
      options.engine,
      options.transactionLifetimeLimitSeconds * 1000,
      (session) => cursors.killSession(session.key),
      (session) => cursors.killTransaction(session.key, session.txnNumber),
    ),
    setName: options.setName,
    processId: new ObjectId(),
    transactionLifetimeLimitSeconds: options.transactionLifetimeLimitSeconds,
    connectionCount: () => connections.size,
  };
  const dispatch = createDispatcher(state);
  let nextConnectionId = 1;

  const server = net.createServer((socket) => {
    const connection = new WireConnection(nextConnectionId++, socket, dispatch);
    connections.add(connection);
    socket.on('close', () => connections.delete(connection));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as net.AddressInfo;

  return {
    host: options.host,
    port: address.port,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const connection of connections) connection.destroy();
      await closed;
      state.sessions.endAll();
      cursors.close();
    },
  };
}
