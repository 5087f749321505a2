import { StoreDocument, StoresDocument, createClient } from '@dabba/client-sdk';
import { signIdentity, ANONYMOUS } from '@dabba/subgraph-kit';
import { FEDERATED_STORES_QUERY, FEDERATED_STORES_RESULT } from './support/expected';
import { postGraphQL } from './support/http';
import { IDENTITY_SECRET, startPlatform, type Platform } from './support/platform';

const STARTUP_TIMEOUT_MS = 120_000;

describe('the supergraph through the gateway', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform();
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await platform?.close();
  });

  it('resolves stores, their organisations and the organisations’ stores', async () => {
    const response = await postGraphQL(platform.gatewayUrl, FEDERATED_STORES_QUERY);

    expect(response).toEqual({ status: 200, body: FEDERATED_STORES_RESULT });
  });

  it('serves the typed SDK documents', async () => {
    const client = createClient({ url: platform.gatewayUrl });

    const store = await client.execute(StoreDocument, { id: 'sto_demo_spice_bazaar' });
    const firstPage = await client.execute(StoresDocument, { first: 1 });

    expect(store).toEqual({
      data: {
        store: {
          id: 'sto_demo_spice_bazaar',
          name: 'Spice Bazaar Indiranagar',
          kind: 'GROCERY',
          currency: 'INR',
          createdAt: '2026-01-13T06:30:00.000Z',
          organization: { id: 'org_demo_priya_grocers' },
        },
      },
    });
    expect(firstPage.data?.stores.edges.map((edge) => edge.node.name)).toEqual(['Phở Bắc 1955']);
    expect(firstPage.data?.stores.pageInfo.hasNextPage).toBe(true);
  });

  it('answers null for a store that does not exist', async () => {
    const response = await postGraphQL(
      platform.gatewayUrl,
      'query ($id: ID!) { store(id: $id) { name } }',
      { variables: { id: 'sto_missing' } },
    );

    expect(response).toEqual({ status: 200, body: { data: { store: null } } });
  });

  it('rejects an invalid operation with GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await postGraphQL(platform.gatewayUrl, '{ stores { edges { price } } }');

    expect(response).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'Cannot query field "price" on type "StoreEdge".',
            locations: [{ line: 1, column: 20 }],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ],
      },
    });
  });

  it('reports health', async () => {
    const response = await fetch(new URL('/health', platform.gatewayUrl));

    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 200,
      body: { status: 'ok' },
    });
  });

  describe('subgraphs called directly, bypassing the gateway', () => {
    const query = '{ stores(first: 1) { edges { node { name } } } }';

    it('reject a request without a signed identity', async () => {
      const response = await postGraphQL(platform.subgraph('catalog').url, query);

      expect(response.status).toBe(401);
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual([
        'UNAUTHENTICATED',
      ]);
    });

    it('answer a request the gateway would have signed', async () => {
      const signed = signIdentity(ANONYMOUS, IDENTITY_SECRET);

      const response = await postGraphQL(platform.subgraph('catalog').url, query, {
        headers: signed,
      });

      expect(response).toEqual({
        status: 200,
        body: { data: { stores: { edges: [{ node: { name: 'Phở Bắc 1955' } }] } } },
      });
    });

    it('reject an identity signed with another secret', async () => {
      const forged = signIdentity(ANONYMOUS, 'not-the-platform-secret-0123456789abcdef');

      const response = await postGraphQL(
        platform.subgraph('users').url,
        '{ user(id: "x") { id } }',
        {
          headers: forged,
        },
      );

      expect(response.status).toBe(401);
      expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual([
        'UNAUTHENTICATED',
      ]);
    });
  });
});
