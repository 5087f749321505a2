import {
  DEMO_STORE_IDS,
  closeMongo,
  startSubgraph,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { signedClient } from '@dabba/subgraph-kit/src/testing';
import { catalogSubgraph } from './index';

const SECRET = 'catalog-search-contract-secret-32c';

const SEARCH = `query ($input: SearchInput!) {
  search(input: $input) {
    __typename
    ... on SearchError { code message }
    ... on PageTooLarge { maxPageSize }
    ... on InvalidCoordinates { field }
    ... on SearchResults {
      total
      hits {
        cursor
        score
        distanceMeters
        item { id kind storeId name { en vi } price { amount currency } categories }
        store { id kind }
      }
      facets { kinds { value count } prices { currency min max count } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface Hit {
  cursor: string;
  item: { id: string; kind: string; storeId: string; name: { en: string; vi: string | null } };
  store: { id: string } | null;
}
interface SearchData {
  search: {
    __typename: string;
    code?: string;
    maxPageSize?: number;
    field?: string;
    total?: number;
    hits?: Hit[];
    pageInfo?: { hasNextPage: boolean; endCursor: string | null };
  };
}

let subgraph: RunningSubgraph;
let query: ReturnType<typeof signedClient>;

beforeAll(async () => {
  subgraph = await startSubgraph(catalogSubgraph, {
    env: {
      IDENTITY_SECRET: SECRET,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DEMO_PRODUCT_COUNT: '300',
    },
    port: 0,
  });
  await subgraph.seed();
  query = signedClient(subgraph.url, SECRET);
}, 60_000);

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

const search = (input: Record<string, unknown>) => query<SearchData>(SEARCH, { input });

describe('Query.search', () => {
  it('finds the seeded products without diacritics, with their store', async () => {
    const result = await search({ text: 'sua tuoi', first: 5 });
    expect(result.errors).toBeUndefined();
    const { total, hits } = result.data!.search;
    expect(total).toBeGreaterThan(0);
    for (const hit of hits!) {
      expect(hit.item.name.vi?.normalize('NFC')).toMatch(/Sữa tươi/i);
      expect(hit.store?.id).toBe(hit.item.storeId);
    }
  });

  it("finds the demo restaurant's menu items, read from the menu repository", async () => {
    const result = await search({ text: 'pho bo', kinds: ['MENU_ITEM'], first: 5 });
    expect(result.errors).toBeUndefined();
    const hits = result.data!.search.hits!;
    expect(hits[0]).toMatchObject({
      item: { id: 'itm_demo_pho_bo_tai', kind: 'MENU_ITEM', storeId: DEMO_STORE_IDS.phoBac },
      store: { id: DEMO_STORE_IDS.phoBac },
    });
  });

  it('pages with cursors without repeating a hit', async () => {
    const first = (await search({ text: 'sua', first: 3, sort: 'PRICE_ASC' })).data!.search;
    expect(first.pageInfo!.hasNextPage).toBe(true);
    const second = (
      await search({ text: 'sua', first: 3, sort: 'PRICE_ASC', after: first.pageInfo!.endCursor })
    ).data!.search;
    const ids = [...first.hits!, ...second.hits!].map((hit) => hit.item.id);
    expect(new Set(ids).size).toBe(6);
  });

  it.each([
    [{ first: 101 }, 'PageTooLarge', 'PAGE_TOO_LARGE'],
    [{ price: { currency: 'VND', min: 9, max: 1 } }, 'InvalidPriceRange', 'INVALID_PRICE_RANGE'],
    [{ near: { lat: 100, lng: 0 } }, 'InvalidCoordinates', 'INVALID_COORDINATES'],
    [{ sort: 'DISTANCE' }, 'UnsupportedSort', 'UNSUPPORTED_SORT'],
    [{ after: 'nope' }, 'InvalidSearchInput', 'INVALID_SEARCH_INPUT'],
  ])('refuses %j as data', async (input, typename, code) => {
    const result = await search(input);
    expect(result.errors).toBeUndefined();
    expect(result.data!.search).toMatchObject({ __typename: typename, code });
  });

  it('rejects an unknown sort before running', async () => {
    const result = await search({ sort: 'CHEAPEST' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
