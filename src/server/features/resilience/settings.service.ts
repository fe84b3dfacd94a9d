import type { Cadence, ResilienceSettings, UpdateResilienceSettingsBody } from '#contracts/checkin.js';
import { computeReminder } from '#domain/checkin/reminder.js';
import type { DbOrTx } from '#server/db/client.js';
import { requireInstrument } from './instruments.service.js';
import * as repo from './resilience.repository.js';

export const DEFAULT_INSTRUMENT_ID = 'vocare-reflective-checkin';
export const DEFAULT_CADENCE: Cadence = 'weekly';

export async function getSettings(db: DbOrTx, userId: string): Promise<ResilienceSettings> {
  return (await repo.findSettings(db, userId)) ?? { cadence: DEFAULT_CADENCE, instrumentId: DEFAULT_INSTRUMENT_ID };
}

export async function updateSettings(
  db: DbOrTx,
  userId: string,
  body: UpdateResilienceSettingsBody,
): Promise<ResilienceSettings> {
  await requireInstrument(db, body.instrumentId, 'body.instrumentId');
  await repo.upsertSettings(db, userId, body);
  return body;
}

export async function getReminder(db: DbOrTx, userId: string, today: string) {
  const settings = await getSettings(db, userId);
  const latest = (await repo.listLatestCheckins(db, userId, 1))[0];
  return computeReminder(settings.cadence, latest?.date ?? null, today);
}
