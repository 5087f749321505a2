import { distanceMeters, geoPointProblem, type GeoPoint } from './geo';

/**
 * Where a store delivers: within a radius of the store, or inside a zone. A zone is a polygon in
 * the GeoJSON manner: its first ring is the outline, any further rings are holes; each ring is
 * closed (its last point repeats its first) and has at least four points.
 */
export type DeliveryArea =
  { kind: 'RADIUS'; radiusMeters: number } | { kind: 'ZONE'; rings: GeoPoint[][] };

export const MAX_DELIVERY_RADIUS_METERS = 50_000;
export const MAX_ZONE_POINTS = 1_000;

/** Why the area is unusable, or null when it is valid. */
export function deliveryAreaProblem(area: DeliveryArea): string | null {
  if (area.kind === 'RADIUS') {
    return Number.isInteger(area.radiusMeters) &&
      area.radiusMeters >= 1 &&
      area.radiusMeters <= MAX_DELIVERY_RADIUS_METERS
      ? null
      : `radiusMeters must be a whole number from 1 to ${MAX_DELIVERY_RADIUS_METERS}`;
  }
  if (area.rings.length === 0) return 'a zone needs at least its outer ring';
  const points = area.rings.reduce((total, ring) => total + ring.length, 0);
  if (points > MAX_ZONE_POINTS) return `a zone has at most ${MAX_ZONE_POINTS} points`;
  for (const [index, ring] of area.rings.entries()) {
    if (ring.length < 4) return `ring ${index} needs at least 4 points (closed)`;
    const problem = ring.map(geoPointProblem).find((found) => found !== null);
    if (problem) return `ring ${index}: ${problem}`;
    const first = ring[0]!;
    const last = ring.at(-1)!;
    if (first.lat !== last.lat || first.lng !== last.lng) {
      return `ring ${index} must be closed: its last point repeats its first`;
    }
  }
  return null;
}

/** Even-odd ray casting in the lat/lng plane; exact enough for city-sized zones. */
function insideRing(ring: GeoPoint[], point: GeoPoint): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (
      a.lat > point.lat !== b.lat > point.lat &&
      point.lng < ((b.lng - a.lng) * (point.lat - a.lat)) / (b.lat - a.lat) + a.lng
    ) {
      inside = !inside;
    }
  }
  return inside;
}

/** Whether the store delivers to `point`. */
export function deliversTo(
  store: { location: GeoPoint; deliveryArea: DeliveryArea },
  point: GeoPoint,
): boolean {
  const area = store.deliveryArea;
  if (area.kind === 'RADIUS') return distanceMeters(store.location, point) <= area.radiusMeters;
  const [outline, ...holes] = area.rings;
  return insideRing(outline!, point) && !holes.some((hole) => insideRing(hole, point));
}

/** The area a partner described with exactly one of a radius and a zone; null otherwise. */
export function deliveryAreaFrom(input: {
  radiusMeters?: number | null;
  zone?: GeoPoint[][] | null;
}): DeliveryArea | null {
  const hasRadius = input.radiusMeters !== null && input.radiusMeters !== undefined;
  const hasZone = input.zone !== null && input.zone !== undefined;
  if (hasRadius === hasZone) return null;
  return hasRadius
    ? { kind: 'RADIUS', radiusMeters: input.radiusMeters! }
    : {
        kind: 'ZONE',
        rings: input.zone!.map((ring) => ring.map(({ lat, lng }) => ({ lat, lng }))),
      };
}
