// Distances on the Earth for "within 25 km of ...": the haversine formula (the same one the SQL
// uses) and a latitude/longitude box around a point that an ordinary index can answer, so the
// exact distance is computed only for the few rows inside it.

/** Mean Earth radius (IUGG), the radius both this module and the SQL use. */
export const EARTH_RADIUS_KM = 6371.0088;
/** The international mile. */
export const KM_PER_MILE = 1.609344;

export interface LatLon {
  lat: number;
  lon: number;
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  /** One range, or two when the box crosses the 180th meridian; [-180, 180] near a pole. */
  lonRanges: [number, number][];
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;

/** Great-circle distance in kilometres. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The smallest latitude/longitude box holding every point within `km` of `center`
 * (J. P. Matuschek's method), widened by a hair so rounding never drops a point on the edge.
 */
export function boundingBox(center: LatLon, km: number): BoundingBox {
  const angular = km / EARTH_RADIUS_KM;
  const margin = 1e-9 + angular * 1e-6;
  const lat = toRadians(center.lat);
  const minLat = toDegrees(lat - angular - margin);
  const maxLat = toDegrees(lat + angular + margin);
  if (minLat <= -90 || maxLat >= 90) {
    // The circle holds a pole: every longitude is in reach.
    return { minLat: Math.max(-90, minLat), maxLat: Math.min(90, maxLat), lonRanges: [[-180, 180]] };
  }
  const ratio = Math.sin(angular) / Math.cos(lat);
  if (ratio >= 1) return { minLat, maxLat, lonRanges: [[-180, 180]] };
  const dLon = toDegrees(Math.asin(ratio) + margin);
  const minLon = center.lon - dLon;
  const maxLon = center.lon + dLon;
  if (dLon >= 180) return { minLat, maxLat, lonRanges: [[-180, 180]] };
  if (minLon < -180)
    return {
      minLat,
      maxLat,
      lonRanges: [
        [minLon + 360, 180],
        [-180, maxLon],
      ],
    };
  if (maxLon > 180)
    return {
      minLat,
      maxLat,
      lonRanges: [
        [minLon, 180],
        [-180, maxLon - 360],
      ],
    };
  return { minLat, maxLat, lonRanges: [[minLon, maxLon]] };
}

/** The point `km` away from `start` along `bearingDegrees` (0 = north); used by tests and data generators. */
export function destinationPoint(start: LatLon, bearingDegrees: number, km: number): LatLon {
  const angular = km / EARTH_RADIUS_KM;
  const bearing = toRadians(bearingDegrees);
  const lat1 = toRadians(start.lat);
  const lon1 = toRadians(start.lon);
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
  const lon2 =
    lon1 +
    Math.atan2(
      Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
      Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2),
    );
  const lon = ((toDegrees(lon2) + 540) % 360) - 180;
  return { lat: toDegrees(lat2), lon };
}

export type ParsedPoint = { ok: true; point: LatLon } | { ok: false; message: string } | null;

/**
 * Reads "lat,lon" (decimal degrees, e.g. "39.74,-104.99"). Returns null when the text is not
 * shaped like a coordinate pair (it may be a place name), or a message when it is but a value is
 * out of range.
 */
export function parseLatLon(text: string): ParsedPoint {
  const match = /^\s*([-+]?\d{1,3}(?:\.\d+)?)\s*,\s*([-+]?\d{1,3}(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return null;
  const lat = Number(match[1]);
  const lon = Number(match[2]);
  if (!(lat >= -90 && lat <= 90)) return { ok: false, message: 'latitude must be between -90 and 90' };
  if (!(lon >= -180 && lon <= 180)) return { ok: false, message: 'longitude must be between -180 and 180' };
  return { ok: true, point: { lat, lon } };
}
