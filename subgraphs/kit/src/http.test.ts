import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import pino from 'pino';
import {
  serveApollo,
  requestMetadata,
  type HttpServerHandle,
  type ServeApolloOptions,
} from './http';
import { createMetrics } from './metrics';
import { formatGraphQLError } from './errors';

const typeDefs = `type Query { hello: String!, slow: String!, boom: String }`;
const logger = pino({ level: 'silent' });

interface Harness {
  handle: HttpServerHandle;
  setReady(ready: boolean | 'hang'): void;
  setStarting(starting: boolean): void;
  releaseSlow(): void;
  slowStarted: Promise<void>;
  contexts: { requestId: string; traceparent?: string; traceId?: string }[];
}

async function start(overrides: Partial<ServeApolloOptions> = {}): Promise<Harness> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let markStarted!: () => void;
  const slowStarted = new Promise<void>((resolve) => (markStarted = resolve));
  let ready: boolean | 'hang' = true;
  let starting = false;
  const contexts: Harness['contexts'] = [];
  const metrics = createMetrics('http-test');
  const apollo = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: {
        hello: () => 'world',
        slow: async () => {
          markStarted();
          await released;
          return 'done';
        },
        boom: () => {
          throw new Error('secret internals');
        },
      },
    },
    plugins: [metrics.plugin],
    formatError: (formatted, error) => formatGraphQLError(formatted, error),
  });
  await apollo.start();
  const handle = await serveApollo({
    apollo,
    port: 0,
    host: '127.0.0.1',
    metrics,
    logger,
    context: async (req: IncomingMessage, metadata) => {
      expect(requestMetadata(req)).toEqual(metadata);
      contexts.push(metadata);
      return metadata;
    },
    ready: async () => {
      if (ready === 'hang') await new Promise(() => undefined);
      if (!ready) throw new Error('mongo is down');
    },
    readyTimeoutMs: 100,
    starting: () => starting,
    maxBodyBytes: 1024,
    routes: [
      {
        path: '/webhooks/echo',
        handle: async ({ headers, body }) => ({
          status: 202,
          body: { signature: headers['x-signature'], bytes: body.toString('base64') },
        }),
      },
    ],
    ...overrides,
  });
  return {
    handle,
    setReady: (r) => (ready = r),
    setStarting: (s) => (starting = s),
    releaseSlow: release,
    slowStarted,
    contexts,
  };
}

async function query(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as { data?: unknown; errors?: unknown[] },
  };
}

