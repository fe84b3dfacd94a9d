import type { Dashboard, DashboardQuery } from '#contracts/checkin.js';
import { addDays, mondayOf, todayUtc } from '#domain/calendar-date.js';
import { latestOfEachDay } from '#domain/checkin/daily.js';
import { scoreRange } from '#domain/checkin/instrument.js';
import { computeReminder } from '#domain/checkin/reminder.js';
import { evaluateWarnings } from '#domain/checkin/warning-rules.js';
import type { DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import type { DirectHoursPerWeek } from './direct-hours.port.js';
import * as repo from './resilience.repository.js';
import { DEFAULT_CADENCE, DEFAULT_INSTRUMENT_ID } from './settings.service.js';

// How far back the rules look: two 4-week workload windows before a check-in up to 45 days old, and ten
// weeks of self-care (two recent weeks against eight before).
const RULES_SELF_CARE_DAYS = 70;
const RULES_HOURS_DAYS = 112;
const RULES_CHECKINS = 6;

export async function getDashboard(
  db: DbOrTx,
  userId: string,
  query: DashboardQuery,
  directHoursPerWeek: DirectHoursPerWeek,
  now: Date,
): Promise<Dashboard> {
  const today = query.today ?? todayUtc(now);
  const from = addDays(mondayOf(today), -7 * (query.weeks - 1));
  const data = await repo.loadDashboardData(db, userId, {
    defaultInstrumentId: DEFAULT_INSTRUMENT_ID,
    from,
    to: today,
    selfCareFrom: addDays(today, -(RULES_SELF_CARE_DAYS - 1)),
    latestLimit: RULES_CHECKINS,
  });
  const instrument = data.instrument;
  if (!instrument) throw new AppError('NOT_FOUND', 'The check-in instrument in your settings no longer exists.');
  const settings = { cadence: data.cadence ?? DEFAULT_CADENCE, instrumentId: instrument.id };
  const hoursFrom = [from, addDays(today, -RULES_HOURS_DAYS)].sort()[0] ?? from;
  const hours = await directHoursPerWeek(db, userId, hoursFrom, today);
  const { selfCare, weeks: selfCareWeeks, counts } = data;
  // Several check-ins on one day: the latest of the day counts, in the card, the trends and the warnings alike.
  const latest = latestOfEachDay(data.latest.filter((c) => c.date <= today));
  const checkins = latestOfEachDay(data.checkins);
  const latestCheckin = latest.at(-1) ?? null;

  return {
    today,
    from,
    settings,
    reminder: computeReminder(settings.cadence, latestCheckin?.date ?? null, today),
    instrument: {
      id: instrument.definition.id,
      title: instrument.definition.title,
      disclaimer: instrument.definition.disclaimer ?? null,
      subscales: instrument.definition.subscales.map((s) => ({
        id: s.id,
        label: s.label,
        worseWhen: s.worseWhen ?? null,
        bands: s.bands,
        range: scoreRange(instrument.definition, s),
      })),
    },
    latestCheckin,
    checkins,
    selfCareWeeks,
    directHoursWeeks: hours.filter((w) => w.weekStart >= from),
    warnings: evaluateWarnings({ today, checkins: latest, selfCare, directHoursPerWeek: hours }),
    counts,
  };
}
