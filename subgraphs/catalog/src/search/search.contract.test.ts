/**
 * The relevance suite every SearchIndex adapter passes unchanged: the in-process index always,
 * OpenSearch when OPENSEARCH_URL is set. Queries go through parseSearchInput, as the GraphQL
 * search does.
 */
import { randomBytes } from 'node:crypto';
import {
  FIXTURE_DOCUMENTS,
  FIXTURE_STORES,
  FIXTURE_TODAY,
  HO_CHI_MINH_CITY_CENTRE,
} from './__fixtures__/documents';
import { InProcessSearchIndex } from './in-process';
import { OpenSearchIndex } from './opensearch';
import type { SearchDocument, SearchIndex, SearchResultPage } from './port';
import { parseSearchInput, searchCursor, type SearchInput } from './query';

interface Adapter {
  name: string;
  open(): Promise<SearchIndex & { drop?(): Promise<void> }>;
}

const OPENSEARCH_URL = process.env.OPENSEARCH_URL;
const adapters: Adapter[] = [{ name: 'in-process', open: async () => new InProcessSearchIndex() }];
if (OPENSEARCH_URL) {
  adapters.push({
    name: 'opensearch',
    open: () =>
      OpenSearchIndex.connect({
        url: OPENSEARCH_URL,
        alias: `catalog-search-test-${randomBytes(4).toString('hex')}`,
        refresh: 'wait_for',
      }),
  });
} else {
  console.warn('OPENSEARCH_URL is not set: skipping the OpenSearch relevance suite');
  describe.skip('relevance on opensearch (OPENSEARCH_URL is not set)', () => {
    it('runs the relevance suite against OpenSearch', () => undefined);
  });
}

async function* stream(documents: readonly SearchDocument[]) {
  for (const document of documents) yield document;
}

