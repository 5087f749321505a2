import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import type mongoose from 'mongoose';
import type pino from 'pino';
import { enforceAccess, type AccessRules } from './access';
import { ConfigError, parseConfig, subgraphEnvSchema } from './config';
import type { SubgraphContext } from './context';
import { errorLoggingPlugin } from './error-logging';
import { DomainError, formatGraphQLError, toHttpGraphQLError } from './errors';
import { serveApollo, type HttpRoute, type RequestMetadata } from './http';
import { verifyIdentity } from './identity';
import { createLogger } from './logger';
import { createMetrics } from './metrics';
import { startEvents, type EventConsumer, type SubgraphEvents } from './events/runtime';
import type { UnitOfWork } from './events/unit-of-work';
import { closeMongo, connectMongo, disconnectMongo, pingMongo } from './mongo';
import { startTracing, tracingPlugin, type TracingOptions } from './tracing';

export type { GraphQLResolverMap };

export interface SubgraphDefinition<Services, Loaders> {
  /** Short name, e.g. 'users': names the logger, the metrics and the database `dabba_<name>`. */
  name: string;
  /** Port used when neither options.port nor PORT is given. */
  defaultPort?: number;
  /** Absolute path of the subgraph's schema.graphql. */
  schemaPath: string;
  resolvers: GraphQLResolverMap<SubgraphContext<Services, Loaders>>;
  /**
   * The subgraph's own access rules, by the name its schema's @access directives use beside the
   * kit's built-in ones (see access.ts). Every operation and entity field must declare one.
   */
  accessRules?: AccessRules;
  /**
   * Repositories and use cases over the subgraph's own database; syncs its indexes. Use cases
   * that others must hear about run in `unitOfWork`, which writes their events to the outbox.
   */
  createServices(db: mongoose.Connection, runtime: SubgraphRuntime): Promise<Services>;
  /** The subgraph's event handlers; each gets its queue `<name>.<handler>`. */
  consumers?(services: Services): readonly EventConsumer[];
  /** HTTP endpoints besides GraphQL on the subgraph's port, e.g. payment webhooks. */
  routes?(services: Services): readonly HttpRoute[];
  /** Fresh DataLoaders, called once per request. */
  createLoaders(services: Services): Loaders;
  /** Deterministic demo data, idempotent (upserts by fixed ids). */
  seed?(services: Services): Promise<void>;
}

export interface SubgraphRuntime {
  logger: pino.Logger;
  /** The environment startSubgraph read, for the subgraph's own settings beyond the kit's. */
  env: NodeJS.ProcessEnv;
  unitOfWork: UnitOfWork;
  /**
   * Where this subgraph is served, e.g. `http://127.0.0.1:4004`, once it listens (its port may
   * be chosen then); undefined before.
   */
  origin(): string | undefined;
}

export interface RunningSubgraph {
  name: string;
  /** Its outbox, relay and dead letters, for tooling and tests. */
  events: SubgraphEvents;
  /** e.g. http://127.0.0.1:4001/graphql */
  url: string;
  seed(): Promise<void>;
  /** Stops accepting, drains in-flight requests, closes the database connection. */
  close(): Promise<void>;
}

