import {
  DEMO_ORGANIZATION_IDS,
  DEMO_STORE_IDS,
  DEMO_USER_IDS,
  closeMongo,
  signIdentity,
  startSubgraph,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { postGraphQL, signedClient } from '@dabba/subgraph-kit/src/testing';
import { catalogSubgraph } from './index';

const SECRET = 'catalog-contract-test-secret-32chars';

interface StoresPage {
  stores: {
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
const STORES = `query ($first: Int!, $after: String) {
  stores(first: $first, after: $after) {
    edges { cursor node { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

let subgraph: RunningSubgraph;
let query: ReturnType<typeof signedClient>;

beforeAll(async () => {
  subgraph = await startSubgraph(catalogSubgraph, {
    env: { IDENTITY_SECRET: SECRET, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    port: 0,
  });
  await subgraph.seed();
  query = signedClient(subgraph.url, SECRET);
});

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

describe('catalog subgraph', () => {
  it('resolves Store entities in the order asked, null for unknown ids', async () => {
    const result = await query(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Store { id name kind currency createdAt }
        }
      }`,
      {
        representations: [
          { __typename: 'Store', id: DEMO_STORE_IDS.spiceBazaar },
          { __typename: 'Store', id: 'sto_missing' },
          { __typename: 'Store', id: DEMO_STORE_IDS.phoBac },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      _entities: [
        {
          id: DEMO_STORE_IDS.spiceBazaar,
          name: 'Spice Bazaar Indiranagar',
          kind: 'GROCERY',
          currency: 'INR',
          createdAt: '2026-01-13T06:30:00.000Z',
        },
        null,
        {
          id: DEMO_STORE_IDS.phoBac,
          name: 'Phở Bắc 1955',
          kind: 'RESTAURANT',
          currency: 'VND',
          createdAt: '2026-01-10T02:00:00.000Z',
        },
      ],
    });
  });

  it('answers store.organization with an Organization reference for the gateway', async () => {
    const result = await query(
      'query ($id: ID!) { store(id: $id) { organization { __typename id } } }',
      { id: DEMO_STORE_IDS.freshMart },
    );
    expect(result.data).toEqual({
      store: {
        organization: { __typename: 'Organization', id: DEMO_ORGANIZATION_IDS.priyaGrocers },
      },
    });
    expect(await query('{ store(id: "sto_missing") { id } }')).toEqual({
      status: 200,
      data: { store: null },
    });
  });

  it('contributes Organization.stores, oldest first, in pages', async () => {
    const result = await query(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Organization {
            id
            first: stores(first: 1) { edges { node { id } } pageInfo { hasNextPage } }
            all: stores { edges { node { id } } pageInfo { hasNextPage } }
          }
        }
      }`,
      {
        representations: [
          { __typename: 'Organization', id: DEMO_ORGANIZATION_IDS.minhKitchens },
          { __typename: 'Organization', id: 'org_without_stores' },
          { __typename: 'Organization', id: DEMO_ORGANIZATION_IDS.priyaGrocers },
        ],
      },
    );
    const page = (ids: string[], hasNextPage: boolean) => ({
      edges: ids.map((id) => ({ node: { id } })),
      pageInfo: { hasNextPage },
    });
    expect(result.data).toEqual({
      _entities: [
        {
          id: DEMO_ORGANIZATION_IDS.minhKitchens,
          first: page([DEMO_STORE_IDS.phoBac], true),
          all: page([DEMO_STORE_IDS.phoBac, DEMO_STORE_IDS.banhMiCorner], false),
        },
        { id: 'org_without_stores', first: page([], false), all: page([], false) },
        {
          id: DEMO_ORGANIZATION_IDS.priyaGrocers,
          first: page([DEMO_STORE_IDS.freshMart], true),
          all: page([DEMO_STORE_IDS.freshMart, DEMO_STORE_IDS.spiceBazaar], false),
        },
      ],
    });
  });

  describe('stores(first, after)', () => {
    it('pages through every store, oldest first', async () => {
      const first = await query<StoresPage>(STORES, { first: 3 });
      expect(first.data?.stores.edges.map((edge) => edge.node.id)).toEqual([
        DEMO_STORE_IDS.phoBac,
        DEMO_STORE_IDS.freshMart,
        DEMO_STORE_IDS.banhMiCorner,
      ]);
      expect(first.data?.stores.pageInfo).toEqual({
        hasNextPage: true,
        endCursor: first.data?.stores.edges[2]?.cursor,
      });

      const second = await query<StoresPage>(STORES, {
        first: 3,
        after: first.data?.stores.pageInfo.endCursor,
      });
      expect(second.data?.stores.edges.map((edge) => edge.node.id)).toEqual([
        DEMO_STORE_IDS.spiceBazaar,
      ]);
      expect(second.data?.stores.pageInfo.hasNextPage).toBe(false);

      const last = await query<StoresPage>(STORES, {
        first: 3,
        after: second.data?.stores.pageInfo.endCursor,
      });
      expect(last.data?.stores).toEqual({
        edges: [],
        pageInfo: { hasNextPage: false, endCursor: null },
      });
    });

    it('defaults to pages of 20', async () => {
      const result = await query<StoresPage>('{ stores { edges { node { id } } } }');
      expect(result.data?.stores.edges).toHaveLength(4);
    });

    it.each([0, -5, 101])('rejects first: %d as BAD_USER_INPUT', async (first) => {
      const result = await query(STORES, { first });
      expect(result.data).toBeNull();
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: 'first must be between 1 and 100',
          extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
        }),
      ]);
    });

    it('rejects a cursor it did not issue as BAD_USER_INPUT', async () => {
      const result = await query(STORES, { first: 2, after: 'b3BhcXVl' });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
    });
  });

  describe('identity', () => {
    const request = { query: '{ stores(first: 1) { edges { cursor } } }' };

    it('rejects a request without identity headers before execution', async () => {
      const result = await postGraphQL(subgraph.url, request);
      expect(result.status).toBe(401);
      expect(result.errors).toEqual([
        { message: 'Missing caller identity', extensions: { code: 'UNAUTHENTICATED' } },
      ]);
    });

    it('rejects a forged signature', async () => {
      const headers = signIdentity(
        {
          kind: 'user',
          userId: DEMO_USER_IDS.admin,
          roles: ['ADMIN'],
          organizations: [],
          scopes: [],
        },
        'not-the-gateway-secret-but-32-chars!',
      );
      const result = await postGraphQL(subgraph.url, request, headers);
      expect(result.status).toBe(401);
      expect(result.errors?.[0]).toEqual({
        message: 'Invalid identity signature',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });
  });
});
