import type {
  Cadence,
  Checkin,
  CreateCheckinBody,
  CreatedShare,
  CreateJournalEntryBody,
  CreateShareBody,
  Dashboard,
  DashboardQuery,
  DeletedCounts,
  InstrumentDetail,
  InstrumentList,
  JournalEntry,
  JournalTag,
  ResilienceExport,
  ResilienceSettings,
  SelfCareDay,
  SelfCareFields,
  ShareSnapshot,
  UpdateJournalEntryBody,
  UpdateResilienceSettingsBody,
} from '#contracts/checkin.js';
import { addDays, mondayOf, todayUtc } from '#domain/calendar-date.js';
import { type FieldProblem, scoreAnswers, scoreRange, validateInstrument } from '#domain/checkin/instrument.js';
import { computeReminder } from '#domain/checkin/reminder.js';
import { evaluateWarnings } from '#domain/checkin/warning-rules.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import { writeCsv } from '#server/lib/csv.js';
import type { PersonalDataSection } from '#server/personal-data.js';
import { hashToken, newToken, type SessionUser } from '#server/plugins/session.js';
import { hashContents } from '#server/reference-data.js';
import type { DirectHoursPerWeek } from './direct-hours.port.js';
import * as repo from './resilience.repository.js';

export const DEFAULT_INSTRUMENT_ID = 'vocare-reflective-checkin';
export const DEFAULT_CADENCE: Cadence = 'weekly';

// How far back the rules look: two 4-week workload windows before a check-in up to 45 days old, and ten
// weeks of self-care (two recent weeks against eight before).
const RULES_SELF_CARE_DAYS = 70;
const RULES_HOURS_DAYS = 112;
const RULES_CHECKINS = 6;

function badRequest(path: string, message: string, summary?: string): AppError {
  return new AppError('BAD_REQUEST', summary ?? `Invalid ${path}: ${message}`, [{ path, message }]);
}

function problemsError(summary: string, problems: FieldProblem[], prefix: string): AppError {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new AppError(
    'BAD_REQUEST',
    first ? `${summary}: ${first.path} ${first.message}${more}` : summary,
    problems.map((p) => ({ path: `${prefix}${p.path}`, message: p.message })),
  );
}

/** A day in the future is a typo; one day of slack covers a person whose date is ahead of UTC. */
function assertNotFuture(date: string, path: string, now: Date): void {
  if (date > addDays(todayUtc(now), 1)) throw badRequest(path, 'must not be in the future');
}

// ---- Instruments ----

function toSummary(record: repo.InstrumentRecord): InstrumentList['items'][number] {
  const i = record.definition;
  return {
    id: i.id,
    title: i.title,
    description: i.description ?? null,
    disclaimer: i.disclaimer ?? null,
    citation: i.citation,
    license: i.license,
    itemCount: i.items.length,
    subscales: i.subscales.map((s) => ({ id: s.id, label: s.label })),
    isShipped: record.isShipped,
  };
}

export async function listInstruments(db: DbOrTx): Promise<InstrumentList> {
  return { items: (await repo.listInstruments(db)).map(toSummary) };
}

export async function getInstrument(db: DbOrTx, id: string): Promise<InstrumentDetail> {
  const record = await repo.findInstrument(db, id);
  if (!record) throw new AppError('NOT_FOUND', `No instrument with id "${id}".`);
  return { instrument: record.definition, isShipped: record.isShipped };
}

/**
 * An admin loads an instrument (a licensed scale an organization holds rights to, say) without a code
 * change. It is validated like a shipped file; a bad one is refused naming the field, and nothing is saved.
 */
export async function loadInstrument(
  db: DbOrTx,
  admin: SessionUser,
  body: unknown,
): Promise<{ detail: InstrumentDetail; isNew: boolean }> {
  const result = validateInstrument(body);
  if (!result.ok) throw problemsError('Instrument refused, nothing was saved', result.problems, 'body.');
  const instrument = result.value;
  const existing = await repo.findInstrument(db, instrument.id);
  if (existing?.isShipped) {
    throw new AppError('CONFLICT', `"${instrument.id}" is an instrument Vocare ships; load yours under another id.`, [
      { path: 'body.id', message: 'is the id of a shipped instrument' },
    ]);
  }
  await repo.upsertInstrument(db, {
    definition: instrument,
    isShipped: false,
    contentHash: hashContents([JSON.stringify(instrument)]),
    createdBy: admin.id,
  });
  return { detail: { instrument, isShipped: false }, isNew: !existing };
}

