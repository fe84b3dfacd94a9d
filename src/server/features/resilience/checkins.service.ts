import type { Checkin, CreateCheckinBody, CreatedCheckin } from '#contracts/checkin.js';
import { todayUtc } from '#domain/calendar-date.js';
import { previousCountingCheckin } from '#domain/checkin/daily.js';
import { scoreAnswers } from '#domain/checkin/instrument.js';
import type { DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import { requireInstrument } from './instruments.service.js';
import * as repo from './resilience.repository.js';
import { assertNotFuture, problemsError } from './resilience-validation.js';
import { getSettings } from './settings.service.js';

export function toCheckin(record: repo.CheckinRecord): Checkin {
  return record;
}

/** Saves a check-in and says what it is compared with (the latest earlier day's check-in) and what it sets aside. */
export async function createCheckin(
  db: DbOrTx,
  userId: string,
  body: CreateCheckinBody,
  now: Date,
): Promise<CreatedCheckin> {
  const date = body.date ?? todayUtc(now);
  assertNotFuture(date, 'body.date', now);
  const instrumentId = body.instrumentId ?? (await getSettings(db, userId)).instrumentId;
  const record = await requireInstrument(db, instrumentId, 'body.instrumentId');
  const scored = scoreAnswers(record.definition, body.answers);
  if (!scored.ok) throw problemsError('Check-in not saved', scored.problems, 'body.');
  const answers = Object.fromEntries(record.definition.items.map((item) => [item.id, body.answers[item.id] as number]));
  const id = await repo.insertCheckin(db, { userId, instrumentId, date, answers, scores: scored.value });
  const saved = await repo.findCheckin(db, userId, id);
  if (!saved) throw new Error('saved check-in not found');
  const history = (await repo.listCheckinScores(db, userId, { to: date })).filter(
    (c) => c.instrumentId === instrumentId,
  );
  const previous = previousCountingCheckin(history, date);
  return {
    ...toCheckin(saved),
    previous: previous ? { date: previous.date, scores: previous.scores } : null,
    earlierSameDay: Math.max(0, history.filter((c) => c.date === date).length - 1),
  };
}

export async function listCheckins(
  db: DbOrTx,
  userId: string,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<{ items: Checkin[] }> {
  return { items: (await repo.listCheckins(db, userId, range)).map(toCheckin) };
}

export async function getCheckin(db: DbOrTx, userId: string, id: string): Promise<Checkin> {
  const record = await repo.findCheckin(db, userId, id);
  // Someone else's record and a missing one answer alike, so ids cannot be probed.
  if (!record) throw new AppError('NOT_FOUND', 'No check-in with that id in your records.');
  return toCheckin(record);
}

export async function deleteCheckin(db: DbOrTx, userId: string, id: string): Promise<void> {
  if (!(await repo.deleteCheckin(db, userId, id))) {
    throw new AppError('NOT_FOUND', 'No check-in with that id in your records.');
  }
}
