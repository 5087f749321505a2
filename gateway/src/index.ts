import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  DomainError,
  createLogger,
  createMetrics,
  errorLoggingPlugin,
  ensureTrace,
  requestMetadata,
  serveApollo,
  toHttpGraphQLError,
} from '@dabba/subgraph-kit';
import { readSupergraphSdl } from '@dabba/schema';
import { supergraphRoutingUrl } from './api-key';
import { loadGatewayConfig } from './config';
import type { GatewayContext } from './context';
import { depthLimitRule } from './depth-limit';
import { formatGatewayError } from './errors';
import { createFederatedGateway } from './gateway';
import { authenticateFromConfig } from './identity';

export { loadGatewayConfig, subgraphUrlVariable, type GatewayConfig } from './config';
export type { GatewayContext } from './context';

export interface StartGatewayOptions {
  /** Configuration source; process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** Overrides PORT; 0 picks an ephemeral port. */
  port?: number;
  /** Routing URL overrides by subgraph name; win over `<NAME>_SUBGRAPH_URL`. */
  subgraphUrls?: Record<string, string>;
}

export interface RunningGateway {
  /** http://<host>:<port>/graphql */
  url: string;
  close(): Promise<void>;
}

export async function startGateway(options: StartGatewayOptions = {}): Promise<RunningGateway> {
  const config = loadGatewayConfig(options.env);
  const logger = createLogger('gateway', config.logLevel);
  const metrics = createMetrics('gateway');
  const subgraphUrls = { ...config.subgraphUrls, ...options.subgraphUrls };
  const usersUrl = subgraphUrls.users ?? supergraphRoutingUrl(readSupergraphSdl(), 'users');
  const edge = await authenticateFromConfig({ ...config, usersUrl }, logger);
  const { gateway, agent } = createFederatedGateway({
    identitySecret: config.identitySecret,
    timeoutMs: config.subgraphTimeoutMs,
    subgraphUrls,
    logger,
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.sandboxEnabled,
    validationRules: [depthLimitRule()],
    formatError: formatGatewayError,
    logger,
    // The process owns signal handling (main.ts), so shutdown drains HTTP before Apollo stops.
    stopOnTerminationSignals: false,
    plugins: [
      metrics.plugin,
      errorLoggingPlugin(logger),
      config.sandboxEnabled
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  try {
    const server = await serveApollo({
      apollo,
      port: options.port ?? config.port,
      ...(config.host ? { host: config.host } : {}),
      context: async (req): Promise<GatewayContext> => {
        const { requestId, traceparent } = requestMetadata(req);
        const trace = ensureTrace(traceparent);
        let identity;
        try {
          identity = await edge.authenticate(req);
        } catch (error) {
          // Refused before any subgraph is asked, answered with the error's HTTP status (401).
          throw error instanceof DomainError ? toHttpGraphQLError(error) : error;
        }
        return {
          identity,
          requestId,
          ...trace,
          logger: logger.child({ requestId, traceId: trace.traceId }),
        };
      },
      // The supergraph is static and loaded by apollo.start(): once serving, the gateway is ready.
      ready: async () => undefined,
      metrics,
      logger,
      landingPage: config.sandboxEnabled,
    });
    return {
      url: server.url,
      close: async () => {
        edge.stop();
        await server.close();
        agent.destroy();
      },
    };
  } catch (error) {
    edge.stop();
    await apollo.stop();
    agent.destroy();
    throw error;
  }
}
