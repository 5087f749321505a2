import { countFacets } from '../facets';
import type {
  SearchDocument,
  SearchHit,
  SearchIndex,
  SearchQuery,
  SearchResultPage,
} from '../port';
import { firstInOrder, sortKeyOf } from '../sort-keys';
import { matcherFor } from './matcher';
import { IndexState } from './state';

type Change = (state: IndexState) => void;

/**
 * The embedded search engine: MiniSearch for text, plain maps and sets for the structured
 * filters, in this process's memory. It does not survive a restart: the subgraph rebuilds it
 * from MongoDB at startup. Every replica holds its own copy, so it suits one process (the
 * embedded default); several replicas use OpenSearch.
 */
export class InProcessSearchIndex implements SearchIndex {
  private state = new IndexState();
  /** Changes made while a rebuild runs, replayed onto the new state before it is swapped in. */
  private journal: Change[] | null = null;

  private apply(change: Change): void {
    change(this.state);
    this.journal?.push(change);
  }

  upsert(documents: readonly SearchDocument[]): Promise<void> {
    for (const document of documents) this.apply((state) => state.upsert(document));
    return Promise.resolve();
  }

  remove(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.apply((state) => state.remove(id));
    return Promise.resolve();
  }

  replaceStore(storeId: string, documents: readonly SearchDocument[]): Promise<void> {
    this.apply((state) => {
      const keep = new Set(documents.map((document) => document.id));
      for (const id of state.idsOfStore(storeId)) if (!keep.has(id)) state.remove(id);
      for (const document of documents) state.upsert(document);
    });
    return Promise.resolve();
  }

  count(): Promise<number> {
    return Promise.resolve(this.state.documents.size);
  }

  search(query: SearchQuery): Promise<SearchResultPage> {
    return Promise.resolve(this.searchNow(query));
  }

  /** Synchronous: the whole search runs in one turn of the event loop. */
  searchNow(query: SearchQuery): SearchResultPage {
    const state = this.state;
    const matcher = matcherFor(state, query);
    const matches: { document: SearchDocument; score: number }[] = [];
    if (query.text) {
      const verdicts = new Map<string, boolean>();
      const keep = (id: string): number => {
        let verdict = verdicts.get(id);
        if (verdict === undefined) {
          const document = state.documents.get(id);
          verdict =
            !!document &&
            (!matcher.candidates || matcher.candidates.has(id)) &&
            matcher.accepts(document);
          verdicts.set(id, verdict);
        }
        return verdict ? 1 : 0;
      };
      for (const result of state.text.search(query.text, { boostDocument: keep })) {
        matches.push({ document: state.documents.get(result.id as string)!, score: result.score });
      }
    } else {
      const ids = matcher.candidates ?? state.documents.keys();
      for (const id of ids) {
        const document = state.documents.get(id)!;
        if (matcher.accepts(document)) matches.push({ document, score: 0 });
      }
    }

    const { size } = query.page;
    const offset = 'offset' in query.page ? query.page.offset : 0;
    const after = 'after' in query.page ? query.page.after : undefined;
    const ranked = matches.map(({ document, score }) => {
      const distanceMeters = matcher.distanceOf(document);
      return {
        document,
        score,
        distanceMeters,
        sortKey: sortKeyOf(query.sort, document, score, distanceMeters),
      };
    });
    const window: SearchHit[] = firstInOrder(ranked, offset + size + 1, after).slice(offset);
    return {
      hits: window.slice(0, size),
      total: matches.length,
      hasNextPage: window.length > size,
      facets: countFacets(matches.map((match) => match.document)),
    };
  }

  async rebuild(documents: AsyncIterable<SearchDocument>): Promise<{ indexed: number }> {
    if (this.journal) throw new Error('a rebuild of the search index is already running');
    const fresh = new IndexState();
    this.journal = [];
    try {
      for await (const document of documents) fresh.upsert(document);
      for (const change of this.journal) change(fresh);
      this.state = fresh;
      return { indexed: fresh.documents.size };
    } finally {
      this.journal = null;
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
