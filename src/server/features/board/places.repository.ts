import { asc, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client.js';
import { boardPlaces } from '#server/db/schema/board.js';

export interface PlaceRecord {
  id: string;
  name: string;
  state: string;
  lat: number;
  lon: number;
}

const placeColumns = {
  id: boardPlaces.id,
  name: boardPlaces.name,
  state: boardPlaces.state,
  lat: boardPlaces.lat,
  lon: boardPlaces.lon,
};

export async function listPlaces(db: DbOrTx): Promise<PlaceRecord[]> {
  return db.select(placeColumns).from(boardPlaces).orderBy(asc(boardPlaces.name), asc(boardPlaces.state));
}

/** Upserts the list and removes places no longer in it (safe when two processes load at once). */
export async function replacePlaces(db: DbOrTx, places: PlaceRecord[]): Promise<void> {
  if (places.length === 0) {
    await db.delete(boardPlaces);
    return;
  }
  await db
    .insert(boardPlaces)
    .values(places)
    .onConflictDoUpdate({
      target: boardPlaces.id,
      set: { name: sql`excluded.name`, state: sql`excluded.state`, lat: sql`excluded.lat`, lon: sql`excluded.lon` },
    });
  await db.delete(boardPlaces).where(
    notInArray(
      boardPlaces.id,
      places.map((p) => p.id),
    ),
  );
}
