import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import type { EventEnvelope } from '@dabba/schema/events';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import {
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-node';
import pino from 'pino';
import { runEchoMain } from './__fixtures__/run-main';
import { formatGraphQLError, NotFoundError } from './errors';
import { signIdentity } from './identity';
import { serveApollo } from './http';
import { createMetrics } from './metrics';
import { postGraphQL, userIdentity } from './testing';
import { currentTraceparent, extractTraceContext, parseTraceparent } from './trace';
import {
  inConsumerSpan,
  inProducerSpan,
  otlpTracesUrl,
  startTracing,
  tracingPlugin,
  type Tracing,
} from './tracing';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN_ID = '00f067aa0ba902b7';
const TRACEPARENT = `00-${TRACE_ID}-${SPAN_ID}-01`;
const SECRET = 'tracing-test-secret-0123456789abcdef';

function inMemoryTracing(service = 'tracing-test'): {
  tracing: Tracing;
  exporter: InMemorySpanExporter;
} {
  const exporter = new InMemorySpanExporter();
  const tracing = startTracing(
    service,
    {},
    { spanProcessors: [new SimpleSpanProcessor(exporter)] },
  );
  return { tracing, exporter };
}

const idsOf = (span: ReadableSpan) => ({
  traceId: span.spanContext().traceId,
  spanId: span.spanContext().spanId,
  parentSpanId: span.parentSpanContext?.spanId,
});

describe('otlpTracesUrl', () => {
  it.each([
    [{}, undefined],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, 'http://collector:4318/v1/traces'],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }, 'http://collector:4318/v1/traces'],
    [
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://traces:9999/ingest',
      },
      'http://traces:9999/ingest',
    ],
    [
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' },
      undefined,
    ],
    [
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' },
      undefined,
    ],
  ])('reads %j as %s', (env, url) => {
    expect(otlpTracesUrl(env)).toBe(url);
  });
});

describe('startTracing', () => {
  it('records nothing without an endpoint, yet gives each span an id of its own in the caller’s trace', async () => {
    const tracing = startTracing('quiet', {});

    const seen = await new Promise<string | undefined>((resolve) => {
      const parent = extractTraceContext({ traceparent: TRACEPARENT });
      tracing.tracer.startActiveSpan('work', {}, parent, (span) => {
        resolve(currentTraceparent());
        span.end();
      });
    });

    expect(tracing.enabled).toBe(false);
    expect(parseTraceparent(seen)).toEqual({
      traceId: TRACE_ID,
      spanId: expect.not.stringMatching(SPAN_ID),
      flags: '01',
    });
    await tracing.shutdown();
  });

  it('exports over OTLP/HTTP with the service name when an endpoint is set (a subgraph process)', async () => {
    const received: unknown[] = [];
    const collector = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ path: req.url, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const { port } = collector.address() as AddressInfo;
    try {
      const main = runEchoMain({
        IDENTITY_SECRET: SECRET,
        PORT: '0',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      });
      const { url } = (await main.logged('listening')) as { url: string };
      await postGraphQL(
        url,
        { query: 'query Who { whoami }' },
        { ...signIdentity(userIdentity('usr_1'), SECRET), traceparent: TRACEPARENT },
      );
      main.child.kill('SIGTERM');
      expect(await main.exited).toBe(0);

      // Spans leave in batches; shutdown sends what is left.
      const spans = received.flatMap((request) => {
        const { path, body } = request as { path: string; body: OtlpBody };
        expect(path).toBe('/v1/traces');
        return body.resourceSpans.flatMap(({ resource, scopeSpans }) =>
          scopeSpans.flatMap((scope) =>
            scope.spans.map((span) => ({
              service: resource.attributes.find((a) => a.key === 'service.name')?.value,
              name: span.name,
              traceId: span.traceId,
              parentSpanId: span.parentSpanId,
            })),
          ),
        );
      });
      expect(spans).toContainEqual({
        service: { stringValue: 'echo' },
        name: 'POST /graphql',
        traceId: TRACE_ID,
        parentSpanId: SPAN_ID,
      });
    } finally {
      await new Promise((resolve) => collector.close(resolve));
    }
  });
});

/** The part of an OTLP/HTTP JSON traces request the test reads. */
interface OtlpBody {
  resourceSpans: {
    resource: { attributes: { key: string; value: unknown }[] };
    scopeSpans: {
      spans: { name: string; traceId: string; parentSpanId?: string }[];
    }[];
  }[];
}

