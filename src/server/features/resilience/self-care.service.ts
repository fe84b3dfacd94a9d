import type { SelfCareDay, SelfCareFields } from '#contracts/checkin.js';
import type { DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import * as repo from './resilience.repository.js';
import { assertNotFuture } from './resilience-validation.js';

const SELF_CARE_FIELDS = [
  'sleepHours',
  'activityMinutes',
  'mealsRating',
  'breaksTaken',
  'boundaries',
  'supportContact',
  'mood',
] as const;

/** Replaces the day's log; a field left out is cleared. A day needs at least one field. */
export async function putSelfCareDay(
  db: DbOrTx,
  userId: string,
  date: string,
  body: SelfCareFields,
  now: Date,
): Promise<SelfCareDay> {
  assertNotFuture(date, 'params.date', now);
  const fields = {
    sleepHours: body.sleepHours ?? null,
    activityMinutes: body.activityMinutes ?? null,
    mealsRating: body.mealsRating ?? null,
    breaksTaken: body.breaksTaken ?? null,
    boundaries: body.boundaries ?? null,
    supportContact: body.supportContact ?? null,
    mood: body.mood ?? null,
  };
  if (SELF_CARE_FIELDS.every((f) => fields[f] === null)) {
    throw new AppError('BAD_REQUEST', 'Fill in at least one field to log a day (or delete the day).', [
      { path: 'body', message: 'must have at least one field' },
    ]);
  }
  return repo.upsertSelfCareDay(db, userId, date, fields);
}

export async function listSelfCare(
  db: DbOrTx,
  userId: string,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<{ items: SelfCareDay[] }> {
  return { items: await repo.listSelfCareDays(db, userId, range) };
}

export async function getSelfCareDay(db: DbOrTx, userId: string, date: string): Promise<SelfCareDay> {
  const day = await repo.findSelfCareDay(db, userId, date);
  if (!day) throw new AppError('NOT_FOUND', `Nothing logged for ${date}.`);
  return day;
}

export async function deleteSelfCareDay(db: DbOrTx, userId: string, date: string): Promise<void> {
  if (!(await repo.deleteSelfCareDay(db, userId, date))) {
    throw new AppError('NOT_FOUND', `Nothing logged for ${date}.`);
  }
}