async function requireInstrument(db: DbOrTx, id: string, path: string): Promise<repo.InstrumentRecord> {
  const record = await repo.findInstrument(db, id);
  if (!record) throw badRequest(path, `no instrument with id "${id}"`);
  return record;
}

// ---- Settings ----

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

// ---- Check-ins ----

function toCheckin(record: repo.CheckinRecord): Checkin {
  return record;
}

export async function createCheckin(db: DbOrTx, userId: string, body: CreateCheckinBody, now: Date): Promise<Checkin> {
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
  return toCheckin(saved);
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

// ---- Self-care log ----

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

// ---- Journal ----

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

// ---- Dashboard ----

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
  const { checkins, latest, selfCare, weeks: selfCareWeeks, counts } = data;
  const latestCheckin = latest.find((c) => c.date <= today) ?? null;

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

// ---- Export and delete ----

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

// ---- Shared summaries ----

export async function createShare(
  db: DbOrTx,
  user: SessionUser,
  body: CreateShareBody,
  now: Date,
): Promise<CreatedShare> {
  assertNotFuture(body.from, 'body.from', now);
  const settings = await getSettings(db, user.id);
  const instrument = await requireInstrument(db, settings.instrumentId, 'settings.instrumentId');
  const known = new Map(instrument.definition.subscales.map((s) => [s.id, s]));
  const problems = body.subscales.flatMap((id, i) =>
    known.has(id)
      ? []
      : [
          {
            path: `subscales.${i}`,
            message: `no subscale "${id}" in ${instrument.definition.title}; choose from ${[...known.keys()].join(', ')}`,
          },
        ],
  );
  if (problems.length > 0) throw problemsError('Summary not shared', problems, 'body.');
  const subscales = [...new Set(body.subscales)];
  const checkins = (await repo.listCheckinScores(db, user.id, { from: body.from, to: body.to })).filter(
    (c) => c.instrumentId === instrument.id,
  );
  const snapshot: ShareSnapshot = {
    sharedBy: user.displayName,
    createdAt: now.toISOString(),
    from: body.from,
    to: body.to,
    note: body.note ?? null,
    instrument: {
      id: instrument.id,
      title: instrument.definition.title,
      disclaimer: instrument.definition.disclaimer ?? null,
    },
    subscales: subscales.flatMap((id) => {
      const subscale = known.get(id);
      if (!subscale) return [];
      return [
        {
          id,
          label: subscale.label,
          bands: subscale.bands,
          range: scoreRange(instrument.definition, subscale),
          points: checkins.flatMap((c) => {
            const s = c.scores.find((x) => x.id === id);
            return s ? [{ date: c.date, score: s.score, band: s.band }] : [];
          }),
        },
      ];
    }),
    selfCareWeeks: body.includeSelfCare ? await repo.summarizeSelfCareWeeks(db, user.id, body.from, body.to) : null,
  };
  const token = newToken();
  const share = await repo.insertShare(db, {
    userId: user.id,
    tokenHash: hashToken(token),
    from: body.from,
    to: body.to,
    subscales,
    includeSelfCare: body.includeSelfCare,
    note: body.note ?? null,
    snapshot,
  });
  return { share, token, path: `/resilience/shared/${token}` };
}

export async function listShares(db: DbOrTx, userId: string): Promise<{ items: repo.ShareRecord[] }> {
  return { items: await repo.listShares(db, userId) };
}

export async function revokeShare(db: DbOrTx, userId: string, id: string): Promise<void> {
  if (!(await repo.deleteShare(db, userId, id))) {
    throw new AppError('NOT_FOUND', 'No shared summary with that id in your records.');
  }
}

export async function getSharedSnapshot(db: DbOrTx, token: string): Promise<ShareSnapshot> {
  const snapshot = await repo.findSnapshotByTokenHash(db, hashToken(token));
  if (!snapshot) throw new AppError('NOT_FOUND', 'This shared summary does not exist or was withdrawn.');
  return snapshot;
}

export async function getReminder(db: DbOrTx, userId: string, today: string) {
  const settings = await getSettings(db, userId);
  const latest = (await repo.listLatestCheckins(db, userId, 1))[0];
  return computeReminder(settings.cadence, latest?.date ?? null, today);
}
