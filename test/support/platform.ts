import { startEmbeddedMongo } from '@dabba/embedded-mongo';
import { startGateway } from '@dabba/gateway';
import {
  generateAccessTokenKeys,
  mintAccessToken,
  type MintOptions,
} from '@dabba/gateway/src/testing';
import { envPrefix, existingSubgraphs, loadSubgraphDefinition } from '@dabba/schema/subgraphs';
import {
  startSubgraph,
  type HostedSubgraph,
  type RunningSubgraph,
  type TracingOptions,
} from '@dabba/subgraph-kit';

export const IDENTITY_SECRET = 'e2e-identity-secret-0123456789abcdef';

/** The platform's access token key pair: the users subgraph signs with it, the gateway verifies. */
export const ACCESS_TOKEN_KEYS = generateAccessTokenKeys();

/** An access token the platform's gateway accepts, as the users subgraph would issue it. */
export function accessTokenFor(userId: string, options?: MintOptions): Promise<string> {
  return mintAccessToken(ACCESS_TOKEN_KEYS.privateKey, userId, options);
}

export interface Platform {
  gatewayUrl: string;
  /** Every subgraph of the checkout, in start order. */
  subgraphs: readonly RunningSubgraph[];
  /** The running subgraph of that name; throws when the checkout has none. */
  subgraph(name: string): RunningSubgraph;
  close(): Promise<void>;
}

/**
 * The supergraph as deployed, in one process: an embedded MongoDB, each subgraph on an ephemeral
 * port with its demo data, and the gateway routed to them.
 */
export async function startPlatform(
  options: {
    /** Where every service's spans go besides OTLP, e.g. an in-memory exporter's processor. */
    tracing?: TracingOptions;
    /** RabbitMQ for every service's events; the in-process broker when left out. */
    amqpUrl?: string;
  } = {},
): Promise<Platform> {
  const mongo = await startEmbeddedMongo();
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    IDENTITY_SECRET,
    MONGODB_URL: mongo.url,
    ...(options.amqpUrl ? { AMQP_URL: options.amqpUrl } : {}),
  };
  const subgraphEnv = { ...env, AUTH_JWT_PRIVATE_KEY: ACCESS_TOKEN_KEYS.privateKey };
  const started: RunningSubgraph[] = [];
  try {
    for (const { name } of existingSubgraphs()) {
      const definition = loadSubgraphDefinition(name) as HostedSubgraph['definition'];
      // A subgraph that calls others (orders) reaches those started before it.
      const urls = Object.fromEntries(
        started.map((subgraph) => [`${envPrefix(subgraph.name)}_SUBGRAPH_URL`, subgraph.url]),
      );
      started.push(
        await startSubgraph(definition, {
          env: { ...subgraphEnv, ...urls },
          port: 0,
          tracing: options.tracing,
        }),
      );
    }
    await Promise.all(started.map((subgraph) => subgraph.seed()));
    const gateway = await startGateway({
      env: { ...env, AUTH_JWT_PUBLIC_KEY: ACCESS_TOKEN_KEYS.publicKey },
      port: 0,
      tracing: options.tracing,
      subgraphUrls: Object.fromEntries(started.map((subgraph) => [subgraph.name, subgraph.url])),
    });
    return {
      gatewayUrl: gateway.url,
      subgraphs: started,
      subgraph(name) {
        const running = started.find((subgraph) => subgraph.name === name);
        if (!running) throw new Error(`no subgraph named ${name} is running`);
        return running;
      },
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
