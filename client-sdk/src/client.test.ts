import { EventEmitter, once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError, buildSchema } from 'graphql';
import { CloseCode, type Context } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import WebSocket, { WebSocketServer } from 'ws';
import {
  PaymentStatusChangedDocument,
  StoreDocument,
  StoresDocument,
  type PaymentStatus,
  type PaymentStatusChangedSubscription,
} from './__generated__/graphql';
import {
  SubscriptionError,
  TransportError,
  createClient,
  type Client,
  type ClientOptions,
  type ExecutionResult,
} from './client';

function fakeFetch(status: number, body: string) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  };
  return { calls, fetch: fetchImpl as typeof fetch };
}

describe('createClient', () => {
  it('posts the printed document with its operation name and variables', async () => {
    const fake = fakeFetch(200, JSON.stringify({ data: { store: null } }));
    const client = createClient({
      url: 'http://gateway.test/graphql',
      fetch: fake.fetch,
      headers: { authorization: 'Bearer t' },
    });

    const result = await client.execute(StoreDocument, { id: 'store-1' });

    expect(result).toEqual({ data: { store: null } });
    expect(fake.calls).toHaveLength(1);
    const [call] = fake.calls;
    expect(call?.url).toBe('http://gateway.test/graphql');
    expect(call?.init.headers).toMatchObject({
      authorization: 'Bearer t',
      'content-type': 'application/json',
    });
    const sent = JSON.parse(String(call?.init.body));
    expect(sent).toEqual({
      query: expect.stringContaining('query Store($id: ID!)'),
      operationName: 'Store',
      variables: { id: 'store-1' },
    });
  });

  it('returns GraphQL errors of a rejected request as data', async () => {
    const errors = [{ message: 'Bad', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }];
    const client = createClient({
      url: 'http://gateway.test/graphql',
      fetch: fakeFetch(400, JSON.stringify({ errors })).fetch,
    });

    await expect(client.execute(StoresDocument, { first: 1 })).resolves.toEqual({
      data: null,
      errors,
    });
  });

  it('throws a TransportError when the answer is not a GraphQL response', async () => {
    const client = createClient({
      url: 'http://gateway.test/graphql',
      fetch: fakeFetch(502, '<html>Bad gateway</html>').fetch,
    });

    const failure = client.execute(StoresDocument, { first: 1 });

    await expect(failure).rejects.toBeInstanceOf(TransportError);
    await expect(failure).rejects.toMatchObject({ status: 502 });
  });
});

const paymentSchema = buildSchema(`
  type Query { ok: Boolean }
  enum PaymentStatus { AUTHORIZED CAPTURED }
  type User { id: ID! displayName: String! }
  type Order { id: ID! }
  type Payment { id: ID! status: PaymentStatus! payer: User! order: Order! }
  type Subscription { paymentStatusChanged(paymentId: ID!): Payment! }
`);

const payment = (id: string, status: PaymentStatus) => ({
  paymentStatusChanged: {
    id,
    status,
    payer: { id: 'usr_1', displayName: 'Asha' },
    order: { id: 'ord_1' },
  },
});

interface TestConnection {
  connectionParams: Readonly<Record<string, unknown>> | undefined;
  /** The close code the server saw. */
  closed: Promise<number | undefined>;
}

/**
 * A graphql-ws server on /graphql following payments by id: `pay_captured` is authorised, then
 * captured, then completes; `pay_pending` is authorised and stays open; `pay_unknown` is refused
 * with NOT_FOUND; `pay_expiring` closes the connection with 4401. The credential
 * `Bearer refused` is refused (4403).
 */
async function startPaymentServer() {
  const connections: TestConnection[] = [];
  /** Emits `complete` with the payment id of each subscription the client completes. */
  const completions = new EventEmitter();
  const server = createServer();
  const webSockets = new WebSocketServer({ server, path: '/graphql' });
  const closes = new Map<unknown, (code: number | undefined) => void>();
  const graphqlWs = useServer<Record<string, unknown> | undefined>(
    {
      schema: paymentSchema,
      context: (ctx) => ctx,
      roots: {
        subscription: {
          async *paymentStatusChanged(
            { paymentId }: { paymentId: string },
            ctx: Context<Record<string, unknown> | undefined, Extra>,
          ) {
            if (paymentId === 'pay_expiring') {
              ctx.extra.socket.close(CloseCode.Unauthorized, 'Access token expired');
              return;
            }
            yield payment(paymentId, 'AUTHORIZED');
            if (paymentId === 'pay_captured') yield payment(paymentId, 'CAPTURED');
            else await once(ctx.extra.socket, 'close');
          },
        },
      },
      onConnect(ctx) {
        connections.push({
          connectionParams: ctx.connectionParams,
          closed: new Promise((resolve) => closes.set(ctx, resolve)),
        });
        return ctx.connectionParams?.authorization !== 'Bearer refused';
      },
      onClose(ctx, code) {
        closes.get(ctx)?.(code);
      },
      onSubscribe(_ctx, _id, payload) {
        if (payload.variables?.paymentId === 'pay_unknown') {
          return [new GraphQLError('Nothing to follow', { extensions: { code: 'NOT_FOUND' } })];
        }
        return undefined;
      },
      onComplete(_ctx, _id, payload) {
        completions.emit('complete', payload.variables?.paymentId);
      },
    },
    webSockets,
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    connections,
    completions,
    async close() {
      await graphqlWs.dispose();
      server.close();
      await once(server, 'close');
    },
  };
}

