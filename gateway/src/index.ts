import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  DomainError,
  createLogger,
  createMetrics,
  currentTraceparent,
  errorLoggingPlugin,
  ensureTrace,
  selectTransport,
  serveApollo,
  toHttpGraphQLError,
  tracingPlugin,
  type TracingOptions,
} from '@dabba/subgraph-kit';
import { readSupergraphSdl } from '@dabba/schema';
import { liveFields } from '@dabba/schema/live';
import { supergraphRoutingUrl } from './api-key';
import { loadGatewayConfig } from './config';
import type { GatewayContext } from './context';
import { formatGatewayError } from './errors';
import { createFederatedGateway } from './gateway';
import { authenticateFromConfig } from './identity';
import { createProtection } from './protection';
import { createLiveSubscriptions } from './subscriptions/server';
import { startGatewayTracing } from './tracing';

export { loadGatewayConfig, subgraphUrlVariable, type GatewayConfig } from './config';
export type { GatewayContext } from './context';

/** Queries, mutations (HTTP) and subscriptions (graphql-ws) are all served here. */
const GRAPHQL_PATH = '/graphql';

export interface StartGatewayOptions {
  /** Configuration source; process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** Overrides PORT; 0 picks an ephemeral port. */
  port?: number;
  /** Routing URL overrides by subgraph name; win over `<NAME>_SUBGRAPH_URL`. */
  subgraphUrls?: Record<string, string>;
  /** Span processors besides OTLP (e.g. an in-memory exporter in tests). */
  tracing?: TracingOptions;
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
  const tracing = startGatewayTracing(options.env, options.tracing);
  const protection = createProtection(config, logger);
  const subgraphUrls = { ...config.subgraphUrls, ...options.subgraphUrls };
  const usersUrl = subgraphUrls.users ?? supergraphRoutingUrl(readSupergraphSdl(), 'users');
  const edge = await authenticateFromConfig({ ...config, usersUrl }, logger);
  const { gateway, agent } = createFederatedGateway({
    identitySecret: config.identitySecret,
    timeoutMs: config.subgraphTimeoutMs,
    subgraphUrls,
    logger,
    deduplicateQueries: config.subgraphQueryDeduplication,
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.sandboxEnabled,
    validationRules: protection.validationRules,
    persistedQueries: protection.persistedQueries,
    formatError: formatGatewayError,
    logger,
    // The process owns signal handling (main.ts), so shutdown drains HTTP before Apollo stops.
    stopOnTerminationSignals: false,
    plugins: [
      metrics.plugin,
      tracingPlugin,
      errorLoggingPlugin(logger),
      ...protection.plugins,
      config.sandboxEnabled
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  const transport = selectTransport('gateway', { AMQP_URL: config.amqpUrl }, logger);
  const subscriptions = createLiveSubscriptions({
    apollo,
    gateway,
    authenticate: edge.authenticate,
    protection,
    transport,
    liveFields,
    registry: metrics.registry,
    logger,
    path: GRAPHQL_PATH,
    keepAliveMs: config.subscriptionKeepAliveMs,
  });
  await apollo.start();

  try {
    await subscriptions.start();
    const server = await serveApollo({
      apollo,
      path: GRAPHQL_PATH,
      attach: (httpServer) => subscriptions.attach(httpServer),
      port: options.port ?? config.port,
      ...(config.host ? { host: config.host } : {}),
      context: async (req, { requestId, traceparent }): Promise<GatewayContext> => {
        // The request's server span, which continues the caller's traceparent or starts a trace.
        const trace = ensureTrace(currentTraceparent() ?? traceparent);
        let identity;
        try {
          identity = await edge.authenticate(req);
        } catch (error) {
          // Refused before any subgraph is asked, answered with the error's HTTP status (401).
          throw error instanceof DomainError ? toHttpGraphQLError(error) : error;
        }
        // Counted per caller once known: 429 RATE_LIMITED over the allowance.
        await protection.rateLimiter.consumeRequest(identity);
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
      tracer: tracing.tracer,
      landingPage: config.sandboxEnabled,
      ...protection.http,
    });
    return {
      url: server.url,
      close: async () => {
        edge.stop();
        await server.close();
        await subscriptions.stop();
        await transport.close();
        agent.destroy();
        await tracing.shutdown();
        protection.close();
      },
    };
  } catch (error) {
    edge.stop();
    await subscriptions.stop();
    await transport.close();
    await apollo.stop();
    agent.destroy();
    await tracing.shutdown();
    protection.close();
    throw error;
  }
}
