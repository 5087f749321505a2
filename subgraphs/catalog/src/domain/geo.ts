import { greatCircleDistance, latLngToCell } from 'h3-js';

/** A WGS 84 position in decimal degrees. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

/** The H3 resolutions a store is indexed at: ~5 km² (7), ~0.7 km² (8) and ~0.1 km² (9) cells. */
export const STORE_H3_RESOLUTIONS = [7, 8, 9] as const;
export type StoreH3Resolution = (typeof STORE_H3_RESOLUTIONS)[number];

/** The cells containing a point, by resolution, for candidate search. */
export type H3Cells = Record<`r${StoreH3Resolution}`, string>;

/** Why a point is unusable, or null when it is a valid position. */
export function geoPointProblem(point: GeoPoint): string | null {
  if (!Number.isFinite(point.lat) || point.lat < -90 || point.lat > 90) {
    return 'lat must be between -90 and 90';
  }
  if (!Number.isFinite(point.lng) || point.lng < -180 || point.lng > 180) {
    return 'lng must be between -180 and 180';
  }
  return null;
}

export function h3CellsOf(point: GeoPoint): H3Cells {
  return {
    r7: latLngToCell(point.lat, point.lng, 7),
    r8: latLngToCell(point.lat, point.lng, 8),
    r9: latLngToCell(point.lat, point.lng, 9),
  };
}

/** Great-circle distance in metres. */
export function distanceMeters(from: GeoPoint, to: GeoPoint): number {
  return greatCircleDistance([from.lat, from.lng], [to.lat, to.lng], 'm');
}
