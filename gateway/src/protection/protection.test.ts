import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway, type RunningGateway } from '../index';
import { fakeUsersSubgraph } from '../testing';
import { DEFAULT_PERSISTED_QUERY_MANIFEST } from './persisted-queries';

/**
 * Each limit of the gateway, enforced on a running gateway over HTTP, and not enforced below it.
 * Subgraphs are stand-ins that record what reached them.
 */
const IDENTITY_SECRET = 'gateway-test-secret-0123456789abcdef';
const USER_QUERY = '{ user(id: "user-1") { id displayName } }';
const USER_DATA = { data: { user: { id: 'user-1', displayName: 'Asha' } } };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: unknown; errors?: unknown[] };
  return { status: response.status, headers: response.headers, body: json };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

describe('gateway protection', () => {
  let users: Awaited<ReturnType<typeof fakeUsersSubgraph>>;
  const started: RunningGateway[] = [];
  const servers: Server[] = [];

  async function gateway(
    env: NodeJS.ProcessEnv = {},
    subgraphUrls: Record<string, string> = {},
  ): Promise<string> {
    const running = await startGateway({
      env: { IDENTITY_SECRET, LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env },
      port: 0,
      subgraphUrls: { users: users.url, ...subgraphUrls },
    });
    started.push(running);
    return running.url;
  }

  beforeAll(async () => {
    users = await fakeUsersSubgraph();
  });

  afterAll(async () => {
    await Promise.all(started.map((running) => running.close()));
    for (const server of [users.server, ...servers]) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  beforeEach(() => {
    users.received.length = 0;
  });

  describe('operation cost and depth', () => {
    it('runs an operation at MAX_OPERATION_COST and refuses a costlier one before any subgraph', async () => {
      const url = await gateway({ MAX_OPERATION_COST: '3' });

      expect((await post(url, { query: USER_QUERY })).body).toEqual(USER_DATA);
      users.received.length = 0;
      const refused = await post(url, { query: `{ me { id } ${USER_QUERY.slice(1)}` });

      expect({ status: refused.status, body: refused.body }).toEqual({
        status: 400,
        body: {
          errors: [
            {
              message:
                'Operation cost 5 exceeds the limit of 3: ask for smaller pages (first) or fewer nested lists.',
              extensions: { code: 'QUERY_TOO_COMPLEX', cost: 5, maxCost: 3 },
            },
          ],
        },
      });
      expect(users.received).toEqual([]);
    });

    it('refuses an operation deeper than MAX_OPERATION_DEPTH', async () => {
      const url = await gateway({ MAX_OPERATION_DEPTH: '3' });

      expect((await post(url, { query: USER_QUERY })).body).toEqual(USER_DATA);
      const deep = await post(url, {
        query: '{ user(id: "user-1") { name { en { fullName } } } }',
      });
      expect(deep.body.errors).toEqual([
        expect.objectContaining({
          message: 'Operation is nested 4 fields deep; at most 3 are allowed.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ]);
    });
  });

  describe('rate limits', () => {
    it('answers 429 RATE_LIMITED with Retry-After once an address used its allowance', async () => {
      const url = await gateway({ RATE_LIMIT_ANONYMOUS: '2' });

      for (let i = 0; i < 2; i += 1) {
        expect(await post(url, { query: USER_QUERY })).toMatchObject({ status: 200 });
      }
      const limited = await post(url, { query: USER_QUERY });

      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect({ status: limited.status, body: limited.body }).toEqual({
        status: 429,
        body: {
          errors: [
            {
              message: `Too many requests: try again in ${retryAfter} s.`,
              extensions: { code: 'RATE_LIMITED', retryAfter },
            },
          ],
        },
      });
      expect(users.received).toHaveLength(2);
    });
  });

  describe('request size and duration', () => {
    it('refuses a body over MAX_BODY_BYTES with 413, however large', async () => {
      const url = await gateway({ MAX_BODY_BYTES: '1024' });
      const padded = (bytes: number) =>
        JSON.stringify({ query: USER_QUERY, variables: { pad: 'x'.repeat(bytes) } });

      expect((await post(url, padded(900))).body).toEqual(USER_DATA);
      for (const size of [2_000, 5_000_000]) {
        const refused = await post(url, padded(size));
        expect({ status: refused.status, body: refused.body }).toEqual({
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
      }
    });

    it('answers an operation still running after REQUEST_TIMEOUT_MS with 504 REQUEST_TIMEOUT', async () => {
      // A subgraph that accepts the call and never answers.
      const silent = createServer(() => undefined);
      servers.push(silent);
      const url = await gateway({ REQUEST_TIMEOUT_MS: '300' }, { users: await listen(silent) });

      const timedOut = await post(url, { query: USER_QUERY });

      expect({ status: timedOut.status, body: timedOut.body }).toEqual({
        status: 504,
        body: {
          errors: [
            {
              message: 'The operation did not finish within 300 ms',
              extensions: { code: 'REQUEST_TIMEOUT' },
            },
          ],
        },
      });
    });
  });

  describe('introspection and Sandbox', () => {
    const introspection = { query: '{ __schema { queryType { name } } }' };

    it('serves both when SANDBOX_ENABLED', async () => {
      const url = await gateway({ SANDBOX_ENABLED: 'true' });

      expect((await post(url, introspection)).body).toEqual({
        data: { __schema: { queryType: { name: 'Query' } } },
      });
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain('embeddable-sandbox');
      const root = await fetch(new URL('/', url), { redirect: 'manual' });
      expect({ status: root.status, location: root.headers.get('location') }).toEqual({
        status: 302,
        location: '/graphql',
      });
    });

    it('serves neither when SANDBOX_ENABLED is false', async () => {
      const url = await gateway({ SANDBOX_ENABLED: 'false' });

      const refused = await post(url, introspection);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('introspection is not allowed'),
          extensions: {
            code: 'GRAPHQL_VALIDATION_FAILED',
            validationErrorCode: 'INTROSPECTION_DISABLED',
          },
        }),
      ]);
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).not.toMatch(/^text\/html/);
      expect((await fetch(new URL('/', url), { redirect: 'manual' })).status).toBe(404);
    });
  });

  describe('CORS', () => {
    it('answers the preflight of an allowed origin, and no other', async () => {
      const url = await gateway({ CORS_ORIGINS: 'https://app.dabba.test' });
      const preflight = (origin: string) =>
        fetch(url, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization,content-type',
          },
        });

      const allowed = await preflight('https://app.dabba.test');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.dabba.test');
      expect(allowed.headers.get('access-control-allow-headers')).toBe(
        'authorization,content-type',
      );
      const other = await preflight('https://elsewhere.test');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      expect(other.headers.get('access-control-allow-methods')).toBeNull();
    });
  });

  describe('persisted queries', () => {
    const persisted = (query: string) => ({ version: 1, sha256Hash: sha256(query) });

    it('registers an operation sent with its hash, then runs it by hash alone (APQ)', async () => {
      const url = await gateway();
      const byHash = { extensions: { persistedQuery: persisted(USER_QUERY) } };

      expect((await post(url, byHash)).body).toEqual({
        errors: [
          {
            message: 'PersistedQueryNotFound',
            extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
          },
        ],
      });
      expect((await post(url, { query: USER_QUERY, ...byHash })).body).toEqual(USER_DATA);
      expect((await post(url, byHash)).body).toEqual(USER_DATA);
    });

    it('takes no hash when PERSISTED_QUERIES is off', async () => {
      const url = await gateway({ PERSISTED_QUERIES: 'off' });
      const refused = await post(url, {
        query: USER_QUERY,
        extensions: { persistedQuery: persisted(USER_QUERY) },
      });
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }),
      ]);
    });

    describe('in allow-list mode', () => {
      const manifest = JSON.parse(readFileSync(DEFAULT_PERSISTED_QUERY_MANIFEST, 'utf8')) as {
        operations: { name: string; body: string }[];
      };
      const storeQuery = manifest.operations.find((operation) => operation.name === 'Store')!.body;
      const store = {
        id: 'store-1',
        name: 'Phở Bắc',
        kind: 'RESTAURANT',
        currency: 'VND',
        createdAt: '2025-01-01T00:00:00.000Z',
        organization: { id: 'org-1' },
      };
      let url: string;
      let catalogCalls: number;

      beforeAll(async () => {
        const catalog = createServer((req, res) => {
          catalogCalls += 1;
          req.resume().on('end', () => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ data: { store } }));
          });
        });
        servers.push(catalog);
        url = await gateway({ PERSISTED_QUERIES: 'allowlist' }, { catalog: await listen(catalog) });
      });

      beforeEach(() => {
        catalogCalls = 0;
      });

      it('runs an operation of the client SDK, sent as text or by hash', async () => {
        const variables = { id: 'store-1' };
        expect((await post(url, { query: storeQuery, variables })).body).toEqual({
          data: { store },
        });
        const byHash = { extensions: { persistedQuery: persisted(storeQuery) }, variables };
        expect((await post(url, byHash)).body).toEqual({ data: { store } });
        expect(catalogCalls).toBe(2);
      });

      it('refuses any other operation with PERSISTED_QUERY_NOT_ALLOWED, and registers none', async () => {
        const other = { query: USER_QUERY, extensions: { persistedQuery: persisted(USER_QUERY) } };
        const refused = await post(url, other);

        expect({ status: refused.status, body: refused.body }).toEqual({
          status: 400,
          body: {
            errors: [
              {
                message:
                  'This operation is not on the gateway’s allow-list: send one of the client SDK’s operations.',
                extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED' },
              },
            ],
          },
        });
        const byHash = await post(url, { extensions: other.extensions });
        expect(byHash.body.errors).toEqual([
          expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }),
        ]);
        expect(users.received).toEqual([]);
      });
    });
  });
});
