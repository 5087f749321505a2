import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { EventEnvelope } from '@dabba/schema/events';
import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import {
  defaultResource,
  detectResources,
  envDetector,
  resourceFromAttributes,
} from '@opentelemetry/resources';
import {
  AlwaysOnSampler,
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-node';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_SERVICE_NAME,
} from '@opentelemetry/semantic-conventions';
import { errorCodeOf } from './errors';
import {
  TRACEPARENT_HEADER,
  currentTraceparent,
  extractTraceContext,
  inUnrecordedSpan,
  type TraceContext,
} from './trace';

/** The instrumentation scope of every span the platform's own code starts. */
export const TRACER_NAME = '@dabba/subgraph-kit';

export interface TracingOptions {
  /**
   * Where spans go besides OTLP, e.g. an in-memory exporter's processor in tests. Giving any turns
   * tracing on without an OTLP endpoint.
   */
  spanProcessors?: SpanProcessor[];
  /**
   * Also register as the process's global tracer provider, so that libraries that trace through
   * the OpenTelemetry API (@apollo/gateway) report to it. Only the first registration of a
   * process takes: one service per process does this (the gateway).
   */
  global?: boolean;
}

export interface Tracing {
  /** Starts this service's spans. */
  readonly tracer: Tracer;
  /** Whether spans are exported anywhere. */
  readonly enabled: boolean;
  /** Exports what is buffered, then stops. */
  shutdown(): Promise<void>;
}

/**
 * Spans of a service that exports none: they carry fresh span ids under the caller's trace (or a
 * new one) so traceparent propagation and the trace id in logs work as with tracing on, and go
 * nowhere. The sampler keeps the caller's sampled flag, and new traces are sampled, so a service
 * downstream that does export records them.
 */
let untraced: Tracer | undefined;

export function untracedTracer(): Tracer {
  untraced ??= new NodeTracerProvider({
    sampler: new ParentBasedSampler({ root: new AlwaysOnSampler() }),
  }).getTracer(TRACER_NAME);
  return untraced;
}

/**
 * The OTLP/HTTP traces URL the standard variables name: the signal's own endpoint as given, or
 * the general endpoint with `v1/traces` appended. Undefined when neither is set, or the SDK is
 * disabled.
 */
export function otlpTracesUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return undefined;
  if (env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() === 'none') return undefined;
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (traces) return traces;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!base) return undefined;
  return `${base.endsWith('/') ? base : `${base}/`}v1/traces`;
}

/**
 * Tracing for one service, `service.name` `service` unless OTEL_SERVICE_NAME or
 * OTEL_RESOURCE_ATTRIBUTES say otherwise. Spans are exported over OTLP/HTTP when
 * OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set in `env`, in
 * batches; the exporter's other settings (headers, timeout, compression) and the sampler
 * (OTEL_TRACES_SAMPLER, parent-based always-on by default) come from the process environment as
 * the OpenTelemetry SDK reads them. Without an endpoint or span processors, nothing is recorded.
 */
export function startTracing(
  service: string,
  env: NodeJS.ProcessEnv = process.env,
  options: TracingOptions = {},
): Tracing {
  const url = otlpTracesUrl(env);
  const spanProcessors = [
    ...(options.spanProcessors ?? []),
    ...(url ? [new BatchSpanProcessor(new OTLPTraceExporter({ url }))] : []),
  ];
  if (spanProcessors.length === 0) {
    return { tracer: untracedTracer(), enabled: false, shutdown: async () => undefined };
  }
  const provider = new NodeTracerProvider({
    resource: defaultResource()
      .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: service }))
      .merge(detectResources({ detectors: [envDetector] })),
    spanProcessors,
  });
  const registered = options.global === true && trace.setGlobalTracerProvider(provider);
  return {
    tracer: provider.getTracer(TRACER_NAME),
    enabled: true,
    async shutdown() {
      if (registered) trace.disable();
      await provider.shutdown();
    },
  };
}

/** Marks `span` failed with `error`'s message, when it is an Error. */
export function recordFailure(span: Span, error: unknown): void {
  if (error instanceof Error) span.recordException(error);
  span.setStatus({
    code: SpanStatusCode.ERROR,
    ...(error instanceof Error ? { message: error.message } : {}),
  });
}

