import { decodeCursor, encodeCursor, isCurrency, minorUnitDigits } from '@dabba/subgraph-kit';
import { z } from 'zod';
import type { GeoPoint, SearchFilters, SearchKind, SearchQuery, SearchSort, SortKey } from './port';

export const MAX_SEARCH_PAGE_SIZE = 100;
export const DEFAULT_SEARCH_PAGE_SIZE = 20;
/** Deepest offset served: beyond it clients page with cursors. */
export const MAX_SEARCH_OFFSET = 10_000;
export const MAX_TEXT_LENGTH = 200;
export const MAX_RADIUS_METERS = 50_000;
export const MAX_EXPIRY_WINDOW_DAYS = 365;
/** Longest list accepted by a list filter (store ids, categories, tags). */
export const MAX_FILTER_VALUES = 100;

/** A search as a client asks for it (the GraphQL SearchInput). */
export interface SearchInput {
  text?: string | null;
  kinds?: readonly SearchKind[] | null;
  storeIds?: readonly string[] | null;
  categories?: readonly string[] | null;
  dietaryTags?: readonly string[] | null;
  price?: { currency: string; min?: number | null; max?: number | null } | null;
  perishable?: boolean | null;
  expiringWithinDays?: number | null;
  /** Only stores open at the time of the request. */
  openNow?: boolean | null;
  /** Only stores open at this instant (overrides openNow). */
  openAt?: Date | null;
  near?: { lat: number; lng: number; withinMeters?: number | null } | null;
  includeUnavailable?: boolean | null;
  sort?: SearchSort | null;
  first?: number | null;
  after?: string | null;
  offset?: number | null;
}

/** Why a search was refused; GraphQL returns it as data (see schema.graphql). */
export type SearchInputProblem =
  | { kind: 'PageTooLarge'; maxPageSize: number; message: string }
  | { kind: 'InvalidPriceRange'; message: string }
  | { kind: 'InvalidCoordinates'; field: string; message: string }
  | { kind: 'UnsupportedSort'; sort: SearchSort; message: string }
  | { kind: 'InvalidSearchInput'; field: string; message: string };

export type SearchQueryValidation =
  { ok: true; query: SearchQuery } | { ok: false; problem: SearchInputProblem };

const cursorSchema = z.object({
  s: z.enum(['RELEVANCE', 'DISTANCE', 'RATING', 'PRICE_ASC', 'PRICE_DESC']),
  k: z
    .array(z.union([z.string(), z.number()]))
    .min(1)
    .max(4),
});

export function searchCursor(sort: SearchSort, key: SortKey): string {
  return encodeCursor({ s: sort, k: key });
}

class Refusal extends Error {
  constructor(readonly problem: SearchInputProblem) {
    super(problem.message);
  }
}

const invalid = (field: string, message: string) =>
  new Refusal({ kind: 'InvalidSearchInput', field, message });

function list(field: string, values: readonly string[] | null | undefined): string[] | undefined {
  if (!values || values.length === 0) return undefined;
  if (values.length > MAX_FILTER_VALUES) {
    throw invalid(field, `${field} takes at most ${MAX_FILTER_VALUES} values`);
  }
  return [...new Set(values)];
}

function priceFilter(price: NonNullable<SearchInput['price']>): SearchFilters['price'] {
  const refuse = (message: string) => new Refusal({ kind: 'InvalidPriceRange', message });
  if (!isCurrency(price.currency)) throw refuse(`${price.currency} is not an ISO 4217 currency`);
  const bounds: { min?: number; max?: number } = {};
  for (const bound of ['min', 'max'] as const) {
    const value = price[bound];
    if (value === null || value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 0) {
      throw refuse(
        `${bound} must be a non-negative whole amount in minor units (${price.currency} has ${minorUnitDigits(price.currency)} decimals)`,
      );
    }
    bounds[bound] = value;
  }
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
    throw refuse('min must not exceed max');
  }
  return { currency: price.currency, ...bounds };
}

function origin(near: NonNullable<SearchInput['near']>): GeoPoint {
  const refuse = (field: string, message: string) =>
    new Refusal({ kind: 'InvalidCoordinates', field, message });
  if (!Number.isFinite(near.lat) || near.lat < -90 || near.lat > 90) {
    throw refuse('near.lat', 'lat must be between -90 and 90');
  }
  if (!Number.isFinite(near.lng) || near.lng < -180 || near.lng > 180) {
    throw refuse('near.lng', 'lng must be between -180 and 180');
  }
  return { lat: near.lat, lng: near.lng };
}