describe('server spans of serveApollo', () => {
  const { tracing, exporter } = inMemoryTracing('served');
  let url: string;
  let close: () => Promise<void>;
  /** The traceparent each resolver saw, i.e. what events it publishes carry. */
  const seen: (string | undefined)[] = [];

  beforeAll(async () => {
    const metrics = createMetrics('served');
    const apollo = new ApolloServer({
      typeDefs: 'type Query { hello: String! missing: String broken: String }',
      resolvers: {
        Query: {
          hello: () => {
            seen.push(currentTraceparent());
            return 'world';
          },
          missing: () => {
            throw new NotFoundError('No such thing');
          },
          broken: () => {
            throw new Error('database exploded');
          },
        },
      },
      plugins: [tracingPlugin],
      formatError: (formatted, error) => formatGraphQLError(formatted, error),
    });
    await apollo.start();
    const handle = await serveApollo({
      apollo,
      port: 0,
      host: '127.0.0.1',
      metrics,
      logger: pino({ level: 'silent' }),
      tracer: tracing.tracer,
      context: async () => ({}),
      ready: async () => undefined,
    });
    url = handle.url;
    close = handle.close;
  });

  afterAll(async () => {
    await close();
    await tracing.shutdown();
  });

  beforeEach(() => {
    exporter.reset();
    seen.length = 0;
  });

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    }).then((response) => response.json());

  it('continues the caller’s traceparent, with the operation, and runs resolvers inside it', async () => {
    await post('query Greeting { hello }', { traceparent: TRACEPARENT });

    const [span] = exporter.getFinishedSpans();
    expect(exporter.getFinishedSpans()).toHaveLength(1);
    expect(span!.name).toBe('POST /graphql');
    expect(span!.kind).toBe(SpanKind.SERVER);
    expect(idsOf(span!)).toMatchObject({ traceId: TRACE_ID, parentSpanId: SPAN_ID });
    expect(span!.resource.attributes['service.name']).toBe('served');
    expect(span!.attributes).toEqual({
      'http.request.method': 'POST',
      'http.route': '/graphql',
      'http.response.status_code': 200,
      'graphql.operation.name': 'Greeting',
      'graphql.operation.type': 'query',
    });
    expect(span!.status.code).toBe(SpanStatusCode.UNSET);
    expect(seen).toEqual([`00-${TRACE_ID}-${span!.spanContext().spanId}-01`]);
  });

  it('starts a trace for a caller that sent none or an invalid traceparent', async () => {
    await post('{ hello }');
    await post('{ hello }', { traceparent: '00-garbage-01' });

    const spans = exporter.getFinishedSpans();
    expect(spans.map((span) => span.parentSpanContext)).toEqual([undefined, undefined]);
    expect(spans[0]!.spanContext().traceId).not.toBe(spans[1]!.spanContext().traceId);
  });

  it('records error codes, and fails the span only for INTERNAL errors', async () => {
    await post('query Lookup { missing }');
    await post('query Broken { missing broken }');

    expect(
      exporter.getFinishedSpans().map((span) => ({
        operation: span.attributes['graphql.operation.name'],
        codes: span.attributes['graphql.error.codes'],
        status: span.status.code,
      })),
    ).toEqual([
      { operation: 'Lookup', codes: ['NOT_FOUND'], status: SpanStatusCode.UNSET },
      { operation: 'Broken', codes: ['NOT_FOUND', 'INTERNAL'], status: SpanStatusCode.ERROR },
    ]);
  });
});

