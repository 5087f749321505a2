import type { Money } from '@dabba/subgraph-kit';
import type { StoreKind } from '../domain/store';
import type { OpeningHours } from '../domain/opening-hours';
import type { LocalizedText } from '../domain/localized-text';

/** What a search hit is: a grocery product or a restaurant's menu item. */
export const SEARCH_KINDS = ['PRODUCT', 'MENU_ITEM'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export type { LocalizedText };

export interface GeoPoint {
  lat: number;
  lng: number;
}

/**
 * One searchable thing, denormalised with what search needs of its store (kind, location,
 * opening hours), so that a query never joins. The projection rebuilds it from the current
 * product or menu item and its store.
 */
export interface SearchDocument {
  /** The product's or menu item's id. */
  id: string;
  kind: SearchKind;
  storeId: string;
  storeKind: StoreKind;
  names: LocalizedText;
  description: LocalizedText | null;
  brand: string | null;
  /** Category slugs, e.g. `dairy`, `noodle-soup`. */
  categories: string[];
  /** Dietary tags, e.g. `VEGETARIAN`, `HALAL`. */
  dietaryTags: string[];
  price: Money;
  perishable: boolean;
  /** ISO date (YYYY-MM-DD) of the earliest expiry on the shelf, null when not perishable. */
  expiresOn: string | null;
  /** Customers' rating; `{ average: 0, count: 0 }` until the item or its store is reviewed. */
  rating: { average: number; count: number };
  storeLocation: GeoPoint;
  /** The store's opening hours, for "open now"; null means always open. */
  storeHours: OpeningHours | null;
  /** Whether it can be ordered now (in stock, on the menu today). */
  available: boolean;
}

export const SEARCH_SORTS = ['RELEVANCE', 'DISTANCE', 'RATING', 'PRICE_ASC', 'PRICE_DESC'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** A validated query (see query.ts): every field is already within its limits. */
export interface SearchQuery {
  /** Free text; empty or absent browses by the filters alone. */
  text?: string;
  /** Where the customer is: gives each hit its distance, and is required by DISTANCE and withinMeters. */
  origin?: GeoPoint;
  filters: SearchFilters;
  sort: SearchSort;
  page: SearchPageRequest;
}

export interface SearchFilters {
  kinds?: SearchKind[];
  storeIds?: string[];
  /** Any of these categories. */
  categories?: string[];
  /** All of these dietary tags. */
  dietaryTags?: string[];
  /** Inclusive bounds in minor units; only prices in this currency match. */
  price?: { currency: string; min?: number; max?: number };
  perishable?: boolean;
  /** Only perishables whose expiry date falls in this inclusive range of ISO dates. */
  expiresBetween?: { from: string; to: string };
  /** Only items of stores open at this instant. */
  openAt?: Date;
  /** Only stores within this many metres of the query's origin. */
  withinMeters?: number;
  /** Unavailable items are left out unless this is true. */
  includeUnavailable?: boolean;
}

/** Either after a cursor (keyset) or at an offset; `size` is at most MAX_SEARCH_PAGE_SIZE. */
export type SearchPageRequest =
  { size: number; after?: SortKey } | { size: number; offset: number };

/**
 * The position of a hit in its sort order, also the cursor's content: the sort value(s) then
 * the id, which breaks ties so that pages never repeat or skip a hit.
 */
export type SortKey = (string | number)[];

export interface SearchHit {
  document: SearchDocument;
  /** Text relevance; 0 without text. Only comparable within one result. */
  score: number;
  /** Great-circle metres from the query's origin to the store, null without an origin. */
  distanceMeters: number | null;
  sortKey: SortKey;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface PriceBucketCount {
  currency: string;
  /** Inclusive, minor units. */
  min: number;
  /** Exclusive, minor units; null for the last, open-ended bucket. */
  max: number | null;
  count: number;
}

/** Counts over every hit of the query (all pages), most frequent first. */
export interface SearchFacets {
  categories: FacetCount[];
  dietaryTags: FacetCount[];
  brands: FacetCount[];
  kinds: FacetCount[];
  prices: PriceBucketCount[];
}

export interface SearchResultPage {
  hits: SearchHit[];
  /** Hits over all pages. */
  total: number;
  hasNextPage: boolean;
  facets: SearchFacets;
}

/**
 * The search engine behind catalog search: an in-process MiniSearch index by default, OpenSearch
 * when OPENSEARCH_URL is set. Both pass the same relevance suite (search.contract.test.ts).
 */
export interface SearchIndex {
  /** Adds or replaces these documents, by id. */
  upsert(documents: readonly SearchDocument[]): Promise<void>;
  /** Removes these ids; unknown ids are ignored. */
  remove(ids: readonly string[]): Promise<void>;
  /** Makes `documents` the whole content of this store: the rest of its documents go. */
  replaceStore(storeId: string, documents: readonly SearchDocument[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResultPage>;
  /** Documents in the index. */
  count(): Promise<number>;
  /**
   * Builds a fresh index from `documents` and swaps it in at once: searches see the old
   * content until the new one is complete, never a half-built index.
   */
  rebuild(documents: AsyncIterable<SearchDocument>): Promise<{ indexed: number }>;
  close(): Promise<void>;
}
