import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { ApolloGateway } from '@apollo/gateway';
import { eventCatalog } from '@dabba/schema/events';
import { checkLiveFields, type LiveField } from '@dabba/schema/live';
import {
  DomainError,
  INTERNAL_ERROR_MESSAGE,
  ensureTrace,
  type Identity,
  type Transport,
  type TransportSubscription,
} from '@dabba/subgraph-kit';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode, type SubscribePayload } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import type pino from 'pino';
import { Counter, Gauge, type Registry } from 'prom-client';
import { WebSocketServer } from 'ws';
import type { GatewayContext } from '../context';
import type { Authenticate, CallerRequest } from '../identity';
import type { Protection } from '../protection';
import { shapeCarriedPayload } from './carried';
import { LiveHub, type LiveChange } from './hub';
import { listenToLiveEvents } from './listener';
import { toLiveQuery, type LiveQuery } from './live-query';
import { subscriberStream } from './subscriber-stream';

/** What a connection learnt in connection_init. */
interface Connection {
  identity: Identity;
  /** Authenticates the connection's credential again: throws once it expired or was revoked. */
  recheck(): Promise<void>;
  /** Closes the socket when the access token expires. */
  expiry: NodeJS.Timeout | undefined;
}

type ConnectionExtra = Extra & { connection?: Connection };

/** The prepared subscription graphql-ws hands back to `subscribe`. */
interface Prepared {
  /** The client's subscription, which tells graphql-ws to call `subscribe`. */
  document: DocumentNode;
  live: LiveQuery;
  variables: Record<string, unknown>;
  connection: Connection;
  socket: Extra['socket'];
}

export interface LiveSubscriptionsOptions {
  apollo: ApolloServer<GatewayContext>;
  gateway: ApolloGateway;
  authenticate: Authenticate;
  protection: Pick<Protection, 'rateLimiter' | 'operations' | 'validationRules' | 'costLimit'>;
  transport: Transport;
  liveFields: Readonly<Record<string, LiveField>>;
  registry: Registry;
  logger: pino.Logger;
  /** The GraphQL path: WebSocket upgrades are served there, beside HTTP. */
  path: string;
  /** WebSocket ping interval; a connection that does not pong within it is dropped. */
  keepAliveMs: number;
}

export interface LiveSubscriptions {
  /** After ApolloServer started: checks the live fields against the schema and starts listening. */
  start(): Promise<void>;
  /** Serves graphql-ws on the server's GraphQL path. */
  attach(server: Server): { close(): Promise<void> };
  /** Stops listening and ends every stream. */
  stop(): Promise<void>;
}

const AUTHORIZATION_PARAM = /^authorization$/i;

function authorizationOf(
  params: Readonly<Record<string, unknown>> | undefined,
  request: IncomingMessage,
) {
  const fromParams = Object.entries(params ?? {}).find(([name]) =>
    AUTHORIZATION_PARAM.test(name),
  )?.[1];
  return typeof fromParams === 'string' ? fromParams : request.headers.authorization;
}

/** The upgrade request, with the credential of connection_init in place of its own header. */
function withAuthorization(
  request: IncomingMessage,
  authorization: string | undefined,
): CallerRequest {
  const headers = { ...request.headers };
  if (authorization === undefined) delete headers.authorization;
  else headers.authorization = authorization;
  return { headers, socket: request.socket };
}

/** When a Bearer access token stops being valid (ms since the epoch); none for API keys. */
function tokenExpiry(authorization: string | undefined): number | undefined {
  const [scheme, token] = authorization?.trim().split(/ +/) ?? [];
  if (scheme?.toLowerCase() !== 'bearer' || !token) return undefined;
  const { exp } = decodeJwt(token);
  return typeof exp === 'number' ? exp * 1000 : undefined;
}

/** Share key of a subscription: same document, variables and identity (minus the address). */
function shareKey(prepared: Prepared): string {
  const { clientIp: _clientIp, ...identity } = prepared.connection.identity;
  return JSON.stringify([
    prepared.live.query,
    prepared.live.operationName,
    prepared.variables,
    identity,
  ]);
}

