import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Agent } from 'undici';
import {
  SubgraphResponseError,
  SubgraphTimeoutError,
  createSubgraphDispatcher,
  postToSubgraph,
  readGraphQLResponse,
} from './subgraph-fetch';

interface Received {
  method: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
  /** Which TCP connection of the server it came on, counted from 0. */
  connection: number;
}

/** A subgraph stand-in that answers each request with `answer` and records what it was sent. */
async function stubSubgraph(answer: (res: ServerResponse) => void) {
  const received: Received[] = [];
  const connections = new WeakMap<object, number>();
  let opened = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({
        method: req.method,
        headers: req.headers,
        body,
        connection: connections.get(req.socket)!,
      });
      answer(res);
    });
  });
  server.on('connection', (socket) => connections.set(socket, opened++));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/graphql`, received };
}

const json =
  (status: number, body: string, type = 'application/json') =>
  (res: ServerResponse) => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  };

const BODY = JSON.stringify({ query: '{ user(id: "u1") { id } }' });

describe('postToSubgraph', () => {
  let dispatcher: Agent;
  const servers: Server[] = [];

  async function subgraph(answer: (res: ServerResponse) => void) {
    const stub = await stubSubgraph(answer);
    servers.push(stub.server);
    return stub;
  }

  beforeEach(() => {
    dispatcher = createSubgraphDispatcher();
  });

  afterEach(async () => {
    await dispatcher.destroy();
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('POSTs the body with the headers given and answers the JSON text', async () => {
    const stub = await subgraph(json(200, '{"data":{"user":{"id":"u1"}}}'));

    const answer = await postToSubgraph(dispatcher, stub.url, {
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-1' },
      body: BODY,
      timeoutMs: 1_000,
    });

    expect(answer).toBe('{"data":{"user":{"id":"u1"}}}');
    expect(stub.received).toEqual([
      {
        method: 'POST',
        headers: expect.objectContaining({
          'content-type': 'application/json',
          'x-request-id': 'req-1',
        }),
        body: BODY,
        connection: 0,
      },
    ]);
  });

  it('reads GraphQL errors answered as application/graphql-response+json', async () => {
    const errors = '{"errors":[{"message":"nope","extensions":{"code":"FORBIDDEN"}}]}';
    const stub = await subgraph(
      json(200, errors, 'application/graphql-response+json; charset=utf-8'),
    );

    await expect(
      postToSubgraph(dispatcher, stub.url, { headers: {}, body: BODY, timeoutMs: 1_000 }),
    ).resolves.toBe(errors);
  });

  it('keeps connections open for the next fetches', async () => {
    const stub = await subgraph(json(200, '{"data":{}}'));

    for (let fetch = 0; fetch < 6; fetch++) {
      await postToSubgraph(dispatcher, stub.url, { headers: {}, body: BODY, timeoutMs: 1_000 });
    }

    // One after another: at most the one in use and the one the pool opened while it finished.
    expect(new Set(stub.received.map((request) => request.connection)).size).toBeLessThanOrEqual(2);
  });

  it('fails on a status other than 2xx, keeping the start of the body for the logs', async () => {
    const stub = await subgraph(json(401, '{"errors":[{"message":"Invalid identity signature"}]}'));

    const failure = postToSubgraph(dispatcher, stub.url, {
      headers: {},
      body: BODY,
      timeoutMs: 1_000,
    });

    await expect(failure).rejects.toThrow(SubgraphResponseError);
    await expect(failure).rejects.toMatchObject({
      message: 'The subgraph answered HTTP 401',
      status: 401,
      body: '{"errors":[{"message":"Invalid identity signature"}]}',
    });
  });

  it('fails on an answer that is not JSON', async () => {
    const html = await subgraph(json(200, '<h1>Bad gateway</h1>', 'text/html'));

    await expect(
      postToSubgraph(dispatcher, html.url, { headers: {}, body: BODY, timeoutMs: 1_000 }),
    ).rejects.toMatchObject({
      message: 'The subgraph answered text/html, not JSON',
      body: '<h1>Bad gateway</h1>',
      status: 200,
    });
  });

  it('fails when the answer, body included, takes longer than the timeout', async () => {
    const silent = await subgraph(() => undefined);
    const slowBody = await subgraph((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":');
    });
    const post = (url: string) =>
      postToSubgraph(dispatcher, url, { headers: {}, body: BODY, timeoutMs: 100 });

    await expect(post(silent.url)).rejects.toThrow(SubgraphTimeoutError);
    await expect(post(slowBody.url)).rejects.toThrow(new SubgraphTimeoutError(100).message);
  });

  it('fails when the subgraph cannot be reached', async () => {
    const stub = await subgraph(json(200, '{}'));
    const { url } = stub;
    await new Promise((resolve) => stub.server.close(resolve));

    await expect(
      postToSubgraph(dispatcher, url, { headers: {}, body: BODY, timeoutMs: 1_000 }),
    ).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('readGraphQLResponse', () => {
  it('parses a new object on every call', () => {
    const text = '{"data":{"user":{"id":"u1"}}}';

    const first = readGraphQLResponse(text);
    const second = readGraphQLResponse(text);

    expect(first).toEqual({ data: { user: { id: 'u1' } } });
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });

  it('refuses JSON that is not an object', () => {
    for (const text of ['[1, 2]', 'null', '"data"']) {
      expect(() => readGraphQLResponse(text)).toThrow(
        new SubgraphResponseError(
          'The subgraph answered JSON that is not a GraphQL response',
          text,
        ),
      );
    }
  });
});