/**
 * Serves a request in a server span `<method> <route>` whose parent is the caller's W3C
 * traceparent (else it starts a trace), ended once the response is sent. Everything `serve`
 * awaits runs in it: resolvers, subgraph fetches, events staged for the outbox. With the
 * untraced tracer no span is created: `serve` runs in an unrecorded one under `caller` (the
 * request's traceparent, parsed), which propagates alike.
 */
export function inServerSpan(
  tracer: Tracer,
  route: string,
  req: IncomingMessage,
  res: ServerResponse,
  caller: TraceContext | null,
  serve: () => Promise<void>,
): Promise<void> {
  if (tracer === untraced) return inUnrecordedSpan(caller, serve);
  const method = req.method ?? 'GET';
  return tracer.startActiveSpan(
    `${method} ${route}`,
    {
      kind: SpanKind.SERVER,
      attributes: { [ATTR_HTTP_REQUEST_METHOD]: method, [ATTR_HTTP_ROUTE]: route },
    },
    extractTraceContext(req.headers),
    async (span) => {
      try {
        await serve();
        span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      } catch (error) {
        recordFailure(span, error);
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/**
 * Adds what the request's span (started by serveApollo) cannot see from HTTP: the operation's
 * name and type once it validated, and the codes of the errors it answered. Only INTERNAL errors,
 * the server's own failures, mark the span failed; the others are the client's.
 */
export const tracingPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    const span = trace.getActiveSpan();
    if (!span?.isRecording()) return;
    return {
      async didResolveOperation({ operationName, operation }) {
        if (operation) span.setAttribute('graphql.operation.type', operation.operation);
        if (operationName) span.setAttribute('graphql.operation.name', operationName);
      },
      async didEncounterErrors({ errors }) {
        const codes = [...new Set(errors.map(errorCodeOf))];
        span.setAttribute('graphql.error.codes', codes);
        if (codes.includes('INTERNAL')) span.setStatus({ code: SpanStatusCode.ERROR });
      },
    };
  },
};

/** Messaging attributes (semantic conventions still in development, so spelled out here). */
const MESSAGING = {
  destination: 'messaging.destination.name',
  messageId: 'messaging.message.id',
  operationName: 'messaging.operation.name',
  operationType: 'messaging.operation.type',
} as const;

function eventAttributes(event: EventEnvelope): Attributes {
  return { [MESSAGING.messageId]: event.id, 'dabba.event.type': event.type };
}

function parentOf(traceparent: string | undefined): Context {
  return traceparent ? extractTraceContext({ [TRACEPARENT_HEADER]: traceparent }) : ROOT_CONTEXT;
}

/**
 * Publishes `event` in a producer span `publish <type>`, a child of the trace that staged it (its
 * envelope's traceparent); `publish` gets the span's traceparent to send as a message header, so
 * consumers continue from it.
 */
export async function inProducerSpan(
  tracer: Tracer,
  event: EventEnvelope,
  publish: (traceparent: string | undefined) => Promise<void>,
): Promise<void> {
  const parent = parentOf(event.traceparent);
  const span = tracer.startSpan(
    `publish ${event.type}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        ...eventAttributes(event),
        [MESSAGING.destination]: event.type,
        [MESSAGING.operationName]: 'publish',
        [MESSAGING.operationType]: 'send',
      },
    },
    parent,
  );
  try {
    await publish(currentTraceparent(trace.setSpan(parent, span)));
  } catch (error) {
    recordFailure(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/**
 * Handles a delivery of `event` from `queue` in a consumer span `process <type>`, a child of the
 * producer's traceparent (the message header, else the envelope's), active for everything the
 * handler awaits, so the events it publishes continue the same trace.
 */
export function inConsumerSpan<R>(
  tracer: Tracer,
  delivery: { queue: string; event: EventEnvelope; traceparent?: string; attempt: number },
  handle: () => Promise<R>,
): Promise<R> {
  const { queue, event, attempt } = delivery;
  return tracer.startActiveSpan(
    `process ${event.type}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        ...eventAttributes(event),
        [MESSAGING.destination]: queue,
        [MESSAGING.operationName]: 'process',
        [MESSAGING.operationType]: 'process',
        'dabba.event.attempt': attempt,
      },
    },
    parentOf(delivery.traceparent ?? event.traceparent),
    async (span) => {
      try {
        return await handle();
      } catch (error) {
        recordFailure(span, error);
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
