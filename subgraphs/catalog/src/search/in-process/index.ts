import type { SearchDocument, SearchIndex, SearchQuery, SearchResultPage } from '../port';
import { foldedTerms } from '../text';
import { matcherFor } from './matcher';
import { countFacets, firstSlots, keyOf, sortComponents } from './ranking';
import { IndexState } from './state';

type Change = (state: IndexState) => void;

/** The longest last word that is matched as a name prefix rather than expanded in the index. */
const SHORT_PREFIX_MAX = 2;

/**
 * Splits off a short last word (one or two letters, still being typed). As a prefix it would
 * expand to hundreds of indexed words ("bo": bo, bot, bong, bottle…) whose postings all get
 * scored, for a few units of weight; the other words' hits are kept only when a word of their
 * name starts with it instead.
 */
function splitShortPrefix(text: string): { text: string; prefix: string | null } {
  const terms = foldedTerms(text);
  const last = terms.at(-1);
  if (terms.length > 1 && last && last.length <= SHORT_PREFIX_MAX) {
    return { text: terms.slice(0, -1).join(' '), prefix: last };
  }
  return { text, prefix: null };
}

/**
 * The embedded search engine: MiniSearch for text, columns and posting sets for the structured
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
    return Promise.resolve(this.state.columns.size);
  }

  search(query: SearchQuery): Promise<SearchResultPage> {
    return Promise.resolve(this.searchNow(query));
  }

  /** Synchronous: the whole search runs in one turn of the event loop. */
  searchNow(query: SearchQuery): SearchResultPage {
    const { columns, text } = this.state;
    const matcher = matcherFor(this.state, query);
    const capacity = columns.documents.length;
    const scores = new Float64Array(query.text ? capacity : 0);
    const matches: number[] = [];
    if (query.text) {
      const { candidates, accepts } = matcher;
      // 0: not decided yet, 1: kept, 2: filtered out; each slot is tested once per query.
      const verdicts = new Uint8Array(capacity);
      const keep = (slot: number): number => {
        if (!verdicts[slot]) {
          verdicts[slot] = (!candidates || candidates.has(slot)) && accepts(slot) ? 1 : 2;
        }
        return verdicts[slot] === 1 ? 1 : 0;
      };
      const { text: words, prefix } = splitShortPrefix(query.text);
      for (const result of text.search(words, { boostDocument: keep })) {
        const slot = result.id as number;
        if (prefix && !columns.foldedNames[slot]!.includes(` ${prefix}`)) continue;
        scores[slot] = result.score;
        matches.push(slot);
      }
    } else {
      const { candidates, accepts } = matcher;
      if (candidates) {
        for (const slot of candidates) if (accepts(slot)) matches.push(slot);
      } else {
        for (const slot of columns.slotOf.values()) if (accepts(slot)) matches.push(slot);
      }
    }

    const { size } = query.page;
    const offset = 'offset' in query.page ? query.page.offset : 0;
    const after = 'after' in query.page ? query.page.after : undefined;
    const components = sortComponents(query.sort, columns, scores, matcher.storeDistances);
    const window = firstSlots(matches, components, offset + size + 1, after).slice(offset);
    return {
      hits: window.slice(0, size).map((slot) => ({
        document: columns.documents[slot]!,
        score: query.text ? scores[slot]! : 0,
        distanceMeters: query.origin ? matcher.storeDistances[columns.store[slot]!]! : null,
        sortKey: keyOf(components, slot),
      })),
      total: matches.length,
      hasNextPage: window.length > size,
      facets: countFacets(columns, matches),
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
      return { indexed: fresh.columns.size };
    } finally {
      this.journal = null;
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
