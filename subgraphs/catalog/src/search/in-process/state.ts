import MiniSearch, { type SearchOptions } from 'minisearch';
import type { SearchDocument } from '../port';
import { foldText, foldedTerms } from '../text';
import { DocumentColumns } from './columns';

interface Entry {
  slot: number;
  document: SearchDocument;
}

/**
 * Category slugs are not searched as text: they repeat the names' words (`dairy/milk`) and would
 * double the postings of the commonest words; categories are filters and facets.
 */
const TEXT_FIELDS = ['names', 'brand', 'description'];

function extractField({ slot, document }: Entry, field: string): string | number {
  switch (field) {
    case 'slot':
      return slot;
    case 'names':
      return `${document.names.en} ${document.names.vi ?? ''}`;
    case 'brand':
      return document.brand ?? '';
    case 'description':
      return document.description
        ? `${document.description.en} ${document.description.vi ?? ''}`
        : '';
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
  boost: { names: 3, brand: 2, description: 1 },
  prefix: (_term, index, terms) => index === terms.length - 1,
  fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
  maxFuzzy: 2,
  weights: { fuzzy: 0.3, prefix: 0.5 },
  combineWith: 'AND',
};

/** Slots by the code of one structured field, for cheap candidate sets. */
export class Postings {
  private readonly sets: Set<number>[] = [];

  add(code: number, slot: number): void {
    (this.sets[code] ??= new Set()).add(slot);
  }

  delete(code: number, slot: number): void {
    this.sets[code]?.delete(slot);
  }

  get(code: number): ReadonlySet<number> {
    return (code >= 0 && this.sets[code]) || EMPTY;
  }
}

const EMPTY: ReadonlySet<number> = new Set();

/** One complete index: the text index over slots, the columns and the structured postings. */
export class IndexState {
  readonly text = new MiniSearch<Entry>({
    idField: 'slot',
    fields: TEXT_FIELDS,
    storeFields: [],
    extractField,
    tokenize: foldedTerms,
    processTerm: (term) => term,
    searchOptions: TEXT_SEARCH_OPTIONS,
  });
  readonly columns = new DocumentColumns();
  readonly byStore = new Postings();
  readonly byKind = new Postings();
  readonly byCategory = new Postings();
  readonly byTag = new Postings();

  upsert(document: SearchDocument): void {
    this.remove(document.id);
    const columns = this.columns;
    const slot = columns.add(
      document,
      ` ${foldText(`${document.names.en} ${document.names.vi ?? ''}`)}`,
    );
    this.text.add({ slot, document });
    this.byStore.add(columns.store[slot]!, slot);
    this.byKind.add(columns.kind[slot]!, slot);
    for (const code of columns.categoryCodes[slot]!) this.byCategory.add(code, slot);
    for (const code of columns.tagCodes[slot]!) this.byTag.add(code, slot);
  }

  remove(id: string): void {
    const columns = this.columns;
    const slot = columns.delete(id);
    if (slot === undefined) return;
    this.text.discard(slot);
    this.byStore.delete(columns.store[slot]!, slot);
    this.byKind.delete(columns.kind[slot]!, slot);
    for (const code of columns.categoryCodes[slot]!) this.byCategory.delete(code, slot);
    for (const code of columns.tagCodes[slot]!) this.byTag.delete(code, slot);
  }

  idsOfStore(storeId: string): string[] {
    const slots = this.byStore.get(this.columns.storeCodes.find(storeId));
    return [...slots].map((slot) => this.columns.documents[slot]!.id);
  }
}
