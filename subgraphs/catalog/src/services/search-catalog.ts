import { parseSearchInput, type SearchInput, type SearchInputProblem } from '../search/query';
import type { SearchIndex, SearchResultPage, SearchSort } from '../search/port';

export type SearchOutcome =
  ({ kind: 'SearchResults'; sort: SearchSort } & SearchResultPage) | SearchInputProblem;

/** Validates a search and runs it on the index; refusals come back as data. */
export type SearchCatalog = (input: SearchInput) => Promise<SearchOutcome>;

export function makeSearchCatalog(
  index: SearchIndex,
  clock: () => Date = () => new Date(),
): SearchCatalog {
  return async (input) => {
    const parsed = parseSearchInput(input, clock());
    if (!parsed.ok) return parsed.problem;
    const page = await index.search(parsed.query);
    return { kind: 'SearchResults', sort: parsed.query.sort, ...page };
  };
}