describe('serveApollo with tracing off', () => {
  let url: string;
  let close: () => Promise<void>;
  /** What a resolver's events and calls would carry, and what the request context was given. */
  const seen: { current?: string; traceId?: string }[] = [];

  beforeAll(async () => {
    const apollo = new ApolloServer<{ traceId?: string }>({
      typeDefs: 'type Query { hello: String! }',
      resolvers: {
        Query: {
          hello: (_parent, _args, { traceId }) => {
            seen.push({ current: currentTraceparent(), traceId });
            return 'world';
          },
        },
      },
      plugins: [tracingPlugin],
    });
    await apollo.start();
    const handle = await serveApollo({
      apollo,
      port: 0,
      host: '127.0.0.1',
      metrics: createMetrics('untraced'),
      logger: pino({ level: 'silent' }),
      tracer: startTracing('untraced', {}).tracer,
      context: async (_req, { traceId }) => (traceId ? { traceId } : {}),
      ready: async () => undefined,
    });
    url = handle.url;
    close = handle.close;
  });

  afterAll(() => close());

  beforeEach(() => {
    seen.length = 0;
  });

  const hello = (headers: Record<string, string>) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ hello }' }),
    }).then((response) => response.json());

  it.each([
    ['sampled', '01', '01'],
    ['not sampled', '00', '00'],
  ])('runs resolvers in a span of their own in a %s caller’s trace', async (_case, flags, sent) => {
    await hello({ traceparent: `00-${TRACE_ID}-${SPAN_ID}-${flags}` });

    expect(seen).toEqual([{ current: expect.any(String), traceId: TRACE_ID }]);
    expect(parseTraceparent(seen[0]!.current)).toEqual({
      traceId: TRACE_ID,
      spanId: expect.not.stringMatching(SPAN_ID),
      flags: sent,
    });
  });

  it('starts a sampled trace per request for callers that sent none', async () => {
    await hello({});
    await hello({ traceparent: '00-garbage-01' });

    const [first, second] = seen.map(({ current }) => parseTraceparent(current));
    expect(first).toMatchObject({ flags: '01' });
    expect(second).toMatchObject({ flags: '01' });
    expect(first!.traceId).not.toBe(second!.traceId);
    expect(seen.map(({ traceId }) => traceId)).toEqual([undefined, undefined]);
  });
});

describe('event spans', () => {
  const event = (traceparent?: string): EventEnvelope => ({
    id: '01a2008b-7135-758f-99d0-9579c0a8a2c2',
    type: 'orders.order.placed.v1',
    source: 'orders',
    subject: 'ord_1',
    time: '2026-01-01T00:00:00.000Z',
    ...(traceparent ? { traceparent } : {}),
    data: {},
  });

  it('chain publisher, producer and consumer: the handler runs in the consumer span', async () => {
    const { tracing, exporter } = inMemoryTracing();
    let header: string | undefined;
    await inProducerSpan(tracing.tracer, event(TRACEPARENT), async (traceparent) => {
      header = traceparent;
    });
    const inHandler = await inConsumerSpan(
      tracing.tracer,
      {
        queue: 'payments.on_order_placed',
        event: event(TRACEPARENT),
        traceparent: header!,
        attempt: 2,
      },
      async () => currentTraceparent(),
    );

    const [producer, consumer] = exporter.getFinishedSpans();
    expect(producer!.name).toBe('publish orders.order.placed.v1');
    expect(producer!.kind).toBe(SpanKind.PRODUCER);
    expect(idsOf(producer!)).toMatchObject({ traceId: TRACE_ID, parentSpanId: SPAN_ID });
    expect(header).toBe(`00-${TRACE_ID}-${producer!.spanContext().spanId}-01`);
    expect(consumer!.name).toBe('process orders.order.placed.v1');
    expect(consumer!.kind).toBe(SpanKind.CONSUMER);
    expect(idsOf(consumer!)).toMatchObject({
      traceId: TRACE_ID,
      parentSpanId: producer!.spanContext().spanId,
    });
    expect(consumer!.attributes).toMatchObject({
      'messaging.destination.name': 'payments.on_order_placed',
      'messaging.message.id': event().id,
      'dabba.event.attempt': 2,
    });
    expect(inHandler).toBe(`00-${TRACE_ID}-${consumer!.spanContext().spanId}-01`);
    await tracing.shutdown();
  });

  it('continue the envelope’s trace when the message has no traceparent, and record failures', async () => {
    const { tracing, exporter } = inMemoryTracing();

    await expect(
      inConsumerSpan(
        tracing.tracer,
        { queue: 'catalog.on_order_placed', event: event(TRACEPARENT), attempt: 1 },
        async () => {
          throw new Error('handler failed');
        },
      ),
    ).rejects.toThrow('handler failed');
    await expect(
      inProducerSpan(tracing.tracer, event(), async () => {
        throw new Error('broker down');
      }),
    ).rejects.toThrow('broker down');

    const [consumer, producer] = exporter.getFinishedSpans();
    expect(idsOf(consumer!)).toMatchObject({ traceId: TRACE_ID, parentSpanId: SPAN_ID });
    expect(consumer!.status).toEqual({ code: SpanStatusCode.ERROR, message: 'handler failed' });
    // An event staged outside any trace starts one when it is published.
    expect(producer!.parentSpanContext).toBeUndefined();
    expect(producer!.status).toEqual({ code: SpanStatusCode.ERROR, message: 'broker down' });
    await tracing.shutdown();
  });
});
