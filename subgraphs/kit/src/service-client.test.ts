import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SERVICE_IDENTITY, verifyIdentity } from './identity';
import { UpstreamError, UpstreamUnavailableError, createServiceClient } from './service-client';
import { createSubgraphDispatcher } from './subgraph-fetch';

const SECRET = 'service-client-test-secret-0123456789';

/** A subgraph stand-in answering every request with `body`, recording the headers it got. */
async function stub(
  body: unknown,
): Promise<{ url: string; seen: IncomingHttpHeaders[]; server: Server }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, seen, server };
}

describe('the service client', () => {
  const dispatcher = createSubgraphDispatcher(4);
  const servers: Server[] = [];
  const client = (url: string) =>
    createServiceClient({
      service: 'catalog',
      url,
      identitySecret: SECRET,
      timeoutMs: 1_000,
      dispatcher,
    });

  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    await dispatcher.close();
  });

  it('signs the identity it is given and returns the data', async () => {
    const upstream = await stub({ data: { ok: true } });
    servers.push(upstream.server);
    await expect(
      client(upstream.url).request('{ ok }', {}, SERVICE_IDENTITY, 'req-1'),
    ).resolves.toEqual({
      ok: true,
    });
    const headers = upstream.seen[0]!;
    expect(verifyIdentity(headers, SECRET)).toEqual(SERVICE_IDENTITY);
    expect(headers['x-request-id']).toBe('req-1');
  });

  it('turns a GraphQL error into an UpstreamError with its code', async () => {
    const upstream = await stub({
      data: null,
      errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }],
    });
    servers.push(upstream.server);
    const failure = client(upstream.url).request('{ ok }', {}, SERVICE_IDENTITY);
    await expect(failure).rejects.toBeInstanceOf(UpstreamError);
    await expect(failure).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'No' });
  });

  it('answers SERVICE_UNAVAILABLE, naming the service, when nothing listens', async () => {
    const upstream = await stub({ data: {} });
    await new Promise((resolve) => upstream.server.close(resolve));
    const failure = client(upstream.url).request('{ ok }', {}, SERVICE_IDENTITY);
    await expect(failure).rejects.toBeInstanceOf(UpstreamUnavailableError);
    await expect(failure).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: 'The catalog service did not answer; try again',
    });
  });
});