/** ISO date `days` after the UTC date of `now`. */
function isoDateAfter(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function filtersOf(input: SearchInput, now: Date): SearchFilters {
  const filters: SearchFilters = {};
  const kinds = list('kinds', input.kinds);
  if (kinds) filters.kinds = kinds as SearchKind[];
  const storeIds = list('storeIds', input.storeIds);
  if (storeIds) filters.storeIds = storeIds;
  const categories = list('categories', input.categories);
  if (categories) filters.categories = categories;
  const dietaryTags = list('dietaryTags', input.dietaryTags);
  if (dietaryTags) filters.dietaryTags = dietaryTags;
  if (input.price) filters.price = priceFilter(input.price);
  if (typeof input.perishable === 'boolean') filters.perishable = input.perishable;
  const days = input.expiringWithinDays;
  if (days !== null && days !== undefined) {
    if (!Number.isInteger(days) || days < 0 || days > MAX_EXPIRY_WINDOW_DAYS) {
      throw invalid(
        'expiringWithinDays',
        `expiringWithinDays must be 0 to ${MAX_EXPIRY_WINDOW_DAYS}`,
      );
    }
    filters.expiresBetween = { from: isoDateAfter(now, 0), to: isoDateAfter(now, days) };
  }
  if (input.openAt) filters.openAt = input.openAt;
  else if (input.openNow) filters.openAt = now;
  const radius = input.near?.withinMeters;
  if (radius !== null && radius !== undefined) {
    if (!Number.isFinite(radius) || radius <= 0 || radius > MAX_RADIUS_METERS) {
      throw new Refusal({
        kind: 'InvalidCoordinates',
        field: 'near.withinMeters',
        message: `withinMeters must be more than 0 and at most ${MAX_RADIUS_METERS}`,
      });
    }
    filters.withinMeters = radius;
  }
  if (input.includeUnavailable) filters.includeUnavailable = true;
  return filters;
}

function pageOf(input: SearchInput, sort: SearchSort): SearchQuery['page'] {
  const size = input.first ?? DEFAULT_SEARCH_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_SEARCH_PAGE_SIZE) {
    throw new Refusal({
      kind: 'PageTooLarge',
      maxPageSize: MAX_SEARCH_PAGE_SIZE,
      message: `first must be between 1 and ${MAX_SEARCH_PAGE_SIZE}`,
    });
  }
  const offset = input.offset;
  if (offset !== null && offset !== undefined) {
    if (input.after) throw invalid('offset', 'give either after or offset, not both');
    if (!Number.isInteger(offset) || offset < 0 || offset + size > MAX_SEARCH_OFFSET) {
      throw invalid(
        'offset',
        `offset + first must be at most ${MAX_SEARCH_OFFSET}; page further with after`,
      );
    }
    return { size, offset };
  }
  if (!input.after) return { size };
  let cursor;
  try {
    cursor = decodeCursor(input.after, cursorSchema);
  } catch {
    throw invalid('after', 'after is not a cursor of this search');
  }
  if (cursor.s !== sort) throw invalid('after', `after is a cursor of a ${cursor.s} search`);
  return { size, after: cursor.k };
}

/**
 * Validates a client's search and turns it into the query the index runs. `now` fixes "open now"
 * and the expiry window. Refuses, as data, what the client can correct.
 */
export function parseSearchInput(input: SearchInput, now: Date): SearchQueryValidation {
  try {
    const text = input.text?.trim() ?? '';
    if (text.length > MAX_TEXT_LENGTH) {
      throw invalid('text', `text must be at most ${MAX_TEXT_LENGTH} characters`);
    }
    const point = input.near ? origin(input.near) : undefined;
    const sort = input.sort ?? (text ? 'RELEVANCE' : point ? 'DISTANCE' : 'RELEVANCE');
    if (sort === 'DISTANCE' && !point) {
      throw new Refusal({
        kind: 'UnsupportedSort',
        sort,
        message: 'sorting by DISTANCE needs near',
      });
    }
    const query: SearchQuery = {
      filters: filtersOf(input, now),
      sort,
      page: pageOf(input, sort),
    };
    if (text) query.text = text;
    if (point) query.origin = point;
    return { ok: true, query };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}
