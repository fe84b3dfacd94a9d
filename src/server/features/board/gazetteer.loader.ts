import { buildGazetteer, type Gazetteer } from '#domain/board/gazetteer.js';
import { readDataFile } from '#server/reference-data.js';

export const GAZETTEER_FILES = { zips: 'places/us-zips.tsv', places: 'places/us-places.tsv' } as const;
export const GAZETTEER_SOURCE =
  'U.S. Census Bureau, 2021 Gazetteer Files (ZIP Code Tabulation Areas), public domain; place names from the post ' +
  "office's ZIP code list. See data/places/README.md.";

let cached: Gazetteer | null = null;

/**
 * The US gazetteer, read from data/places and indexed on first use (about 2 MB of text, 42,000 ZIP codes and
 * 30,000 places): a process that never searches by place never pays for it.
 */
export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer(readDataFile(GAZETTEER_FILES.zips), readDataFile(GAZETTEER_FILES.places));
  return cached;
}
