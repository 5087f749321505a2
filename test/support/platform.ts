import { startEmbeddedMongo } from '@dabba/embedded-mongo';
import { startGateway } from '@dabba/gateway';
import { catalogSubgraph } from '@dabba/catalog';
import { startSubgraph, type RunningSubgraph } from '@dabba/subgraph-kit';
import { usersSubgraph } from '@dabba/users';

export const IDENTITY_SECRET = 'e2e-identity-secret-0123456789abcdef';

export interface Platform {
  gatewayUrl: string;
  subgraphs: Record<'users' | 'catalog', RunningSubgraph>;
  close(): Promise<void>;
}

/**
 * The supergraph as deployed, in one process: an embedded MongoDB, each subgraph on an ephemeral
 * port with its demo data, and the gateway routed to them.
 */
export async function startPlatform(): Promise<Platform> {
  const mongo = await startEmbeddedMongo();
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    IDENTITY_SECRET,
    MONGODB_URL: mongo.url,
  };
  const started: RunningSubgraph[] = [];
  try {
    const users = await startSubgraph(usersSubgraph, { env, port: 0 });
    started.push(users);
    const catalog = await startSubgraph(catalogSubgraph, { env, port: 0 });
    started.push(catalog);
    await Promise.all(started.map((subgraph) => subgraph.seed()));
    const gateway = await startGateway({
      env,
      port: 0,
      subgraphUrls: { users: users.url, catalog: catalog.url },
    });
    return {
      gatewayUrl: gateway.url,
      subgraphs: { users, catalog },
      close: async () => {
        await gateway.close();
        await Promise.all(started.map((subgraph) => subgraph.close()));
        await mongo.stop();
      },
    };
  } catch (error) {
    await Promise.all(started.map((subgraph) => subgraph.close()));
    await mongo.stop();
    throw error;
  }
}
