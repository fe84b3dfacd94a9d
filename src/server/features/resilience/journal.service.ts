import type { CreateJournalEntryBody, JournalEntry, JournalTag, UpdateJournalEntryBody } from '#contracts/checkin.js';
import { todayUtc } from '#domain/calendar-date.js';
import type { DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import * as repo from './resilience.repository.js';
import { assertNotFuture } from './resilience-validation.js';

export async function createJournalEntry(
  db: DbOrTx,
  userId: string,
  body: CreateJournalEntryBody,
  now: Date,
): Promise<JournalEntry> {
  const date = body.date ?? todayUtc(now);
  assertNotFuture(date, 'body.date', now);
  return repo.insertJournalEntry(db, { userId, date, tag: body.tag, text: body.text });
}

export async function listJournal(
  db: DbOrTx,
  userId: string,
  filter: { tag?: JournalTag | undefined; from?: string | undefined; to?: string | undefined },
): Promise<{ items: JournalEntry[] }> {
  return { items: await repo.listJournalEntries(db, userId, filter) };
}

export async function updateJournalEntry(
  db: DbOrTx,
  userId: string,
  id: string,
  body: UpdateJournalEntryBody,
  now: Date,
): Promise<JournalEntry> {
  if (body.date) assertNotFuture(body.date, 'body.date', now);
  const updated = await repo.updateJournalEntry(db, userId, id, body);
  if (!updated) throw new AppError('NOT_FOUND', 'No journal entry with that id in your records.');
  return updated;
}

export async function deleteJournalEntry(db: DbOrTx, userId: string, id: string): Promise<void> {
  if (!(await repo.deleteJournalEntry(db, userId, id))) {
    throw new AppError('NOT_FOUND', 'No journal entry with that id in your records.');
  }
}
