import type { DeletedCounts, ResilienceExport } from '#contracts/checkin.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import { writeCsv } from '#server/lib/csv.js';
import type { PersonalDataSection } from '#server/personal-data.js';
import { toCheckin } from './checkins.service.js';
import * as repo from './resilience.repository.js';

async function collectAll(db: DbOrTx, userId: string): Promise<Omit<ResilienceExport, 'exportedAt'>> {
  return {
    settings: await repo.findSettings(db, userId),
    checkins: (await repo.listCheckins(db, userId)).map(toCheckin),
    selfCare: await repo.listSelfCareDays(db, userId),
    journal: (await repo.listJournalEntries(db, userId)).reverse(),
    shares: await repo.listShares(db, userId),
  };
}

export async function exportAll(db: DbOrTx, userId: string): Promise<ResilienceExport> {
  return { exportedAt: new Date().toISOString(), ...(await collectAll(db, userId)) };
}

/** The resilience part of the account-wide personal data export. */
export const resiliencePersonalData: PersonalDataSection = {
  name: 'resilience',
  collect: (db, userId) => collectAll(db, userId),
};

export async function exportCsv(
  db: DbOrTx,
  userId: string,
  dataset: 'checkins' | 'selfcare' | 'journal',
): Promise<string> {
  if (dataset === 'selfcare') {
    const days = await repo.listSelfCareDays(db, userId);
    return writeCsv(
      [
        'date',
        'sleep_hours',
        'activity_minutes',
        'meals_rating',
        'breaks_taken',
        'boundaries',
        'support_contact',
        'mood',
      ],
      days.map((d) => [
        d.date,
        d.sleepHours,
        d.activityMinutes,
        d.mealsRating,
        d.breaksTaken,
        d.boundaries,
        d.supportContact,
        d.mood,
      ]),
    );
  }
  if (dataset === 'journal') {
    const entries = (await repo.listJournalEntries(db, userId)).reverse();
    return writeCsv(
      ['id', 'date', 'tag', 'text', 'created_at', 'updated_at'],
      entries.map((e) => [e.id, e.date, e.tag, e.text, e.createdAt, e.updatedAt]),
    );
  }
  const checkins = await repo.listCheckins(db, userId);
  // Wide: one row per check-in; columns for every subscale and item any of the person's instruments had.
  const subscaleIds = [...new Set(checkins.flatMap((c) => c.scores.map((s) => s.id)))];
  const itemIds = [...new Set(checkins.flatMap((c) => Object.keys(c.answers)))];
  return writeCsv(
    [
      'id',
      'date',
      'instrument_id',
      ...subscaleIds.flatMap((s) => [`${s}_score`, `${s}_band`]),
      ...itemIds.map((i) => `answer_${i}`),
    ],
    checkins.map((c) => [
      c.id,
      c.date,
      c.instrumentId,
      ...subscaleIds.flatMap((id) => {
        const s = c.scores.find((x) => x.id === id);
        return [s?.score, s?.band];
      }),
      ...itemIds.map((i) => c.answers[i]),
    ]),
  );
}

export async function deleteAll(db: Db, userId: string): Promise<DeletedCounts> {
  return db.transaction((tx) => repo.deleteAllForUser(tx, userId));
}
