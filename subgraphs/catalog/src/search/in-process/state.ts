import MiniSearch, { type SearchOptions } from 'minisearch';
import type { SearchDocument } from '../port';
import { foldedTerms } from '../text';

/** The fields MiniSearch indexes, each folded (see text.ts) at indexing and at query time. */
const TEXT_FIELDS = ['nameEn', 'nameVi', 'brand', 'categories', 'descriptionEn', 'descriptionVi'];

function extractField(document: SearchDocument, field: string): string {
  switch (field) {
    case 'id':
      return document.id;
    case 'nameEn':
      return document.names.en;
    case 'nameVi':
      return document.names.vi ?? '';
    case 'brand':
      return document.brand ?? '';
    case 'categories':
      return document.categories.join(' ');
    case 'descriptionEn':
      return document.description?.en ?? '';
    case 'descriptionVi':
      return document.description?.vi ?? '';
    default:
      return '';
  }
}

/**
 * Text matching, tuned on 50,000 SKUs (pnpm bench:catalog): every word must match (AND), exactly,
 * by prefix for the word being typed (the last), or within a small edit distance for words of 4
 * letters or more (1 edit up to 7 letters, 2 from 8: "vinamlik" finds "vinamilk"). Exact matches
 * weigh 1, prefix matches at most 0.5 and fuzzy ones at most 0.3; names weigh three times a
 * description.
 */
export const TEXT_SEARCH_OPTIONS: SearchOptions = {
  boost: { nameEn: 3, nameVi: 3, brand: 2, categories: 1.5, descriptionEn: 1, descriptionVi: 1 },
  prefix: (_term, index, terms) => index === terms.length - 1,
  fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
  maxFuzzy: 2,
  weights: { fuzzy: 0.3, prefix: 0.5 },
  combineWith: 'AND',
};

/** Document ids by the value of one structured field, for cheap candidate sets. */
class Postings {
  private readonly sets = new Map<string, Set<string>>();

  add(value: string, id: string): void {
    let set = this.sets.get(value);
    if (!set) this.sets.set(value, (set = new Set()));
    set.add(id);
  }

  delete(value: string, id: string): void {
    const set = this.sets.get(value);
    if (!set) return;
    set.delete(id);
    if (set.size === 0) this.sets.delete(value);
  }

  get(value: string): ReadonlySet<string> {
    return this.sets.get(value) ?? EMPTY;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** One complete index: the text index, the documents and the structured postings. */
export class IndexState {
  readonly text = new MiniSearch<SearchDocument>({
    fields: TEXT_FIELDS,
    storeFields: [],
    extractField,
    tokenize: foldedTerms,
    processTerm: (term) => term,
    searchOptions: TEXT_SEARCH_OPTIONS,
  });
  readonly documents = new Map<string, SearchDocument>();
  readonly byStore = new Postings();
  readonly byKind = new Postings();
  readonly byCategory = new Postings();
  readonly byTag = new Postings();

  upsert(document: SearchDocument): void {
    this.remove(document.id);
    this.documents.set(document.id, document);
    this.text.add(document);
    this.byStore.add(document.storeId, document.id);
    this.byKind.add(document.kind, document.id);
    for (const category of document.categories) this.byCategory.add(category, document.id);
    for (const tag of document.dietaryTags) this.byTag.add(tag, document.id);
  }

  remove(id: string): void {
    const document = this.documents.get(id);
    if (!document) return;
    this.documents.delete(id);
    this.text.discard(id);
    this.byStore.delete(document.storeId, id);
    this.byKind.delete(document.kind, id);
    for (const category of document.categories) this.byCategory.delete(category, id);
    for (const tag of document.dietaryTags) this.byTag.delete(tag, id);
  }

  idsOfStore(storeId: string): string[] {
    return [...this.byStore.get(storeId)];
  }
}
