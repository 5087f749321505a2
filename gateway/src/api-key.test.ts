import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UnauthenticatedError, createLogger, verifyIdentity } from '@dabba/subgraph-kit';
import {
  API_KEYS_UNAVAILABLE_MESSAGE,
  INVALID_API_KEY_MESSAGE,
  apiKeyVerifier,
  supergraphRoutingUrl,
  type ApiKeyVerifierOptions,
} from './api-key';
import { startGateway, type RunningGateway } from './index';

const IDENTITY_SECRET = 'gateway-api-key-test-secret-0123456';
const VERIFIED = { organizationId: 'org_a', scopes: ['menus:read'], apiKeyId: 'key_1' };
const logger = createLogger('gateway-test', 'silent');

/** Stands in for the users subgraph: its key verification route and its GraphQL endpoint. */
interface StubUsers {
  server: Server;
  url: string;
  verifications: { path: string; headers: IncomingHttpHeaders; body: unknown }[];
  graphql: IncomingHttpHeaders[];
}

async function stubUsers(): Promise<StubUsers> {
  const stub = { verifications: [], graphql: [] } as unknown as StubUsers;
  stub.server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}');
      const reply = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      if (req.url === '/graphql') {
        stub.graphql.push(req.headers);
        return reply(200, { data: { user: { id: 'user-1', displayName: 'Asha' } } });
      }
      stub.verifications.push({ path: req.url!, headers: req.headers, body });
      if (body.key === 'dabba_good') return reply(200, VERIFIED);
      if (body.key === 'dabba_broken') return reply(500, { error: 'database on fire at 10.0.0.7' });
      return reply(401, { error: 'Invalid API key' });
    });
  });
  await new Promise<void>((resolve) => stub.server.listen(0, '127.0.0.1', resolve));
  const { port } = stub.server.address() as AddressInfo;
  stub.url = `http://127.0.0.1:${port}/graphql`;
  return stub;
}

let users: StubUsers;

beforeAll(async () => {
  users = await stubUsers();
});

afterAll(async () => {
  await new Promise((resolve) => users.server.close(resolve));
});

beforeEach(() => {
  users.verifications.length = 0;
  users.graphql.length = 0;
});

const verifier = (options: Partial<ApiKeyVerifierOptions> = {}) =>
  apiKeyVerifier({
    usersUrl: users.url,
    identitySecret: IDENTITY_SECRET,
    timeoutMs: 2_000,
    logger,
    ...options,
  });

describe('API key verifier', () => {
  it('asks users beside its GraphQL URL, signed as the gateway, and makes the caller the key', async () => {
    const caller = await verifier()('dabba_good');
    expect(caller).toEqual({
      kind: 'apiKey',
      userId: null,
      roles: [],
      organizations: [{ organizationId: 'org_a', role: 'API_KEY' }],
      scopes: ['menus:read'],
      apiKeyId: 'key_1',
    });
    const [request] = users.verifications;
    expect(request).toMatchObject({
      path: '/internal/api-keys/verify',
      body: { key: 'dabba_good' },
    });
    expect(verifyIdentity(request!.headers, IDENTITY_SECRET).kind).toBe('service');
  });

  it('remembers verified and refused keys, and asks every time with a TTL of 0', async () => {
    const verify = verifier();
    await verify('dabba_good');
    await verify('dabba_good');
    await expect(verify('dabba_forged')).rejects.toThrow(INVALID_API_KEY_MESSAGE);
    await expect(verify('dabba_forged')).rejects.toThrow(UnauthenticatedError);
    expect(users.verifications).toHaveLength(2);

    const uncached = verifier({ cacheTtlMs: 0, refusedCacheTtlMs: 0 });
    await uncached('dabba_good');
    await uncached('dabba_good');
    await expect(uncached('dabba_forged')).rejects.toThrow(INVALID_API_KEY_MESSAGE);
    await expect(uncached('dabba_forged')).rejects.toThrow(INVALID_API_KEY_MESSAGE);
    expect(users.verifications).toHaveLength(6);
  });

  it('shares one call between concurrent requests with the same key', async () => {
    const verify = verifier();
    await Promise.all(Array.from({ length: 5 }, () => verify('dabba_good')));
    expect(users.verifications).toHaveLength(1);
  });

  it('refuses over-long credentials without asking', async () => {
    await expect(verifier()(`dabba_${'x'.repeat(600)}`)).rejects.toThrow(INVALID_API_KEY_MESSAGE);
    expect(users.verifications).toHaveLength(0);
  });

  it('reports users failing or unreachable as unavailable, without internals, and does not remember it', async () => {
    const verify = verifier();
    const failure = await verify('dabba_broken').catch((error: unknown) => error);
    expect(failure).not.toBeInstanceOf(UnauthenticatedError);
    expect(failure).toMatchObject({
      message: API_KEYS_UNAVAILABLE_MESSAGE,
      extensions: { code: 'INTERNAL' },
    });
    await verify('dabba_broken').catch(() => undefined);
    expect(users.verifications).toHaveLength(2);

    const unreachable = verifier({ usersUrl: 'http://127.0.0.1:1/graphql' });
    await expect(unreachable('dabba_good')).rejects.toThrow(API_KEYS_UNAVAILABLE_MESSAGE);
  });

  it('reads a subgraph’s routing URL from the supergraph', () => {
    const sdl = `enum join__Graph {
      USERS @join__graph(name: "users", url: "http://users.internal:4001/graphql") }`;
    expect(supergraphRoutingUrl(sdl, 'users')).toBe('http://users.internal:4001/graphql');
    expect(() => supergraphRoutingUrl(sdl, 'orders')).toThrow('no subgraph named orders');
  });
});

describe('gateway with API keys', () => {
  const gateways: RunningGateway[] = [];
  const QUERY = JSON.stringify({ query: '{ user(id: "user-1") { id displayName } }' });

  async function gateway(usersUrl: string): Promise<string> {
    const started = await startGateway({
      env: { IDENTITY_SECRET, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
      port: 0,
      subgraphUrls: { users: usersUrl },
    });
    gateways.push(started);
    return started.url;
  }

  afterAll(async () => {
    await Promise.all(gateways.map((started) => started.close()));
  });

  async function post(url: string, key: string) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}` },
      body: QUERY,
    });
    return { status: response.status, body: await response.json() };
  }

  it('sends a verified key to subgraphs as its organisation, and refuses others before any subgraph', async () => {
    const url = await gateway(users.url);
    expect((await post(url, 'dabba_good')).status).toBe(200);
    expect(verifyIdentity(users.graphql[0]!, IDENTITY_SECRET)).toMatchObject({
      kind: 'apiKey',
      organizations: [{ organizationId: 'org_a', role: 'API_KEY' }],
      scopes: ['menus:read'],
      apiKeyId: 'key_1',
    });
    expect(await post(url, 'dabba_forged')).toEqual({
      status: 401,
      body: {
        errors: [{ message: INVALID_API_KEY_MESSAGE, extensions: { code: 'UNAUTHENTICATED' } }],
      },
    });
    expect(users.graphql).toHaveLength(1);
  });

  it('answers 503 with a clear message when users cannot check the key', async () => {
    const url = await gateway('http://127.0.0.1:1/graphql');
    expect(await post(url, 'dabba_good')).toEqual({
      status: 503,
      body: {
        errors: [{ message: API_KEYS_UNAVAILABLE_MESSAGE, extensions: { code: 'INTERNAL' } }],
      },
    });
  });
});
