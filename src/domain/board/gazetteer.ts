import { jurisdictionCode, jurisdictionName } from '#contracts/jurisdictions.js';
import type { LatLon } from './geo.js';

/*
 * The US gazetteer behind the board's "near" search: every ZIP code area and every "City, ST" (see
 * data/places/README.md). Built once from the two shipped tab-separated files into maps; resolving a text is then
 * a map look-up, and suggesting is a scan of one sorted array.
 */

export interface GazetteerPlace {
  name: string;
  state: string;
  lat: number;
  lon: number;
  /** How many ZIP codes the place has: a stand-in for its size when suggesting. */
  zips: number;
}

export interface GazetteerZip {
  zip: string;
  lat: number;
  lon: number;
  /** The post office's name for the ZIP code's place ("" when none is known). */
  city: string;
  state: string;
}

export interface Gazetteer {
  zips: ReadonlyMap<string, GazetteerZip>;
  /** "springfield|IL" -> the place. */
  places: ReadonlyMap<string, GazetteerPlace>;
  /** "springfield" -> every state's Springfield, largest first. */
  byName: ReadonlyMap<string, readonly GazetteerPlace[]>;
  /** Every place with its name key, in key order then size: suggestions scan it by prefix. */
  sorted: readonly { key: string; place: GazetteerPlace }[];
}

export type ResolvedPlace = { ok: true; point: LatLon; label: string } | { ok: false; message: string };

function rows(tsv: string): string[][] {
  return tsv
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}

/** "St. Louis" and "st louis", "Saint Paul" and "St Paul" meet on one key. */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[.']/g, '')
    .replace(/\bsaint\b/g, 'st')
    .replace(/\s+/g, ' ')
    .trim();
}

export function buildGazetteer(zipsTsv: string, placesTsv: string): Gazetteer {
  const zips = new Map<string, GazetteerZip>();
  for (const [zip, lat, lon, city, state] of rows(zipsTsv)) {
    if (zip) zips.set(zip, { zip, lat: Number(lat), lon: Number(lon), city: city ?? '', state: state ?? '' });
  }
  const places = new Map<string, GazetteerPlace>();
  const byName = new Map<string, GazetteerPlace[]>();
  for (const [name, state, lat, lon, count] of rows(placesTsv)) {
    if (!name || !state) continue;
    const place = { name, state, lat: Number(lat), lon: Number(lon), zips: Number(count) || 1 };
    places.set(`${nameKey(name)}|${state}`, place);
    const same = byName.get(nameKey(name)) ?? [];
    same.push(place);
    byName.set(nameKey(name), same);
  }
  for (const same of byName.values()) same.sort((a, b) => b.zips - a.zips || a.state.localeCompare(b.state));
  const sorted = [...places.values()]
    .map((place) => ({ key: nameKey(place.name), place }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.place.zips - a.place.zips));
  return { zips, places, byName, sorted };
}

/** A city name alone means the largest place of that name when it has this many times the ZIP codes of the next. */
const DOMINANT_FACTOR = 10;

const placeLabel = (p: { name: string; state: string }) => `${p.name}, ${p.state}`;

/** "IL", "Illinois" or "US-IL" -> "IL"; other two-letter postal codes (PR, GU) as they are. */
function stateAbbreviation(text: string): string | null {
  const code = jurisdictionCode(text);
  if (code) return code.slice(3);
  return /^[A-Za-z]{2}$/.test(text.trim()) ? text.trim().toUpperCase() : null;
}

function stateName(abbreviation: string): string {
  return jurisdictionName(`US-${abbreviation}`) ?? abbreviation;
}

/**
 * Reads a ZIP code ("19107" or "19107-1234"), "City, ST" ("Springfield, IL", "Springfield, Illinois") or a city
 * name alone when one state has it, or one place of that name is far larger than the others. Messages are written for the person typing, never for a developer.
 */
