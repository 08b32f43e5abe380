/**
 * Coordinates (WGS-84) of a place a column records: a monitoring station, a PPP project's site.
 */
import type { FieldError } from './errors';

/** Coordinates are both given or both empty (one alone cannot be placed on the map). */
export function coordinatesProblem(latitude: unknown, longitude: unknown): FieldError | null {
  const none = (v: unknown) => v === null || v === undefined;
  if (none(latitude) === none(longitude)) return null;
  return { field: none(latitude) ? 'latitude' : 'longitude', rule: 'invalid', message: '经纬度须同时填写' };
}
