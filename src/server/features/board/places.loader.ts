import { z } from 'zod';
import type { Db } from '#server/db/client.js';
import { readDataFile, reloadWhenChanged } from '#server/reference-data.js';
import { replacePlaces } from './places.repository.js';

export const PLACES_FILE = 'places/us-cities.json';
const PLACES_VERSION_KEY = 'board-places-version';

const PlacesFileSchema = z.object({
  source: z.string(),
  places: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      state: z.string().regex(/^[A-Z]{2}$/),
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
    }),
  ),
});

/** The shipped place list's source note, for the API to show beside it. */
export function readPlacesSource(): string {
  return PlacesFileSchema.parse(JSON.parse(readDataFile(PLACES_FILE))).source;
}

/** Loads data/places/us-cities.json into board_places when the file changed since the last start. */
export async function ensurePlacesLoaded(db: Db): Promise<{ loaded: boolean; places: number }> {
  const raw = readDataFile(PLACES_FILE);
  const outcome = await reloadWhenChanged(db, PLACES_VERSION_KEY, [raw], async (tx) => {
    const { places } = PlacesFileSchema.parse(JSON.parse(raw));
    await replacePlaces(tx, places);
    return places.length;
  });
  return outcome.loaded ? { loaded: true, places: outcome.result } : { loaded: false, places: 0 };
}