export function resolvePlace(gazetteer: Gazetteer, text: string): ResolvedPlace {
  const trimmed = text.trim();
  const zipMatch = /^(\d{5})(?:-\d{4})?$/.exec(trimmed);
  if (zipMatch?.[1]) {
    const zip = gazetteer.zips.get(zipMatch[1]);
    if (!zip) {
      return { ok: false, message: `No US ZIP code ${zipMatch[1]} is known. Check the number, or type a city.` };
    }
    const where = zip.city && zip.state ? ` (${zip.city}, ${zip.state})` : '';
    return { ok: true, point: { lat: zip.lat, lon: zip.lon }, label: `${zip.zip}${where}` };
  }
  if (/^\d+$/.test(trimmed)) {
    return { ok: false, message: 'A US ZIP code has five digits, such as 19107.' };
  }
  const comma = trimmed.lastIndexOf(',');
  const name = comma === -1 ? trimmed : trimmed.slice(0, comma).trim();
  const stateText = comma === -1 ? '' : trimmed.slice(comma + 1).trim();
  if (!name) return { ok: false, message: 'Type a city before the state, such as “Springfield, IL”.' };
  if (stateText) {
    const state = stateAbbreviation(stateText);
    if (!state) {
      return { ok: false, message: `“${stateText}” is not a US state. Use its name or two letters, such as IL.` };
    }
    const place = gazetteer.places.get(`${nameKey(name)}|${state}`);
    if (!place) {
      const elsewhere = (gazetteer.byName.get(nameKey(name)) ?? []).slice(0, 3).map(placeLabel);
      const hint =
        elsewhere.length > 0 ? ` Did you mean ${elsewhere.join(' or ')}?` : ' Check the spelling, or use the ZIP code.';
      return { ok: false, message: `We don't know a place called ${name} in ${stateName(state)}.${hint}` };
    }
    return { ok: true, point: { lat: place.lat, lon: place.lon }, label: placeLabel(place) };
  }
  const same = gazetteer.byName.get(nameKey(name)) ?? [];
  const [only] = same;
  if (!only) {
    return {
      ok: false,
      message: `We don't know a US place called “${name}”. Check the spelling, add the state (“Springfield, IL”), or use a ZIP code.`,
    };
  }
  // "Denver" means Denver, CO (69 ZIP codes against 1 elsewhere); "Portland" (OR 59, ME 9) stays a question.
  const runnerUp = same[1];
  if (runnerUp && only.zips < DOMINANT_FACTOR * runnerUp.zips) {
    const examples = same.slice(0, 3).map(placeLabel);
    return {
      ok: false,
      message: `${same.length} states have a place called ${only.name}: add the state, such as ${examples.join(', ')}.`,
    };
  }
  return { ok: true, point: { lat: only.lat, lon: only.lon }, label: placeLabel(only) };
}

/** Up to `limit` labels that start with what was typed: ZIP codes for digits, else places (largest first). */
export function suggestPlaces(gazetteer: Gazetteer, text: string, limit = 8): string[] {
  const typed = text.trim();
  if (typed.length < 2) return [];
  if (/^\d+$/.test(typed)) {
    const out: string[] = [];
    for (const zip of gazetteer.zips.values()) {
      if (!zip.zip.startsWith(typed)) continue;
      out.push(zip.city && zip.state ? `${zip.zip} (${zip.city}, ${zip.state})` : zip.zip);
      if (out.length === limit) break;
    }
    return out;
  }
  const comma = typed.lastIndexOf(',');
  const prefix = nameKey(comma === -1 ? typed : typed.slice(0, comma));
  const state =
    comma === -1
      ? null
      : typed
          .slice(comma + 1)
          .trim()
          .toUpperCase();
  const matches: GazetteerPlace[] = [];
  // Binary search to the first name at or after the prefix, then walk while names still start with it.
  let low = 0;
  let high = gazetteer.sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const entry = gazetteer.sorted[mid];
    if (entry && entry.key < prefix) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < gazetteer.sorted.length; i++) {
    const entry = gazetteer.sorted[i];
    if (!entry?.key.startsWith(prefix)) break;
    if (state && !entry.place.state.startsWith(state)) continue;
    matches.push(entry.place);
  }
  return matches
    .sort((a, b) => b.zips - a.zips || a.name.localeCompare(b.name, 'en'))
    .slice(0, limit)
    .map(placeLabel);
}
