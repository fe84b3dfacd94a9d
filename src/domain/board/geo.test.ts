import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundingBox, destinationPoint, haversineKm, parseLatLon } from './geo.js';

const lat = fc.double({ min: -89.9, max: 89.9, noNaN: true });
const lon = fc.double({ min: -180, max: 180, noNaN: true });

function isInside(box: ReturnType<typeof boundingBox>, point: { lat: number; lon: number }): boolean {
  return (
    point.lat >= box.minLat &&
    point.lat <= box.maxLat &&
    box.lonRanges.some(([min, max]) => point.lon >= min && point.lon <= max)
  );
}

describe('haversineKm', () => {
  it('measures known distances', () => {
    // Denver to Boulder is about 39 km; New York to Los Angeles about 3,940 km.
    expect(haversineKm({ lat: 39.7392, lon: -104.9903 }, { lat: 40.015, lon: -105.2705 })).toBeCloseTo(38.8, 0);
    expect(haversineKm({ lat: 40.7128, lon: -74.006 }, { lat: 34.0522, lon: -118.2437 })).toBeGreaterThan(3900);
    expect(haversineKm({ lat: 10, lon: 20 }, { lat: 10, lon: 20 })).toBe(0);
  });

  it('agrees with the point it was walked to', () => {
    fc.assert(
      fc.property(
        lat,
        lon,
        fc.double({ min: 0, max: 360, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (la, lo, bearing, km) => {
          const end = destinationPoint({ lat: la, lon: lo }, bearing, km);
          expect(haversineKm({ lat: la, lon: lo }, end)).toBeCloseTo(km, 3);
        },
      ),
    );
  });
});

describe('boundingBox', () => {
  it('holds every point within the distance, at any place on Earth (poles and the 180th meridian too)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -90, max: 90, noNaN: true }),
        lon,
        fc.double({ min: 0, max: 360, noNaN: true }),
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (la, lo, bearing, km, fraction) => {
          const center = { lat: la, lon: lo };
          const point = destinationPoint(center, bearing, km * fraction);
          expect(isInside(boundingBox(center, km), point)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is tight away from the poles: about 2 x km on each side', () => {
    const box = boundingBox({ lat: 39.74, lon: -104.99 }, 25);
    expect(box.maxLat - box.minLat).toBeCloseTo((50 / 6371.0088) * (180 / Math.PI), 3);
    expect(box.lonRanges).toHaveLength(1);
  });

  it('splits at the 180th meridian', () => {
    const box = boundingBox({ lat: -17.7, lon: 179.9 }, 50);
    expect(box.lonRanges).toHaveLength(2);
    expect(isInside(box, { lat: -17.7, lon: -179.9 })).toBe(true);
  });
});

describe('parseLatLon', () => {
  it('reads coordinate pairs and refuses out-of-range values', () => {
    expect(parseLatLon('39.74,-104.99')).toEqual({ ok: true, point: { lat: 39.74, lon: -104.99 } });
    expect(parseLatLon(' 39.74 , -104.99 ')).toEqual({ ok: true, point: { lat: 39.74, lon: -104.99 } });
    expect(parseLatLon('91,0')).toEqual({ ok: false, message: 'latitude must be between -90 and 90' });
    expect(parseLatLon('0,180.5')).toEqual({ ok: false, message: 'longitude must be between -180 and 180' });
    expect(parseLatLon('Denver')).toBeNull();
    expect(parseLatLon('1,2,3')).toBeNull();
  });
});
