import { minorUnitDigits } from '@dabba/subgraph-kit';
import type { FacetCount, PriceBucketCount } from './port';

/** Facet values returned per facet, most frequent first. */
export const FACET_SIZE = 20;

/**
 * Price bucket boundaries in minor units, per currency, chosen for what a meal or a grocery
 * item costs there. Other currencies get DEFAULT_MAJOR_BOUNDS in major units.
 */
const PRICE_BOUNDS: Record<string, number[]> = {
  VND: [20_000, 50_000, 100_000, 200_000],
  INR: [10_000, 25_000, 50_000, 100_000],
  USD: [500, 1_000, 2_000, 5_000],
};
const DEFAULT_MAJOR_BOUNDS = [5, 10, 20, 50];

export function priceBounds(currency: string): number[] {
  return (
    PRICE_BOUNDS[currency] ??
    DEFAULT_MAJOR_BOUNDS.map((bound) => bound * 10 ** minorUnitDigits(currency))
  );
}

/** The currencies with their own price bounds, which the OpenSearch adapter aggregates. */
export const BUCKETED_CURRENCIES = Object.keys(PRICE_BOUNDS);

/** The buckets of one currency: [0, b1), [b1, b2), …, [bn, ∞). */
export function priceBuckets(currency: string): { min: number; max: number | null }[] {
  const bounds = priceBounds(currency);
  return [0, ...bounds].map((min, index) => ({ min, max: bounds[index] ?? null }));
}

/** Most frequent first, ties by value, at most FACET_SIZE. */
export function topCounts(counts: Map<string, number>): FacetCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, FACET_SIZE);
}

/** Non-empty buckets, by currency then price. */
export function orderPriceBuckets(buckets: PriceBucketCount[]): PriceBucketCount[] {
  return buckets
    .filter((bucket) => bucket.count > 0)
    .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : a.min - b.min));
}