export async function startSubgraph<S, L>(
  definition: SubgraphDefinition<S, L>,
  options: {
    env?: NodeJS.ProcessEnv;
    port?: number;
    /** Span processors besides OTLP (e.g. an in-memory exporter in tests). */
    tracing?: TracingOptions;
    /** /ready answers 503 until this settles, e.g. while the process seeds demo data. */
    readyAfter?: Promise<unknown>;
  } = {},
): Promise<RunningSubgraph> {
  const env = options.env ?? process.env;
  const config = parseConfig(subgraphEnvSchema, env);
  const port = options.port ?? config.PORT ?? definition.defaultPort;
  if (port === undefined) throw new ConfigError(['PORT: is required']);

  const logger = createLogger(definition.name, config.LOG_LEVEL);
  const typeDefs = parse(await readFile(definition.schemaPath, 'utf8'));
  const db = await connectMongo({
    ...(config.MONGODB_URL ? { url: config.MONGODB_URL } : {}),
    dbName: `dabba_${definition.name}`,
    logger,
  });
  const metrics = createMetrics(definition.name);
  const tracing = startTracing(definition.name, env, options.tracing);
  let events: SubgraphEvents | undefined;
  try {
    events = await startEvents({
      subgraph: definition.name,
      db,
      config,
      logger,
      registry: metrics.registry,
      tracer: tracing.tracer,
    });
    const served: { origin?: string } = {};
    const services = await definition.createServices(db, {
      logger,
      env,
      unitOfWork: events.unitOfWork,
      origin: () => served.origin,
    });
    await events.consume(definition.consumers?.(services) ?? []);
    const apollo = new ApolloServer<SubgraphContext<S, L>>({
      schema: enforceAccess(
        buildSubgraphSchema([{ typeDefs, resolvers: definition.resolvers }]),
        definition.accessRules,
      ),
      formatError: (formatted, error) => formatGraphQLError(formatted, error),
      includeStacktraceInErrorResponses: false,
      introspection: config.NODE_ENV !== 'production',
      // The process owns signal handling: see runSubgraphMain.
      stopOnTerminationSignals: false,
      logger,
      plugins: [
        metrics.plugin,
        tracingPlugin,
        errorLoggingPlugin(logger),
        ApolloServerPluginLandingPageDisabled(),
        // Federated traces (ftv1) only serve Apollo Studio, which we do not report to.
        ApolloServerPluginInlineTraceDisabled(),
      ],
    });
    await apollo.start();

    const context = async (
      req: IncomingMessage,
      { requestId, traceparent, traceId }: RequestMetadata,
    ): Promise<SubgraphContext<S, L>> => {
      let identity;
      try {
        identity = verifyIdentity(req.headers, config.IDENTITY_SECRET);
      } catch (error) {
        throw error instanceof DomainError ? toHttpGraphQLError(error) : error;
      }
      return {
        identity,
        requestId,
        ...(traceparent ? { traceparent, traceId } : {}),
        logger: logger.child({ requestId, ...(traceId ? { traceId } : {}) }),
        services,
        loaders: definition.createLoaders(services),
      };
    };

    let starting = options.readyAfter !== undefined;
    void options.readyAfter?.finally(() => (starting = false));
    const http = await serveApollo({
      apollo,
      port,
      metrics,
      logger,
      tracer: tracing.tracer,
      context,
      routes: definition.routes?.(services) ?? [],
      ready: () => pingMongo(db),
      starting: () => starting,
    }).catch(async (error: unknown) => {
      await apollo.stop();
      throw error;
    });

    served.origin = new URL(http.url).origin;
    const running = events;
    return {
      name: definition.name,
      url: http.url,
      events: running,
      async seed() {
        if (!definition.seed) return;
        await definition.seed(services);
        logger.info('seeded demo data');
      },
      async close() {
        await http.close();
        await running.close();
        await disconnectMongo(db);
        await tracing.shutdown();
      },
    };
  } catch (error) {
    await events?.close();
    await disconnectMongo(db);
    await tracing.shutdown();
    throw error;
  }
}

/** A subgraph to run in this process, on `port` (else PORT, else its default port). */
export interface HostedSubgraph {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any subgraph's services and loaders
  definition: SubgraphDefinition<any, any>;
  port?: number;
}

/**
 * The entry point of a subgraph process: start from process.env, seed when SEED_DEMO_DATA=true,
 * and on SIGTERM/SIGINT stop accepting, drain in-flight requests and close the engines.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any subgraph's services and loaders
export function runSubgraphMain(definition: SubgraphDefinition<any, any>): void {
  runSubgraphsMain(definition.name, [{ definition }]);
}

/**
 * Runs several subgraphs in one process, as runSubgraphMain runs one: how `pnpm start` runs them
 * when AMQP_URL is unset, so that the in-process broker they share carries their events.
 */
export function runSubgraphsMain(
  name: string,
  hosted: readonly HostedSubgraph[],
  options: {
    /**
     * Another service of this process (e.g. the gateway, to share the in-process broker), started
     * once the subgraphs listen and stopped before them.
     */
    companion?: () => Promise<{ close(): Promise<void> }>;
  } = {},
): void {
  const logger = createLogger(name, process.env.LOG_LEVEL || 'info');

  async function main(): Promise<void> {
    /** Set once startup (and seeding) is done. */
    let started: RunningSubgraph[] | null = null;
    let companion: { close(): Promise<void> } | undefined;
    let stopping = false;
    const stop = (subgraphs: RunningSubgraph[]) =>
      Promise.resolve(companion?.close())
        .then(() => Promise.all(subgraphs.map((subgraph) => subgraph.close())))
        .then(closeMongo)
        .then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'unclean shutdown');
            process.exit(1);
          },
        );
    // Listening from the start, so a signal during startup stops cleanly once startup is done.
    const shutdown = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      if (started) void stop(started);
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);

    const config = parseConfig(subgraphEnvSchema);
    const running: RunningSubgraph[] = [];
    // Not ready for traffic until the demo data is in, so `pnpm start` announces a usable platform.
    let seeded!: () => void;
    const readyAfter = new Promise<void>((resolve) => (seeded = resolve));
    try {
      for (const { definition, port } of hosted) {
        running.push(
          await startSubgraph(definition, { readyAfter, ...(port === undefined ? {} : { port }) }),
        );
      }
      if (options.companion && !stopping) companion = await options.companion();
      if (config.SEED_DEMO_DATA && !stopping) {
        for (const subgraph of running) await subgraph.seed();
      }
    } catch (error) {
      await companion?.close();
      await Promise.all(running.map((subgraph) => subgraph.close()));
      throw error;
    } finally {
      seeded();
    }
    started = running;
    if (stopping) await stop(running);
  }

  main().catch(async (error: unknown) => {
    if (error instanceof ConfigError)
      logger.fatal({ issues: error.issues }, 'invalid configuration');
    else logger.fatal({ err: error }, 'failed to start');
    await closeMongo().catch(() => undefined);
    process.exit(1);
  });
}
