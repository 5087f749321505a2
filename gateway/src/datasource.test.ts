import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, createLogger, verifyIdentity } from '@dabba/subgraph-kit';
import type { Agent } from 'undici';
import type { GatewayContext } from './context';
import { SignedIdentityDataSource } from './datasource';
import { createSubgraphDispatcher } from '@dabba/subgraph-kit';

const SECRET = 'datasource-test-secret-0123456789abcdef';
const STORES = 'query Stores__catalog__0($first:Int!){stores(first:$first){edges{node{id}}}}';
const RENAME = 'mutation Rename__catalog__0($id:ID!){renameStore(id:$id){id}}';
const ANSWER = { data: { stores: { edges: [{ node: { id: 'sto_1' } }] } } };

const logger = createLogger('gateway', 'silent');

function callerContext(clientIp: string, requestId: string): GatewayContext {
  return {
    identity: { ...ANONYMOUS, clientIp },
    requestId,
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    logger,
  };
}

/** What the query plan executor hands a data source for one fetch of a client's operation. */
function fetchOf(
  query: string,
  context: GatewayContext,
): GraphQLDataSourceProcessOptions<GatewayContext> {
  return {
    kind: 'incoming operation',
    request: { query, variables: { first: 1, id: 'sto_1' } },
    incomingRequestContext: { context },
    context,
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

describe('SignedIdentityDataSource', () => {
  let server: Server;
  let url: string;
  let received: IncomingHttpHeaders[];
  let dispatcher: Agent;

  const dataSource = (deduplicateQueries: boolean) =>
    new SignedIdentityDataSource({
      name: 'catalog',
      url,
      identitySecret: SECRET,
      dispatcher,
      timeoutMs: 1_000,
      logger,
      deduplicateQueries,
    });

  beforeAll(async () => {
    server = createServer((req, res) => {
      received.push(req.headers);
      req.resume().on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(ANSWER));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    received = [];
    dispatcher = createSubgraphDispatcher();
  });

  afterEach(async () => {
    await dispatcher.destroy();
  });

  it('sends a query identical to one in flight for the same caller once, a copy for each', async () => {
    const catalog = dataSource(true);

    const [first, second] = await Promise.all([
      catalog.process(fetchOf(STORES, callerContext('10.0.0.1', 'req-1'))),
      catalog.process(fetchOf(STORES, callerContext('10.0.0.1', 'req-2'))),
    ]);

    expect(first).toEqual(ANSWER);
    expect(second).toEqual(ANSWER);
    // The executor merges into what it gets: neither fetch may see the other's changes.
    expect(second).not.toBe(first);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ 'x-request-id': 'req-1' });
    expect(verifyIdentity(received[0]!, SECRET)).toEqual({ ...ANONYMOUS, clientIp: '10.0.0.1' });
  });

  it('sends the same query for different callers separately', async () => {
    const catalog = dataSource(true);

    await Promise.all([
      catalog.process(fetchOf(STORES, callerContext('10.0.0.1', 'req-1'))),
      catalog.process(fetchOf(STORES, callerContext('10.0.0.2', 'req-2'))),
    ]);

    expect(received.map((headers) => verifyIdentity(headers, SECRET).clientIp).sort()).toEqual([
      '10.0.0.1',
      '10.0.0.2',
    ]);
  });

  it('always sends mutations', async () => {
    const catalog = dataSource(true);

    await Promise.all([
      catalog.process(fetchOf(RENAME, callerContext('10.0.0.1', 'req-1'))),
      catalog.process(fetchOf(RENAME, callerContext('10.0.0.1', 'req-2'))),
    ]);

    expect(received.map((headers) => headers['x-request-id']).sort()).toEqual(['req-1', 'req-2']);
  });

  it('sends every query when de-duplication is off', async () => {
    const catalog = dataSource(false);

    await Promise.all([
      catalog.process(fetchOf(STORES, callerContext('10.0.0.1', 'req-1'))),
      catalog.process(fetchOf(STORES, callerContext('10.0.0.1', 'req-2'))),
    ]);

    expect(received).toHaveLength(2);
  });
});