describe('serveApollo', () => {
  let harness: Harness;
  let base: string;

  beforeEach(async () => {
    harness = await start();
    base = harness.handle.url.replace(/\/graphql$/, '');
  });

  afterEach(async () => {
    harness.releaseSlow();
    await harness.handle.close();
  });

  it('serves GraphQL on /graphql', async () => {
    expect(harness.handle.url).toBe(`http://127.0.0.1:${harness.handle.port}/graphql`);
    const result = await query(harness.handle.url, 'query Greeting { hello }');
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ data: { hello: 'world' } });
  });

  it('hides unexpected resolver errors', async () => {
    const result = await query(harness.handle.url, '{ boom }');
    expect(result.body.errors).toEqual([
      expect.objectContaining({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL' },
      }),
    ]);
  });

  it('rejects a body that is not JSON', async () => {
    const response = await fetch(harness.handle.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ not json',
    });
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 400,
      body: {
        errors: [
          { message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } },
        ],
      },
    });
  });

  it('refuses a GraphQL body over maxBodyBytes, and takes one at the limit', async () => {
    const sized = (bytes: number) => {
      const body = JSON.stringify({ query: '{ hello }', variables: { pad: '' } });
      return body.replace('"pad":""', `"pad":"${'x'.repeat(bytes - body.length)}"`);
    };
    const post = (body: string) =>
      fetch(harness.handle.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });

    const atLimit = await post(sized(1024));
    expect(await atLimit.json()).toEqual({ data: { hello: 'world' } });
    const over = await post(sized(1025));
    expect({ status: over.status, body: await over.json() }).toEqual({
      status: 413,
      body: {
        errors: [
          {
            message: 'Request body larger than 1024 bytes',
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      },
    });
  });

  it('passes the request id and traceparent through, generating an id when absent', async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const given = await query(harness.handle.url, '{ hello }', {
      'x-request-id': 'req-42',
      traceparent,
    });
    expect(given.headers.get('x-request-id')).toBe('req-42');
    const generated = await query(harness.handle.url, '{ hello }', {
      'x-request-id': 'bad id with spaces',
      traceparent: '00-invalid',
    });
    const generatedId = generated.headers.get('x-request-id');
    expect(generatedId).toMatch(/^[0-9a-f-]{36}$/);
    expect(harness.contexts).toEqual([
      { requestId: 'req-42', traceparent, traceId: '4bf92f3577b34da6a3ce929d0e0e4736' },
      { requestId: generatedId },
    ]);
  });

  it('answers /health', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /ready with 200, or 503 when the readiness check throws', async () => {
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    harness.setReady(false);
    const response = await fetch(`${base}/ready`);
    expect(response.status).toBe(503);
    expect(JSON.stringify(await response.json())).not.toContain('mongo');
  });

  it('answers /ready with 503 while the service is still starting', async () => {
    harness.setStarting(true);
    const response = await fetch(`${base}/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'starting' });
    harness.setStarting(false);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it('answers /ready with 503 when the readiness check hangs', async () => {
    harness.setReady('hang');
    const response = await fetch(`${base}/ready`, { signal: AbortSignal.timeout(2_000) });
    expect(response.status).toBe(503);
  });

  it('exposes Prometheus metrics per operation and error code', async () => {
    await query(harness.handle.url, 'query Greeting { hello }');
    await query(harness.handle.url, 'query Broken { boom }');
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain(
      'graphql_requests_total{operation="Greeting",outcome="success",service="http-test"} 1',
    );
    expect(text).toContain(
      'graphql_requests_total{operation="Broken",outcome="error",service="http-test"} 1',
    );
    expect(text).toContain(
      'graphql_errors_total{operation="Broken",code="INTERNAL",service="http-test"} 1',
    );
    expect(text).toMatch(
      /graphql_request_duration_seconds_count\{service="http-test",operation="Greeting"\} 1/,
    );
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('hands extra routes the exact bytes of a POST body', async () => {
    const bytes = Buffer.from('{"b":1,  "a":"\u00e9"}\n', 'utf8');
    const response = await fetch(`${base}/webhooks/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature': 't=1,v1=abc' },
      body: bytes,
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({
      signature: 't=1,v1=abc',
      bytes: bytes.toString('base64'),
    });
  });

  it('refuses other methods and oversized bodies on extra routes', async () => {
    expect((await fetch(`${base}/webhooks/echo`)).status).toBe(405);
    const big = await fetch(`${base}/webhooks/echo`, { method: 'POST', body: 'x'.repeat(2048) });
    expect(big.status).toBe(413);
  });

  it('answers 404 elsewhere', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/`)).status).toBe(404);
  });

  it('drains in-flight requests on close, then refuses new connections', async () => {
    const inFlight = query(harness.handle.url, '{ slow }');
    await harness.slowStarted;
    let closed = false;
    const closing = harness.handle.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    expect((await fetch(`${base}/ready`).catch(() => null))?.status ?? 'refused').not.toBe(200);
    harness.releaseSlow();
    const result = await inFlight;
    expect(result.body).toEqual({ data: { slow: 'done' } });
    await closing;
    expect(closed).toBe(true);
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  });
});

describe('serveApollo with a request timeout and CORS origins', () => {
  const ALLOWED = 'https://app.dabba.test';
  let harness: Harness;

  beforeEach(async () => {
    harness = await start({ requestTimeoutMs: 1_000, corsOrigins: [ALLOWED] });
  });

  afterEach(async () => {
    harness.releaseSlow();
    await harness.handle.close();
  });

  it('answers an operation that outlives the timeout with REQUEST_TIMEOUT', async () => {
    const result = await query(harness.handle.url, '{ slow }');
    expect({ status: result.status, body: result.body }).toEqual({
      status: 504,
      body: {
        errors: [
          {
            message: 'The operation did not finish within 1000 ms',
            extensions: { code: 'REQUEST_TIMEOUT' },
          },
        ],
      },
    });
    // The abandoned operation finishing later writes nothing and the server serves on.
    harness.releaseSlow();
    expect((await query(harness.handle.url, '{ slow hello }')).body).toEqual({
      data: { slow: 'done', hello: 'world' },
    });
  });

  it('answers a preflight from an allowed origin', async () => {
    const response = await fetch(harness.handle.url, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'access-control-allow-origin': ALLOWED,
      'access-control-allow-methods': 'GET,POST',
      'access-control-allow-headers': 'content-type,authorization',
      'access-control-max-age': '600',
      vary: expect.stringContaining('Origin'),
    });
  });

  it('lets an allowed origin read the answer, and tells no other origin anything', async () => {
    const allowed = await query(harness.handle.url, '{ hello }', { origin: ALLOWED });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-expose-headers')).toBe('retry-after,x-request-id');

    const other = await query(harness.handle.url, '{ hello }', { origin: 'https://evil.test' });
    const preflight = await fetch(harness.handle.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.test', 'access-control-request-method': 'POST' },
    });
    for (const response of [other, preflight]) {
      const cors = [...response.headers.keys()].filter((name) => name.startsWith('access-control'));
      expect(cors).toEqual([]);
    }
    expect(preflight.status).not.toBe(204);
  });
});
