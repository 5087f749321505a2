import {
  TRACEPARENT_HEADER,
  childTraceparent,
  startTracing,
  type Tracing,
  type TracingOptions,
} from '@dabba/subgraph-kit';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';

/** Client spans of outgoing HTTP calls, while a traced gateway runs in this process. */
let clientSpans: UndiciInstrumentation | undefined;

/**
 * The gateway's tracing (kit startTracing, `service.name` gateway). When it exports, its tracer
 * provider is the process's global one, so the spans @apollo/gateway starts itself (`gateway.request`,
 * `gateway.plan`, `gateway.execute`, `gateway.fetch`) nest under the request's server span, and
 * every HTTP call the gateway makes with undici inside a request (subgraph fetches, users' internal
 * routes) gets a client span whose context goes out as its `traceparent`.
 */
export function startGatewayTracing(
  env: NodeJS.ProcessEnv = process.env,
  options: TracingOptions = {},
): Tracing {
  const tracing = startTracing('gateway', env, { ...options, global: true });
  if (!tracing.enabled) return tracing;
  // Calls made outside a request (the revocation poll) start no trace of their own.
  const instrumentation = new UndiciInstrumentation({ requireParentforSpans: true });
  clientSpans = instrumentation;
  return {
    ...tracing,
    async shutdown() {
      instrumentation.disable();
      if (clientSpans === instrumentation) clientSpans = undefined;
      await tracing.shutdown();
    },
  };
}

/**
 * The trace header a subgraph fetch sets itself: none while client spans are on (the client span
 * adds its own), else the request's trace with a span id of its own, so each call can be told apart.
 */
export function subgraphTraceHeaders(traceparent: string): Record<string, string> {
  return clientSpans ? {} : { [TRACEPARENT_HEADER]: childTraceparent(traceparent) };
}