describe('createClient subscriptions', () => {
  let server: Awaited<ReturnType<typeof startPaymentServer>>;
  const clients: Client[] = [];

  function connect(options: Partial<ClientOptions> = {}) {
    const client = createClient({ url: server.url, webSocketImpl: WebSocket, ...options });
    clients.push(client);
    return client;
  }

  async function collect<T>(results: AsyncIterable<T>): Promise<T[]> {
    const collected: T[] = [];
    for await (const result of results) collected.push(result);
    return collected;
  }

  beforeAll(async () => {
    server = await startPaymentServer();
  });

  beforeEach(() => {
    server.connections.length = 0;
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });

  afterAll(async () => {
    await server.close();
  });

  it('delivers each payload typed by the document, then ends when the server completes', async () => {
    const client = connect();

    const results: ExecutionResult<PaymentStatusChangedSubscription>[] = await collect(
      client.subscribe(PaymentStatusChangedDocument, { paymentId: 'pay_captured' }),
    );

    expect(results).toEqual([
      { data: payment('pay_captured', 'AUTHORIZED') },
      { data: payment('pay_captured', 'CAPTURED') },
    ]);
    const statuses: PaymentStatus[] = results.map(
      (result) => result.data!.paymentStatusChanged.status,
    );
    expect(statuses).toEqual(['AUTHORIZED', 'CAPTURED']);
  });

  it('forwards the authorization header (any case) in connection_init, over one connection', async () => {
    const client = connect({ headers: { Authorization: 'Bearer t-1', 'x-other': 'not sent' } });

    await Promise.all([
      collect(client.subscribe(PaymentStatusChangedDocument, { paymentId: 'pay_captured' })),
      collect(client.subscribe(PaymentStatusChangedDocument, { paymentId: 'pay_captured' })),
    ]);

    expect(server.connections.map((connection) => connection.connectionParams)).toEqual([
      { authorization: 'Bearer t-1' },
    ]);
  });

  it('sends no authorization when the client has none', async () => {
    await collect(connect().subscribe(PaymentStatusChangedDocument, { paymentId: 'pay_captured' }));

    expect(server.connections.map((connection) => connection.connectionParams)).toEqual([{}]);
  });

  it.each([
    [
      'GraphQL errors of a refused subscription',
      'pay_unknown',
      {
        message: 'Nothing to follow',
        errors: [{ message: 'Nothing to follow', extensions: { code: 'NOT_FOUND' } }],
        closeCode: undefined,
      },
    ],
    [
      "server's close (4401) with its code and reason",
      'pay_expiring',
      { errors: [], closeCode: 4401, closeReason: 'Access token expired' },
    ],
  ])('throws the %s as a SubscriptionError', async (_case, paymentId, expected) => {
    const failure = collect(connect().subscribe(PaymentStatusChangedDocument, { paymentId }));

    await expect(failure).rejects.toBeInstanceOf(SubscriptionError);
    await expect(failure).rejects.toMatchObject(expected);
  });

  it('does not retry a refused credential (4403)', async () => {
    const client = connect({ headers: { authorization: 'Bearer refused' } });

    const failure = collect(
      client.subscribe(PaymentStatusChangedDocument, { paymentId: 'pay_captured' }),
    );

    await expect(failure).rejects.toMatchObject({
      name: 'SubscriptionError',
      closeCode: 4403,
      closeReason: 'Forbidden',
    });
    expect(server.connections).toHaveLength(1);
  });

  it('throws a TransportError when the connection cannot be opened', async () => {
    const closed = createServer().listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const { port } = closed.address() as AddressInfo;
    closed.close();
    await once(closed, 'close');
    const client = connect({ url: `http://127.0.0.1:${port}/graphql` });

    const failure = await collect(
      client.subscribe(PaymentStatusChangedDocument, { paymentId: 'pay_captured' }),
    ).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(TransportError);
    expect((failure as TransportError).message).toBe(
      `Subscription connection to ws://127.0.0.1:${port}/graphql failed`,
    );
    expect((failure as TransportError).cause).toMatchObject({
      message: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('unsubscribes on return(), ending a pending next()', async () => {
    const results = connect().subscribe(PaymentStatusChangedDocument, {
      paymentId: 'pay_pending',
    });
    await expect(results.next()).resolves.toEqual({
      done: false,
      value: { data: payment('pay_pending', 'AUTHORIZED') },
    });

    const pending = results.next();
    const completed = once(server.completions, 'complete');
    await results.return!();

    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    await expect(completed).resolves.toEqual(['pay_pending']);
  });

  it('ends its subscriptions and closes the socket on close()', async () => {
    const client = connect();
    const results = client.subscribe(PaymentStatusChangedDocument, { paymentId: 'pay_pending' });
    await results.next();

    await client.close();

    await expect(results.next()).resolves.toMatchObject({ done: true });
    await expect(server.connections[0]!.closed).resolves.toBe(1000);
  });

  it('connects to the GraphQL URL with http: as ws: and https: as wss:, or to subscriptionUrl', async () => {
    const tried: string[] = [];
    /** Records the URL graphql-ws opens, and connects to the test server instead. */
    class RecordingWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        tried.push(url);
        super(`ws://127.0.0.1:${server.port}/graphql`, protocols);
      }
    }
    const follow = (options: Partial<ClientOptions>) =>
      collect(
        connect({ webSocketImpl: RecordingWebSocket, ...options }).subscribe(
          PaymentStatusChangedDocument,
          { paymentId: 'pay_captured' },
        ),
      );

    await follow({ url: 'http://gateway.test:4000/graphql' });
    await follow({ url: 'https://api.dabba.test/graphql' });
    await follow({ url: 'https://api.dabba.test/graphql', subscriptionUrl: 'wss://live.test/ws' });

    expect(tried).toEqual([
      'ws://gateway.test:4000/graphql',
      'wss://api.dabba.test/graphql',
      'wss://live.test/ws',
    ]);
  });
});