describe.each(adapters)('relevance on $name', (adapter) => {
  let index: SearchIndex & { drop?(): Promise<void> };

  beforeAll(async () => {
    index = await adapter.open();
    await index.rebuild(stream(FIXTURE_DOCUMENTS));
  });

  afterAll(async () => {
    await index.drop?.();
    await index.close();
  });

  async function search(input: SearchInput, now = FIXTURE_TODAY): Promise<SearchResultPage> {
    const parsed = parseSearchInput(input, now);
    if (!parsed.ok) throw new Error(`refused: ${parsed.problem.message}`);
    return index.search(parsed.query);
  }
  const ids = (page: SearchResultPage) => page.hits.map((hit) => hit.document.id);
  const idsOf = async (input: SearchInput) => ids(await search({ first: 100, ...input }));

  describe('matching', () => {
    it('finds Vietnamese names with or without diacritics', async () => {
      const folded = await idsOf({ text: 'sua tuoi' });
      expect(new Set(folded)).toEqual(new Set(['prd_vinamilk_fresh', 'prd_th_true_milk']));
      expect(await idsOf({ text: 'Sữa tươi' })).toEqual(folded);
      expect(await idsOf({ text: 'SỮA TƯƠI' })).toEqual(folded);
    });

    it('finds "Cà phê" from "ca phe", and "Phở bò" first from "pho bo"', async () => {
      expect(new Set(await idsOf({ text: 'ca phe' }))).toEqual(
        new Set(['prd_ground_coffee', 'itm_ca_phe_sua_da']),
      );
      expect((await idsOf({ text: 'pho bo' }))[0]).toBe('itm_pho_bo');
      expect((await idsOf({ text: 'đậu hũ' }))[0]).toBe('prd_silken_tofu');
    });

    it('completes the word being typed', async () => {
      const hits = await idsOf({ text: 'mil' });
      expect(hits).toEqual(
        expect.arrayContaining(['prd_vinamilk_fresh', 'prd_soy_milk', 'prd_amul_taaza']),
      );
      expect(await idsOf({ text: 'banh m' })).toEqual(
        expect.arrayContaining(['itm_banh_mi_thit', 'itm_banh_mi_chay']),
      );
      // A two-letter last word narrows to names with a word that starts with it.
      expect(await idsOf({ text: 'pho bo' })).not.toContain('itm_pho_ga');
      const chicken = await idsOf({ text: 'pho ga' });
      expect(chicken[0]).toBe('itm_pho_ga');
      expect(chicken).not.toContain('itm_pho_bo');
    });

    it('forgives a typo', async () => {
      expect((await idsOf({ text: 'vinamlik' }))[0]).toBe('prd_vinamilk_fresh');
      expect((await idsOf({ text: 'chedar' }))[0]).toBe('prd_mild_cheddar');
    });

    it('ranks whole-word matches above fuzzy ones', async () => {
      const hits = await idsOf({ text: 'milk' });
      const milk = [
        'prd_vinamilk_fresh',
        'prd_th_true_milk',
        'prd_soy_milk',
        'prd_amul_taaza',
        'itm_ca_phe_sua_da',
      ];
      expect(new Set(hits.slice(0, milk.length))).toEqual(new Set(milk));
      expect(hits.slice(milk.length)).not.toEqual(expect.arrayContaining(milk));
    });

    it('ranks name matches above description matches', async () => {
      expect(await idsOf({ text: 'tofu' })).toEqual(['prd_silken_tofu', 'itm_banh_mi_chay']);
    });

    it('requires every word to match', async () => {
      expect(await idsOf({ text: 'soy coffee' })).toEqual([]);
    });

    it('finds nothing for an unknown word', async () => {
      const page = await search({ text: 'xylophone' });
      expect(page).toMatchObject({ hits: [], total: 0, hasNextPage: false });
    });
  });

  describe('filters', () => {
    it('keeps items carrying every dietary tag asked for', async () => {
      expect(new Set(await idsOf({ dietaryTags: ['VEGAN'], kinds: ['MENU_ITEM'] }))).toEqual(
        new Set(['itm_pho_chay', 'itm_banh_mi_chay']),
      );
    });

    it('keeps prices within an inclusive range of one currency', async () => {
      expect(
        new Set(await idsOf({ price: { currency: 'VND', min: 29_000, max: 35_000 } })),
      ).toEqual(
        new Set([
          'prd_vinamilk_fresh',
          'prd_th_true_milk',
          'itm_ca_phe_sua_da',
          'itm_banh_mi_thit',
          'itm_banh_mi_chay',
        ]),
      );
      expect(await idsOf({ price: { currency: 'INR', max: 3_000 } })).toEqual(['prd_amul_taaza']);
    });

    it('filters by category, store, kind and perishability', async () => {
      expect(new Set(await idsOf({ categories: ['cheese', 'tofu'] }))).toEqual(
        new Set(['prd_mild_cheddar', 'prd_silken_tofu']),
      );
      expect(
        new Set(await idsOf({ storeIds: [FIXTURE_STORES.banhMi.id], text: 'banh mi' })),
      ).toEqual(new Set(['itm_banh_mi_thit', 'itm_banh_mi_chay']));
      expect(await idsOf({ perishable: false, kinds: ['PRODUCT'], text: 'pho' })).toEqual([
        'prd_instant_pho',
      ]);
    });

    it('keeps perishables expiring within N days', async () => {
      expect(new Set(await idsOf({ expiringWithinDays: 1 }))).toEqual(
        new Set(['prd_silken_tofu', 'prd_soy_milk', 'prd_amul_taaza']),
      );
      expect(new Set(await idsOf({ expiringWithinDays: 0 }))).toEqual(new Set(['prd_silken_tofu']));
    });

    it('keeps stores within a distance of the customer', async () => {
      const near = { ...HO_CHI_MINH_CITY_CENTRE, withinMeters: 3_000 };
      const stores = new Set(
        (await search({ near, first: 100 })).hits.map((hit) => hit.document.storeId),
      );
      expect(stores).toEqual(new Set([FIXTURE_STORES.pho.id, FIXTURE_STORES.banhMi.id]));
    });

    it('keeps only stores open at the instant, across midnight in Asia/Ho_Chi_Minh', async () => {
      // 01:30 on Saturday in Ho Chi Minh City: the pho shop's Friday dinner runs until 02:00.
      const lateNight = new Date('2026-05-01T18:30:00.000Z');
      expect(new Set(await idsOf({ openAt: lateNight }))).toEqual(
        new Set(['itm_pho_bo', 'itm_pho_ga', 'itm_pho_chay', 'itm_ca_phe_sua_da']),
      );
      expect(await idsOf({ openAt: new Date('2026-05-01T19:30:00.000Z') })).toEqual([]);
      // 15:00 local: between the pho shop's lunch and dinner.
      const afternoon = await search(
        { openNow: true, first: 100 },
        new Date('2026-05-01T08:00:00.000Z'),
      );
      expect(afternoon.hits.some((hit) => hit.document.storeId === FIXTURE_STORES.pho.id)).toBe(
        false,
      );
      // Everything but the pho shop's five items (one of them unavailable anyway).
      expect(afternoon.total).toBe(FIXTURE_DOCUMENTS.length - 5);
    });

    it('leaves unavailable items out unless asked for', async () => {
      expect(await idsOf({ text: 'dac biet' })).toEqual([]);
      expect(await idsOf({ text: 'dac biet', includeUnavailable: true })).toEqual([
        'itm_pho_dac_biet',
      ]);
    });
  });

  describe('facets', () => {
    it('counts categories, tags, brands, kinds and price buckets over every hit', async () => {
      const page = await search({ text: 'milk', first: 1 });
      expect(page.total).toBe(6);
      expect(page.facets.categories).toEqual([
        { value: 'dairy', count: 4 },
        { value: 'cheese', count: 1 },
        { value: 'dairy-alternatives', count: 1 },
        { value: 'drinks', count: 1 },
      ]);
      expect(page.facets.kinds).toEqual([
        { value: 'PRODUCT', count: 5 },
        { value: 'MENU_ITEM', count: 1 },
      ]);
      expect(page.facets.dietaryTags).toEqual([
        { value: 'VEGETARIAN', count: 6 },
        { value: 'VEGAN', count: 1 },
      ]);
      expect(page.facets.brands.map((brand) => brand.value)).toEqual([
        'Amul',
        'Anchor',
        'Fami',
        'TH true MILK',
        'Vinamilk',
      ]);
      expect(page.facets.prices).toEqual([
        { currency: 'INR', min: 0, max: 10_000, count: 1 },
        { currency: 'VND', min: 0, max: 20_000, count: 1 },
        { currency: 'VND', min: 20_000, max: 50_000, count: 3 },
        { currency: 'VND', min: 100_000, max: 200_000, count: 1 },
      ]);
    });
  });

  describe('sorting', () => {
    const restaurants = { kinds: ['MENU_ITEM' as const], first: 100 };

    it('sorts by distance from the customer', async () => {
      const page = await search({
        ...restaurants,
        near: HO_CHI_MINH_CITY_CENTRE,
        sort: 'DISTANCE',
      });
      const distances = page.hits.map((hit) => hit.distanceMeters!);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(page.hits[0]!.document.storeId).toBe(FIXTURE_STORES.pho.id);
      expect(page.hits.at(-1)!.document.storeId).toBe(FIXTURE_STORES.banhMi.id);
      expect(page.hits.at(-1)!.distanceMeters).toBeGreaterThan(2_500);
      expect(page.hits.at(-1)!.distanceMeters).toBeLessThan(2_800);
    });

    it('sorts by price both ways', async () => {
      const ascending = await idsOf({ ...restaurants, sort: 'PRICE_ASC' });
      expect(ascending).toEqual([
        'itm_ca_phe_sua_da',
        'itm_banh_mi_chay',
        'itm_banh_mi_thit',
        'itm_pho_chay',
        'itm_pho_ga',
        'itm_pho_bo',
      ]);
      expect(await idsOf({ ...restaurants, sort: 'PRICE_DESC' })).toEqual([...ascending].reverse());
    });

    it('sorts by rating, best first', async () => {
      expect(await idsOf({ ...restaurants, sort: 'RATING' })).toEqual([
        'itm_ca_phe_sua_da',
        'itm_pho_bo',
        'itm_banh_mi_thit',
        'itm_pho_ga',
        'itm_banh_mi_chay',
        'itm_pho_chay',
      ]);
    });
  });

  describe('pagination', () => {
    it.each(['RELEVANCE', 'PRICE_ASC', 'RATING', 'DISTANCE'] as const)(
      'walks every hit once with cursors, sorted by %s',
      async (sort) => {
        const input: SearchInput = {
          text: sort === 'RELEVANCE' ? 'pho' : undefined,
          sort,
          near: HO_CHI_MINH_CITY_CENTRE,
        };
        const all = await idsOf(input);
        expect(all.length).toBeGreaterThan(4);
        const walked: string[] = [];
        let after: string | undefined;
        for (;;) {
          const page = await search({ ...input, first: 3, ...(after ? { after } : {}) });
          walked.push(...ids(page));
          if (!page.hasNextPage) break;
          after = searchCursor(sort, page.hits.at(-1)!.sortKey);
        }
        expect(walked).toEqual(all);
      },
    );

    it('pages by offset', async () => {
      const all = await idsOf({ sort: 'PRICE_ASC' });
      const second = await search({ sort: 'PRICE_ASC', first: 4, offset: 4 });
      expect(ids(second)).toEqual(all.slice(4, 8));
      expect(second.total).toBe(all.length);
      expect(second.hasNextPage).toBe(true);
    });
  });

  describe('writes', () => {
    const extra: SearchDocument = {
      ...FIXTURE_DOCUMENTS.find((document) => document.id === 'itm_banh_mi_thit')!,
      id: 'itm_banh_mi_op_la',
      names: { en: 'Fried egg banh mi', vi: 'Bánh mì ốp la' },
    };

    it('upserts, replaces and removes documents', async () => {
      const before = await index.count();
      await index.upsert([extra]);
      expect(await idsOf({ text: 'op la' })).toEqual(['itm_banh_mi_op_la']);
      await index.upsert([{ ...extra, names: { en: 'Omelette banh mi', vi: 'Bánh mì trứng' } }]);
      expect(await idsOf({ text: 'op la' })).toEqual([]);
      expect(await idsOf({ text: 'banh mi trung' })).toEqual(['itm_banh_mi_op_la']);
      expect(await index.count()).toBe(before + 1);
      await index.remove([extra.id, 'itm_unknown']);
      expect(await index.count()).toBe(before);
    });

    it("replaces a store's documents", async () => {
      const { banhMi } = FIXTURE_STORES;
      const thit = FIXTURE_DOCUMENTS.find((document) => document.id === 'itm_banh_mi_thit')!;
      await index.replaceStore(banhMi.id, [
        extra,
        { ...thit, price: { amount: 40_000, currency: 'VND' } },
      ]);
      const page = await search({ storeIds: [banhMi.id], sort: 'PRICE_ASC' });
      expect(ids(page)).toEqual(['itm_banh_mi_op_la', 'itm_banh_mi_thit']);
      expect(page.hits[1]!.document.price.amount).toBe(40_000);
      await index.rebuild(stream(FIXTURE_DOCUMENTS));
      expect(await index.count()).toBe(FIXTURE_DOCUMENTS.length);
      expect(new Set(await idsOf({ storeIds: [banhMi.id] }))).toEqual(
        new Set(['itm_banh_mi_thit', 'itm_banh_mi_chay']),
      );
    });
  });
});
