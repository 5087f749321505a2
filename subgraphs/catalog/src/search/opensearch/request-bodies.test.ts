import { indexBody, toIndexed } from './mappings';
import { searchBody } from './query-dsl';
import { FIXTURE_DOCUMENTS } from '../__fixtures__/documents';
import type { SearchQuery } from '../port';

describe('OpenSearch index body', () => {
  it('folds with ICU when the plugin is there, else ASCII folding, behind lowercase', () => {
    const icu = indexBody({ icu: true }).settings.analysis;
    expect(icu.filter.fold).toEqual({ type: 'icu_folding' });
    expect(icu.analyzer.folded.filter).toEqual(['lowercase', 'fold']);
    expect(indexBody({ icu: false }).settings.analysis.filter.fold).toEqual({
      type: 'asciifolding',
      preserve_original: false,
    });
  });

  it('maps names with an edge n-gram prefix field searched without n-grams', () => {
    const { properties } = indexBody({ icu: false }).mappings;
    expect(properties.names.properties.vi.fields.prefix).toEqual({
      type: 'text',
      analyzer: 'folded_prefix',
      search_analyzer: 'folded',
    });
    expect(properties.storeLocation).toEqual({ type: 'geo_point' });
    expect(properties.openPeriods).toEqual({ type: 'date_range' });
  });

  it('indexes a document with lon for geo_point, its open periods and itself', () => {
    const document = FIXTURE_DOCUMENTS[0]!;
    const indexed = toIndexed(document, new Date('2026-05-01T00:00:00.000Z'));
    expect(indexed.storeLocation).toEqual({ lat: 10.803, lon: 106.74 });
    expect(indexed.storeAlwaysOpen).toBe(false);
    expect(indexed.openPeriods[1]).toEqual({
      gte: '2026-05-01T00:00:00.000Z',
      lt: '2026-05-01T15:00:00.000Z',
    });
    expect(indexed.source).toBe(document);
  });
});

describe('OpenSearch search body', () => {
  const base: SearchQuery = { filters: {}, sort: 'RELEVANCE', page: { size: 10 } };

  it('requires every folded word, exact, fuzzy or (last word) by prefix', () => {
    const body = searchBody({ ...base, text: 'Sữa tươ' });
    const must = (body.query.bool as unknown as { must: [{ bool: { must: unknown[] } }] }).must[0]
      .bool.must;
    expect(must).toHaveLength(2);
    expect(must[0]).toEqual({
      dis_max: {
        queries: [
          { multi_match: { query: 'sua', fields: expect.arrayContaining(['names.vi^3']) } },
          {
            multi_match: {
              query: 'sua',
              fields: expect.any(Array),
              fuzziness: 'AUTO:4,8',
              prefix_length: 1,
              boost: 0.3,
            },
          },
        ],
      },
    });
    expect(must[1]).toMatchObject({
      dis_max: {
        queries: [
          {},
          {},
          { multi_match: { query: 'tuo', fields: expect.arrayContaining(['names.vi.prefix^3']) } },
        ],
      },
    });
    expect(body).toMatchObject({ size: 11, track_total_hits: true, track_scores: true });
  });

  it('turns every filter into a filter clause', () => {
    const body = searchBody({
      ...base,
      origin: { lat: 10.77, lng: 106.7 },
      filters: {
        kinds: ['PRODUCT'],
        dietaryTags: ['VEGAN', 'HALAL'],
        price: { currency: 'VND', min: 1_000, max: 9_000 },
        expiresBetween: { from: '2026-05-01', to: '2026-05-03' },
        openAt: new Date('2026-05-01T18:30:00.000Z'),
        withinMeters: 2_000,
      },
    });
    expect((body.query.bool as { filter: unknown[] }).filter).toEqual([
      { term: { available: true } },
      { terms: { kind: ['PRODUCT'] } },
      { term: { dietaryTags: 'VEGAN' } },
      { term: { dietaryTags: 'HALAL' } },
      { term: { 'price.currency': 'VND' } },
      { range: { 'price.amount': { gte: 1_000, lte: 9_000 } } },
      { range: { expiresOn: { gte: '2026-05-01', lte: '2026-05-03' } } },
      {
        bool: {
          should: [
            { term: { storeAlwaysOpen: true } },
            { term: { openPeriods: '2026-05-01T18:30:00.000Z' } },
          ],
          minimum_should_match: 1,
        },
      },
      {
        geo_distance: {
          distance: '2000m',
          distance_type: 'arc',
          storeLocation: { lat: 10.77, lon: 106.7 },
        },
      },
    ]);
  });

  it('sorts with the id as tie-breaker and pages with search_after or from', () => {
    const byDistance = searchBody({
      ...base,
      origin: { lat: 1, lng: 2 },
      sort: 'DISTANCE',
      page: { size: 5, after: [120.5, 'itm_1'] },
    });
    expect(byDistance.sort).toEqual([
      {
        _geo_distance: {
          storeLocation: { lat: 1, lon: 2 },
          order: 'asc',
          unit: 'm',
          distance_type: 'arc',
        },
      },
      { id: 'asc' },
    ]);
    expect(byDistance.search_after).toEqual([120.5, 'itm_1']);
    const byPrice = searchBody({ ...base, sort: 'PRICE_DESC', page: { size: 5, offset: 40 } });
    expect(byPrice.sort).toEqual([
      { 'price.currency': 'asc' },
      { 'price.amount': 'desc' },
      { id: 'asc' },
    ]);
    expect(byPrice).toMatchObject({ from: 40, size: 6 });
  });

  it('aggregates facets, with price ranges per currency', () => {
    const { aggs } = searchBody(base) as { aggs: Record<string, unknown> };
    expect(aggs.categories).toEqual({
      terms: { field: 'categories', size: 20, order: [{ _count: 'desc' }, { _key: 'asc' }] },
    });
    expect(aggs.price_VND).toEqual({
      filter: { term: { 'price.currency': 'VND' } },
      aggs: {
        buckets: {
          range: {
            field: 'price.amount',
            ranges: [
              { from: 0, to: 20_000 },
              { from: 20_000, to: 50_000 },
              { from: 50_000, to: 100_000 },
              { from: 100_000, to: 200_000 },
              { from: 200_000 },
            ],
          },
        },
      },
    });
  });
});
