import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyIdentity, ANONYMOUS, parseTraceparent } from '@dabba/subgraph-kit';
import { SUBGRAPH_UNAVAILABLE_MESSAGE } from './errors';
import { startGateway, type RunningGateway } from './index';
import { fakeUsersSubgraph } from './testing';

const IDENTITY_SECRET = 'gateway-test-secret-0123456789abcdef';
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;
const USER_QUERY = JSON.stringify({ query: '{ user(id: "user-1") { id displayName } }' });

describe('gateway', () => {
  let gateway: RunningGateway;
  let users: Awaited<ReturnType<typeof fakeUsersSubgraph>>;

  beforeAll(async () => {
    users = await fakeUsersSubgraph();
    gateway = await startGateway({
      env: { IDENTITY_SECRET, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
      port: 0,
      subgraphUrls: { users: users.url },
    });
  });

  afterAll(async () => {
    await gateway.close();
    await new Promise((resolve) => users.server.close(resolve));
  });

  beforeEach(() => {
    users.received.length = 0;
  });

  it('signs the caller identity and forwards the request id and trace to subgraphs', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'req-42',
        traceparent: TRACEPARENT,
      },
      body: USER_QUERY,
    });

    expect(await response.json()).toEqual({
      data: { user: { id: 'user-1', displayName: 'Asha' } },
    });
    const [headers] = users.received;
    expect(headers).toMatchObject({ 'x-request-id': 'req-42' });
    // The caller's trace, in a span of the gateway's own.
    expect(parseTraceparent(headers?.traceparent as string)).toEqual({
      traceId: TRACE_ID,
      spanId: expect.not.stringMatching('00f067aa0ba902b7'),
      flags: '01',
    });
    expect(verifyIdentity(headers ?? {}, IDENTITY_SECRET)).toEqual({
      ...ANONYMOUS,
      clientIp: '127.0.0.1',
    });
  });

  it('starts a trace for a caller that sent no valid traceparent', async () => {
    const send = (traceparent?: string) =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(traceparent ? { traceparent } : {}) },
        body: USER_QUERY,
      });

    await send();
    await send('00-not-a-trace-01');

    const traces = users.received.map((headers) => parseTraceparent(headers.traceparent as string));
    expect(traces).toEqual([
      { traceId: expect.stringMatching(/^[\da-f]{32}$/), spanId: expect.any(String), flags: '01' },
      { traceId: expect.stringMatching(/^[\da-f]{32}$/), spanId: expect.any(String), flags: '01' },
    ]);
    expect(traces[0]?.traceId).not.toBe(traces[1]?.traceId);
  });

  it('rejects an operation nested too deep before asking any subgraph', async () => {
    const cycle = (depth: number): string =>
      depth === 0 ? 'id' : `organization { stores { edges { node { ${cycle(depth - 1)} } } } }`;
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ store(id: "store-1") { ${cycle(3)} } }` }),
    });

    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'Operation is nested 14 fields deep; at most 12 are allowed.',
            locations: [{ line: 1, column: 1 }],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ],
      },
    });
    expect(users.received).toEqual([]);
  });

  it('answers /health and /ready', async () => {
    const origin = new URL(gateway.url).origin;
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    expect((await fetch(`${origin}/ready`)).status).toBe(200);
  });

  it('fails a subgraph fetch that outlives SUBGRAPH_TIMEOUT_MS with a clear error', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const impatient = await startGateway({
      env: { IDENTITY_SECRET, LOG_LEVEL: 'silent', NODE_ENV: 'test', SUBGRAPH_TIMEOUT_MS: '200' },
      port: 0,
      subgraphUrls: { users: `http://127.0.0.1:${port}/graphql` },
    });
    try {
      const response = await fetch(impatient.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: USER_QUERY,
      });

      expect(await response.json()).toEqual({
        data: { user: null },
        errors: [{ message: SUBGRAPH_UNAVAILABLE_MESSAGE, extensions: { code: 'INTERNAL' } }],
      });
    } finally {
      await impatient.close();
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
