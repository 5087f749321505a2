import { SpanKind } from '@opentelemetry/api';
import {
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-node';
import { postGraphQL } from './support/http';
import { startPlatform, type Platform } from './support/platform';

const STARTUP_TIMEOUT_MS = 120_000;
const CALLER_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';

/** Stores from catalog, their organisations' names from users: two subgraphs, one plan. */
const QUERY = `query TracedStores {
  stores(first: 2) { edges { node { id name organization { id name } } } }
}`;

const serviceOf = (span: ReadableSpan) => span.resource.attributes['service.name'];
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe('traces through the gateway and the subgraphs', () => {
  const exporter = new InMemorySpanExporter();
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({
      tracing: { spanProcessors: [new SimpleSpanProcessor(exporter)] },
    });
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await platform?.close();
  });

  beforeEach(() => exporter.reset());

  /** The spans of one trace by name and service, with helpers to follow parent ids. */
  function traceOf(traceId: string) {
    const spans = exporter
      .getFinishedSpans()
      .filter((span) => span.spanContext().traceId === traceId);
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
    return {
      spans,
      one(name: string, service = 'gateway'): ReadableSpan {
        const found = spans.filter((span) => span.name === name && serviceOf(span) === service);
        expect(found).toHaveLength(1);
        return found[0]!;
      },
      /** Names of `span`'s ancestors, nearest first, as `<service>:<name>`. */
      ancestry(span: ReadableSpan): string[] {
        const names: string[] = [];
        for (
          let parent = byId.get(parentOf(span) ?? '');
          parent;
          parent = byId.get(parentOf(parent) ?? '')
        ) {
          names.push(`${serviceOf(parent)}:${parent.name}`);
        }
        return names;
      },
    };
  }

  it('joins the request span, the plan and each subgraph server span in the caller’s trace', async () => {
    const response = await postGraphQL(platform.gatewayUrl, QUERY, {
      headers: { traceparent: `00-${CALLER_TRACE_ID}-${CALLER_SPAN_ID}-01` },
    });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();

    const trace = traceOf(CALLER_TRACE_ID);
    const request = trace.one('POST /graphql');
    expect(request.kind).toBe(SpanKind.SERVER);
    expect(parentOf(request)).toBe(CALLER_SPAN_ID);
    expect(request.attributes).toMatchObject({
      'http.response.status_code': 200,
      'graphql.operation.name': 'TracedStores',
      'graphql.operation.type': 'query',
    });

    const gatewayRequest = trace.one('gateway.request');
    expect(parentOf(gatewayRequest)).toBe(request.spanContext().spanId);
    expect(parentOf(trace.one('gateway.plan'))).toBe(gatewayRequest.spanContext().spanId);
    expect(parentOf(trace.one('gateway.execute'))).toBe(gatewayRequest.spanContext().spanId);

    // One server span per subgraph the plan fetched from, under a client span of the gateway.
    const subgraphRequests = trace.spans.filter(
      (span) => span.kind === SpanKind.SERVER && serviceOf(span) !== 'gateway',
    );
    expect(subgraphRequests.map(serviceOf).sort()).toEqual(['catalog', 'users']);
    for (const span of subgraphRequests) {
      expect(span.name).toBe('POST /graphql');
      expect(trace.ancestry(span)).toEqual([
        'gateway:POST',
        'gateway:gateway.fetch',
        'gateway:gateway.execute',
        'gateway:gateway.request',
        'gateway:POST /graphql',
      ]);
    }
    const clients = trace.spans.filter((span) => span.kind === SpanKind.CLIENT);
    expect(clients.map((span) => span.attributes['http.response.status_code'])).toEqual([200, 200]);
  });

  it('starts a trace at the gateway for a caller that sent none, and plans once per operation', async () => {
    await postGraphQL(platform.gatewayUrl, QUERY);

    const [request] = exporter
      .getFinishedSpans()
      .filter((span) => span.name === 'POST /graphql' && serviceOf(span) === 'gateway');
    expect(request).toBeDefined();
    expect(request!.parentSpanContext).toBeUndefined();
    const trace = traceOf(request!.spanContext().traceId);
    expect(trace.spans.filter((span) => span.name === 'gateway.plan')).toEqual([]);
    expect(
      trace.spans
        .filter((span) => span.kind === SpanKind.SERVER)
        .map(serviceOf)
        .sort(),
    ).toEqual(['catalog', 'gateway', 'users']);
  });
});