/**
 * Errors for graphql-ws's error message, which sends GraphQLError instances only. What was not
 * meant for the client is logged and answered as INTERNAL, never with its message.
 */
function errorsOf(error: unknown, logger: pino.Logger): GraphQLError[] {
  if (error instanceof GraphQLError) return [error];
  if (error instanceof DomainError) {
    return [new GraphQLError(error.message, { extensions: { code: error.code } })];
  }
  logger.error({ err: error }, 'subscription could not be prepared');
  return [new GraphQLError(INTERNAL_ERROR_MESSAGE, { extensions: { code: 'INTERNAL' } })];
}

/**
 * Subscriptions over graphql-ws, served by the gateway itself: Apollo Gateway executes queries
 * and mutations only. See docs/subscriptions.md.
 */
export function createLiveSubscriptions(options: LiveSubscriptionsOptions): LiveSubscriptions {
  const { apollo, authenticate, protection, liveFields, logger } = options;
  const hub = new LiveHub<ExecutionResult>();
  let apiSchema: GraphQLSchema | undefined;
  let listener: TransportSubscription | undefined;
  options.gateway.onSchemaLoadOrUpdate(({ apiSchema: loaded }) => (apiSchema = loaded));

  new Gauge({
    name: 'gateway_active_subscriptions',
    help: 'Active GraphQL subscriptions by field',
    labelNames: ['field'] as const,
    registers: [options.registry],
    collect() {
      for (const [field, count] of hub.active()) this.set({ field }, count);
    },
  });
  const resolutions = new Counter({
    name: 'gateway_subscription_resolutions_total',
    help: 'Subscription payloads resolved (one per group of subscribers sharing it), by field and outcome',
    labelNames: ['field', 'outcome'] as const,
    registers: [options.registry],
  });

  /** Runs the payload query with the subscriber's identity, continuing the change's trace. */
  async function resolvePayload(prepared: Prepared, change: LiveChange): Promise<ExecutionResult> {
    const trace = ensureTrace(change.traceparent);
    const requestId = randomUUID();
    const contextValue: GatewayContext = {
      identity: prepared.connection.identity,
      requestId,
      ...trace,
      logger: logger.child({
        requestId,
        traceId: trace.traceId,
        subscription: prepared.live.field,
      }),
      liveResolution: true,
    };
    try {
      const response = await apollo.executeOperation(
        {
          query: prepared.live.query,
          variables: prepared.variables,
          ...(prepared.live.operationName ? { operationName: prepared.live.operationName } : {}),
        },
        { contextValue },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
      const result = response.body.singleResult as ExecutionResult;
      resolutions.inc({ field: prepared.live.field, outcome: result.errors ? 'error' : 'ok' });
      return result;
    } catch (error) {
      contextValue.logger.error({ err: error }, 'subscription payload could not be resolved');
      resolutions.inc({ field: prepared.live.field, outcome: 'error' });
      return {
        errors: [
          new GraphQLError('The update could not be resolved.', {
            extensions: { code: 'INTERNAL' },
          }),
        ],
      };
    }
  }

  /** Subscribe-time checks; the first resolution is the authorization: it must find the entity. */
  async function prepare(extra: ConnectionExtra, payload: SubscribePayload): Promise<Prepared> {
    const connection = extra.connection;
    if (!connection || !apiSchema)
      throw new GraphQLError('Not connected', { extensions: { code: 'UNAUTHENTICATED' } });
    await protection.rateLimiter.consume(connection.identity);
    const source = protection.operations.resolve(connection.identity, payload);
    const document = parse(source);
    const invalid = validate(apiSchema, document, [
      ...specifiedRules,
      ...protection.validationRules,
    ]);
    if (invalid.length > 0) throw invalid[0]!;
    const variables = payload.variables ?? {};
    protection.costLimit.assertWithinLimit({
      schema: apiSchema,
      document,
      operationName: payload.operationName,
      variables,
    });
    const prepared: Prepared = {
      document,
      live: toLiveQuery(document, payload.operationName, variables, liveFields),
      variables,
      connection,
      socket: extra.socket,
    };
    const first = await resolvePayload(prepared, { ends: false });
    const refusal = first.errors?.[0];
    if (refusal) {
      // Already formatted for clients by the executor: passed on as it is.
      throw new GraphQLError(refusal.message, { extensions: refusal.extensions ?? {} });
    }
    const responseKey = Object.keys(first.data ?? {})[0];
    if (!responseKey || first.data?.[responseKey] == null) {
      throw new GraphQLError(
        `Nothing to follow: no entity has ${prepared.live.live.argument} ${prepared.live.key}.`,
        {
          extensions: { code: 'NOT_FOUND' },
        },
      );
    }
    return prepared;
  }

  /**
   * The hub's stream for one subscriber, its credential re-checked before each payload. A
   * high-rate field shapes the payload its event carries, throttled; others resolve it.
   */
  function stream(prepared: Prepared): AsyncIterableIterator<ExecutionResult> {
    const { throttleMs } = prepared.live.live;
    const carried = throttleMs !== undefined;
    const channel = hub.subscribe({
      field: prepared.live.field,
      key: prepared.live.key,
      shareKey: shareKey(prepared),
      resolve: (change) =>
        carried && change.payload
          ? shapeCarriedPayload({
              schema: apiSchema!,
              document: prepared.document,
              operationName: prepared.live.operationName,
              variables: prepared.variables,
              field: prepared.live.field,
              payload: change.payload,
            })
          : resolvePayload(prepared, change),
      ...(carried ? { backlog: 1 } : {}),
    });
    return subscriberStream(channel, {
      ...(carried ? { throttleMs } : {}),
      admit: () => prepared.connection.recheck(),
      refused: (error) =>
        prepared.socket.close(
          CloseCode.Unauthorized,
          error instanceof Error ? error.message : 'Unauthorized',
        ),
    });
  }

  function useGraphqlWs(wss: WebSocketServer) {
    return useServer<Record<string, unknown> | undefined, { connection: Connection }>(
      {
        async onConnect(ctx) {
          const authorization = authorizationOf(ctx.connectionParams, ctx.extra.request);
          const request = withAuthorization(ctx.extra.request, authorization);
          let identity: Identity;
          try {
            identity = await authenticate(request);
          } catch (error) {
            logger.info({ err: error }, 'subscription connection refused');
            return false;
          }
          const connection: Connection = {
            identity,
            recheck: async () => void (await authenticate(request)),
            expiry: undefined,
          };
          const expiresAt = tokenExpiry(authorization);
          if (expiresAt !== undefined) {
            connection.expiry = setTimeout(
              () => ctx.extra.socket.close(CloseCode.Unauthorized, 'Access token expired'),
              Math.max(expiresAt - Date.now(), 0),
            );
            connection.expiry.unref();
          }
          ctx.extra.connection = connection;
          return true;
        },
        onClose(ctx) {
          clearTimeout(ctx.extra.connection?.expiry);
        },
        async onSubscribe(ctx, _id, payload) {
          try {
            const prepared = await prepare(ctx.extra, payload);
            return { schema: apiSchema!, document: prepared.document, contextValue: prepared };
          } catch (error) {
            return errorsOf(error, logger);
          }
        },
        subscribe: (args) => stream(args.contextValue as Prepared),
      },
      wss,
      options.keepAliveMs,
    );
  }

  return {
    async start() {
      if (!apiSchema) throw new Error('the gateway has not loaded its schema');
      const problems = checkLiveFields(apiSchema, liveFields, eventCatalog);
      if (problems.length > 0)
        throw new Error(`live fields do not match the supergraph: ${problems.join('; ')}`);
      listener = await listenToLiveEvents({
        transport: options.transport,
        queue: `gateway.live.${randomUUID()}`,
        liveFields,
        publish: (field, key, change) => hub.publish(field, key, change),
        logger,
      });
    },
    attach(server) {
      const wss = new WebSocketServer({ server, path: options.path });
      const graphqlWs = useGraphqlWs(wss);
      return {
        close: async () => {
          hub.endAll();
          await graphqlWs.dispose();
        },
      };
    },
    async stop() {
      hub.endAll();
      await listener?.close();
    },
  };
}
