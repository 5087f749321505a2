import { BUCKETED_CURRENCIES, FACET_SIZE, priceBounds } from '../facets';
import type { SearchQuery } from '../port';
import { foldedTerms } from '../text';

/** Field boosts, as in the in-process index: names three times a description; no categories. */
const TEXT_FIELDS = [
  'names.en^3',
  'names.vi^3',
  'brand.text^2',
  'description.en',
  'description.vi',
];
const PREFIX_FIELDS = ['names.en.prefix^3', 'names.vi.prefix^3', 'brand.text.prefix^2'];

/**
 * Every word must match some field (AND), each word scoring its best of: an exact match
 * (weight 1), a fuzzy one (0.3; AUTO:4,8 allows 1 edit from 4 letters and 2 from 8, like the
 * in-process index) and, for the last word, a prefix match (0.5).
 */
export function textQuery(text: string) {
  const terms = foldedTerms(text);
  return {
    bool: {
      must: terms.map((term, index) => ({
        dis_max: {
          queries: [
            { multi_match: { query: term, fields: TEXT_FIELDS } },
            {
              multi_match: {
                query: term,
                fields: TEXT_FIELDS,
                fuzziness: 'AUTO:4,8',
                prefix_length: 1,
                boost: 0.3,
              },
            },
            ...(index === terms.length - 1
              ? [{ multi_match: { query: term, fields: PREFIX_FIELDS, boost: 0.5 } }]
              : []),
          ],
        },
      })),
    },
  };
}

export function filterClauses(query: SearchQuery): Record<string, unknown>[] {
  const { filters } = query;
  const clauses: Record<string, unknown>[] = [];
  if (!filters.includeUnavailable) clauses.push({ term: { available: true } });
  if (filters.kinds) clauses.push({ terms: { kind: filters.kinds } });
  if (filters.storeIds) clauses.push({ terms: { storeId: filters.storeIds } });
  if (filters.categories) clauses.push({ terms: { categories: filters.categories } });
  for (const tag of filters.dietaryTags ?? []) clauses.push({ term: { dietaryTags: tag } });
  if (filters.price) {
    const { currency, min, max } = filters.price;
    clauses.push({ term: { 'price.currency': currency } });
    if (min !== undefined || max !== undefined) {
      clauses.push({
        range: {
          'price.amount': {
            ...(min !== undefined ? { gte: min } : {}),
            ...(max !== undefined ? { lte: max } : {}),
          },
        },
      });
    }
  }
  if (filters.perishable !== undefined) clauses.push({ term: { perishable: filters.perishable } });
  if (filters.expiresBetween) {
    clauses.push({
      range: { expiresOn: { gte: filters.expiresBetween.from, lte: filters.expiresBetween.to } },
    });
  }
  if (filters.openAt) {
    clauses.push({
      bool: {
        should: [
          { term: { storeAlwaysOpen: true } },
          { term: { openPeriods: filters.openAt.toISOString() } },
        ],
        minimum_should_match: 1,
      },
    });
  }
  if (filters.withinMeters !== undefined && query.origin) {
    clauses.push({
      geo_distance: {
        distance: `${filters.withinMeters}m`,
        distance_type: 'arc',
        storeLocation: { lat: query.origin.lat, lon: query.origin.lng },
      },
    });
  }
  return clauses;
}

export function sortClauses(query: SearchQuery): Record<string, unknown>[] {
  const byId = { id: 'asc' };
  switch (query.sort) {
    case 'RELEVANCE':
      return [{ _score: 'desc' }, byId];
    case 'DISTANCE':
      return [
        {
          _geo_distance: {
            storeLocation: { lat: query.origin!.lat, lon: query.origin!.lng },
            order: 'asc',
            unit: 'm',
            distance_type: 'arc',
          },
        },
        byId,
      ];
    case 'RATING':
      return [{ 'rating.average': 'desc' }, { 'rating.count': 'desc' }, byId];
    case 'PRICE_ASC':
      return [{ 'price.currency': 'asc' }, { 'price.amount': 'asc' }, byId];
    case 'PRICE_DESC':
      return [{ 'price.currency': 'asc' }, { 'price.amount': 'desc' }, byId];
  }
}

const terms = (field: string) => ({
  terms: { field, size: FACET_SIZE, order: [{ _count: 'desc' }, { _key: 'asc' }] },
});

/** Price buckets per currency (see facets.ts): one filtered range aggregation each. */
export function priceAggregationCurrencies(query: SearchQuery): string[] {
  const currencies = new Set(BUCKETED_CURRENCIES);
  if (query.filters.price) currencies.add(query.filters.price.currency);
  return [...currencies].sort();
}

export function aggregations(query: SearchQuery) {
  const prices = Object.fromEntries(
    priceAggregationCurrencies(query).map((currency) => {
      const bounds = priceBounds(currency);
      const ranges = [0, ...bounds].map((from, index) =>
        index < bounds.length ? { from, to: bounds[index] } : { from },
      );
      return [
        `price_${currency}`,
        {
          filter: { term: { 'price.currency': currency } },
          aggs: { buckets: { range: { field: 'price.amount', ranges } } },
        },
      ];
    }),
  );
  return {
    categories: terms('categories'),
    dietaryTags: terms('dietaryTags'),
    brands: terms('brand'),
    kinds: terms('kind'),
    ...prices,
  };
}

/** The whole search request body for one page (one extra hit tells whether another follows). */
export function searchBody(query: SearchQuery) {
  const { page } = query;
  const filter = filterClauses(query);
  return {
    query: query.text ? { bool: { must: [textQuery(query.text)], filter } } : { bool: { filter } },
    sort: sortClauses(query),
    size: page.size + 1,
    ...('offset' in page ? { from: page.offset } : {}),
    ...('after' in page && page.after ? { search_after: page.after } : {}),
    track_total_hits: true,
    track_scores: Boolean(query.text),
    aggs: aggregations(query),
  };
}
