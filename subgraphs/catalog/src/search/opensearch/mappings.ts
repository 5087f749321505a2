import { openPeriods, type OpenPeriod } from '../open-periods';
import type { SearchDocument } from '../port';

/**
 * Index settings and mappings. Text is folded like the in-process index (text.ts): lowercase,
 * then ICU folding when the analysis-icu plugin is installed (any script's marks), else ASCII
 * folding (which covers Vietnamese, đ included). A `prefix` sub-field holds edge n-grams for the
 * word being typed; it is searched with the plain folding analyzer so that the query is not
 * itself split into n-grams.
 */
export function indexBody({ icu }: { icu: boolean }) {
  const folded = { type: 'text', analyzer: 'folded' } as const;
  const withPrefix = {
    ...folded,
    fields: { prefix: { type: 'text', analyzer: 'folded_prefix', search_analyzer: 'folded' } },
  };
  return {
    settings: {
      number_of_shards: 1,
      analysis: {
        filter: {
          fold: icu ? { type: 'icu_folding' } : { type: 'asciifolding', preserve_original: false },
          prefix_grams: { type: 'edge_ngram', min_gram: 1, max_gram: 20 },
        },
        analyzer: {
          folded: { type: 'custom', tokenizer: 'standard', filter: ['lowercase', 'fold'] },
          folded_prefix: {
            type: 'custom',
            tokenizer: 'standard',
            filter: ['lowercase', 'fold', 'prefix_grams'],
          },
        },
      },
    },
    mappings: {
      dynamic: 'strict',
      properties: {
        id: { type: 'keyword' },
        kind: { type: 'keyword' },
        storeId: { type: 'keyword' },
        names: { properties: { en: withPrefix, vi: withPrefix } },
        description: { properties: { en: folded, vi: folded } },
        brand: { type: 'keyword', fields: { text: withPrefix } },
        categories: { type: 'keyword' },
        dietaryTags: { type: 'keyword' },
        price: { properties: { amount: { type: 'long' }, currency: { type: 'keyword' } } },
        perishable: { type: 'boolean' },
        expiresOn: { type: 'date', format: 'strict_date' },
        rating: { properties: { average: { type: 'double' }, count: { type: 'integer' } } },
        storeLocation: { type: 'geo_point' },
        storeAlwaysOpen: { type: 'boolean' },
        openPeriods: { type: 'date_range' },
        available: { type: 'boolean' },
        /** The document as the port gives it back; stored, not indexed. */
        source: { type: 'object', enabled: false },
      },
    },
  };
}

/** What OpenSearch indexes for a document: searchable fields plus the document itself. */
export interface IndexedDocument {
  id: string;
  kind: string;
  storeId: string;
  names: { en: string; vi: string | null };
  description: { en: string; vi: string | null } | null;
  brand: string | null;
  categories: string[];
  dietaryTags: string[];
  price: { amount: number; currency: string };
  perishable: boolean;
  expiresOn: string | null;
  rating: { average: number; count: number };
  storeLocation: { lat: number; lon: number };
  storeAlwaysOpen: boolean;
  openPeriods: OpenPeriod[];
  available: boolean;
  source: SearchDocument;
}

/** `now` starts the open periods' horizon (see open-periods.ts): reindex well within it. */
export function toIndexed(document: SearchDocument, now: Date): IndexedDocument {
  return {
    id: document.id,
    kind: document.kind,
    storeId: document.storeId,
    names: document.names,
    description: document.description,
    brand: document.brand,
    categories: document.categories,
    dietaryTags: document.dietaryTags,
    price: document.price,
    perishable: document.perishable,
    expiresOn: document.expiresOn,
    rating: document.rating,
    storeLocation: { lat: document.storeLocation.lat, lon: document.storeLocation.lng },
    storeAlwaysOpen: document.storeHours === null,
    openPeriods: document.storeHours ? openPeriods(document.storeHours, now) : [],
    available: document.available,
    source: document,
  };
}
