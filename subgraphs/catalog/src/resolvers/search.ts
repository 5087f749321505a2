import type {
  QueryResolvers,
  ResolversTypes,
  SearchHitResolvers,
} from '../__generated__/resolvers-types';
import type { SearchHit } from '../search/port';
import { searchCursor, type SearchInputProblem } from '../search/query';
import type { SearchOutcome } from '../services/search-catalog';

/** A refusal as the GraphQL error type of the same name, with its stable code. */
function refusal(problem: SearchInputProblem): ResolversTypes['SearchResult'] {
  switch (problem.kind) {
    case 'PageTooLarge':
      return { __typename: 'PageTooLarge', code: 'PAGE_TOO_LARGE', ...problem };
    case 'InvalidPriceRange':
      return { __typename: 'InvalidPriceRange', code: 'INVALID_PRICE_RANGE', ...problem };
    case 'InvalidCoordinates':
      return { __typename: 'InvalidCoordinates', code: 'INVALID_COORDINATES', ...problem };
    case 'UnsupportedSort':
      return { __typename: 'UnsupportedSort', code: 'UNSUPPORTED_SORT', ...problem };
    case 'InvalidSearchInput':
      return { __typename: 'InvalidSearchInput', code: 'INVALID_SEARCH_INPUT', ...problem };
  }
}

function toGraphQL(outcome: SearchOutcome): ResolversTypes['SearchResult'] {
  if (outcome.kind !== 'SearchResults') return refusal(outcome);
  const hits = outcome.hits.map(({ document, score, distanceMeters, sortKey }: SearchHit) => ({
    cursor: searchCursor(outcome.sort, sortKey),
    score,
    distanceMeters,
    item: {
      ...document,
      name: document.names,
      ratingAverage: document.rating.average,
      ratingCount: document.rating.count,
    },
  }));
  return {
    __typename: 'SearchResults',
    hits,
    total: outcome.total,
    facets: outcome.facets,
    pageInfo: { hasNextPage: outcome.hasNextPage, endCursor: hits.at(-1)?.cursor ?? null },
  };
}

const search: QueryResolvers['search'] = async (_parent, { input }, { services }) =>
  toGraphQL(await services.searchCatalog(input));

const SearchHitStore: SearchHitResolvers = {
  store: (hit, _args, { loaders }) => loaders.storeById.load(hit.item.storeId),
};

/** Thin: the search use case validates and runs; this maps its outcome to the schema. */
export const searchResolvers = { Query: { search }, SearchHit: SearchHitStore };
