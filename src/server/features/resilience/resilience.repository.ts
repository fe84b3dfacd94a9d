import { and, asc, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type {
  Cadence,
  Instrument,
  JournalTag,
  SelfCareDay,
  SelfCareFields,
  ShareSnapshot,
  SubscaleScore,
  WeeklySelfCare,
} from '#contracts/checkin.js';
import type { DbOrTx } from '#server/db/client.js';
import {
  resilienceCheckins,
  resilienceInstruments,
  resilienceJournalEntries,
  resilienceSelfCareDays,
  resilienceSettings,
  resilienceShares,
} from '#server/db/schema/resilience.js';

// All SQL of the resilience feature. Every query on a person's records is scoped by user_id here, so no
// caller can forget it: there is no function that reads a check-in, a log day, an entry or a share by id alone.

// ---- Instruments ----

export interface InstrumentRecord {
  id: string;
  definition: Instrument;
  isShipped: boolean;
  contentHash: string;
}

const instrumentColumns = {
  id: resilienceInstruments.id,
  definition: resilienceInstruments.definition,
  isShipped: resilienceInstruments.isShipped,
  contentHash: resilienceInstruments.contentHash,
};

export async function findInstrument(db: DbOrTx, id: string): Promise<InstrumentRecord | null> {
  const rows = await db.select(instrumentColumns).from(resilienceInstruments).where(eq(resilienceInstruments.id, id));
  return rows[0] ?? null;
}

export async function listInstruments(db: DbOrTx): Promise<InstrumentRecord[]> {
  return db
    .select(instrumentColumns)
    .from(resilienceInstruments)
    .orderBy(desc(resilienceInstruments.isShipped), asc(resilienceInstruments.title));
}

export async function upsertInstrument(
  db: DbOrTx,
  values: { definition: Instrument; isShipped: boolean; contentHash: string; createdBy: string | null },
): Promise<void> {
  const now = new Date();
  await db
    .insert(resilienceInstruments)
    .values({
      id: values.definition.id,
      title: values.definition.title,
      definition: values.definition,
      isShipped: values.isShipped,
      contentHash: values.contentHash,
      createdBy: values.createdBy,
    })
    .onConflictDoUpdate({
      target: resilienceInstruments.id,
      set: {
        title: values.definition.title,
        definition: values.definition,
        isShipped: values.isShipped,
        contentHash: values.contentHash,
        updatedAt: now,
      },
    });
}

// ---- Settings ----

export async function findSettings(
  db: DbOrTx,
  userId: string,
): Promise<{ cadence: Cadence; instrumentId: string } | null> {
  const rows = await db
    .select({ cadence: resilienceSettings.cadence, instrumentId: resilienceSettings.instrumentId })
    .from(resilienceSettings)
    .where(eq(resilienceSettings.userId, userId));
  const row = rows[0];
  return row ? { cadence: row.cadence as Cadence, instrumentId: row.instrumentId } : null;
}

export async function upsertSettings(
  db: DbOrTx,
  userId: string,
  values: { cadence: Cadence; instrumentId: string },
): Promise<void> {
  await db
    .insert(resilienceSettings)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: resilienceSettings.userId, set: { ...values, updatedAt: new Date() } });
}

// ---- Check-ins ----

export interface CheckinRecord {
  id: string;
  instrumentId: string;
  instrumentTitle: string;
  date: string;
  answers: Record<string, number>;
  scores: SubscaleScore[];
  createdAt: string;
}

const checkinColumns = {
  id: resilienceCheckins.id,
  instrumentId: resilienceCheckins.instrumentId,
  instrumentTitle: resilienceInstruments.title,
  date: resilienceCheckins.takenOn,
  answers: resilienceCheckins.answers,
  scores: resilienceCheckins.scores,
  createdAt: resilienceCheckins.createdAt,
};

function toCheckin(row: Omit<CheckinRecord, 'createdAt'> & { createdAt: Date }): CheckinRecord {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

function dateRange(column: PgColumn, from?: string, to?: string): SQL[] {
  const where: SQL[] = [];
  if (from) where.push(gte(column, from));
  if (to) where.push(lte(column, to));
  return where;
}

export async function insertCheckin(
  db: DbOrTx,
  values: {
    userId: string;
    instrumentId: string;
    date: string;
    answers: Record<string, number>;
    scores: SubscaleScore[];
  },
): Promise<string> {
  const rows = await db
    .insert(resilienceCheckins)
    .values({
      userId: values.userId,
      instrumentId: values.instrumentId,
      takenOn: values.date,
      answers: values.answers,
      scores: values.scores,
    })
    .returning({ id: resilienceCheckins.id });
  const row = rows[0];
  if (!row) throw new Error('insert into resilience_checkins returned no row');
  return row.id;
}

export async function listCheckins(
  db: DbOrTx,
  userId: string,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<CheckinRecord[]> {
  const rows = await db
    .select(checkinColumns)
    .from(resilienceCheckins)
    .innerJoin(resilienceInstruments, eq(resilienceInstruments.id, resilienceCheckins.instrumentId))
    .where(and(eq(resilienceCheckins.userId, userId), ...dateRange(resilienceCheckins.takenOn, range.from, range.to)))
    .orderBy(asc(resilienceCheckins.takenOn), asc(resilienceCheckins.createdAt));
  return rows.map(toCheckin);
}

/** Scores only (no answers), for charts and rules. */
export async function listCheckinScores(
  db: DbOrTx,
  userId: string,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<{ date: string; instrumentId: string; scores: SubscaleScore[] }[]> {
  return db
    .select({
      date: resilienceCheckins.takenOn,
      instrumentId: resilienceCheckins.instrumentId,
      scores: resilienceCheckins.scores,
    })
    .from(resilienceCheckins)
    .where(and(eq(resilienceCheckins.userId, userId), ...dateRange(resilienceCheckins.takenOn, range.from, range.to)))
    .orderBy(asc(resilienceCheckins.takenOn), asc(resilienceCheckins.createdAt));
}

/** The person's most recent check-ins, newest first. */
export async function listLatestCheckins(db: DbOrTx, userId: string, limit: number): Promise<CheckinRecord[]> {
  const rows = await db
    .select(checkinColumns)
    .from(resilienceCheckins)
    .innerJoin(resilienceInstruments, eq(resilienceInstruments.id, resilienceCheckins.instrumentId))
    .where(eq(resilienceCheckins.userId, userId))
    .orderBy(desc(resilienceCheckins.takenOn), desc(resilienceCheckins.createdAt))
    .limit(limit);
  return rows.map(toCheckin);
}

export async function findCheckin(db: DbOrTx, userId: string, id: string): Promise<CheckinRecord | null> {
  const rows = await db
    .select(checkinColumns)
    .from(resilienceCheckins)
    .innerJoin(resilienceInstruments, eq(resilienceInstruments.id, resilienceCheckins.instrumentId))
    .where(and(eq(resilienceCheckins.userId, userId), eq(resilienceCheckins.id, id)));
  const row = rows[0];
  return row ? toCheckin(row) : null;
}

export async function deleteCheckin(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(resilienceCheckins)
    .where(and(eq(resilienceCheckins.userId, userId), eq(resilienceCheckins.id, id)))
    .returning({ id: resilienceCheckins.id });
  return rows.length > 0;
}

// ---- Self-care log ----

const selfCareColumns = {
  date: resilienceSelfCareDays.logDate,
  sleepHours: resilienceSelfCareDays.sleepHours,
  activityMinutes: resilienceSelfCareDays.activityMinutes,
  mealsRating: resilienceSelfCareDays.mealsRating,
  breaksTaken: resilienceSelfCareDays.breaksTaken,
  boundaries: resilienceSelfCareDays.boundaries,
  supportContact: resilienceSelfCareDays.supportContact,
  mood: resilienceSelfCareDays.mood,
};

/** Columns hold vocabulary ids as text (with CHECK constraints); the response schema re-checks them. */
function toSelfCareDay(row: { [K in keyof typeof selfCareColumns]: unknown }): SelfCareDay {
  return row as SelfCareDay;
}

export async function upsertSelfCareDay(
  db: DbOrTx,
  userId: string,
  date: string,
  fields: Required<{ [K in keyof SelfCareFields]: SelfCareFields[K] | null }>,
): Promise<SelfCareDay> {
  const values = { ...fields, updatedAt: new Date() };
  const rows = await db
    .insert(resilienceSelfCareDays)
    .values({ userId, logDate: date, ...values })
    .onConflictDoUpdate({ target: [resilienceSelfCareDays.userId, resilienceSelfCareDays.logDate], set: values })
    .returning(selfCareColumns);
  const row = rows[0];
  if (!row) throw new Error('upsert into resilience_self_care_days returned no row');
  return toSelfCareDay(row);
}

export async function findSelfCareDay(db: DbOrTx, userId: string, date: string): Promise<SelfCareDay | null> {
  const rows = await db
    .select(selfCareColumns)
    .from(resilienceSelfCareDays)
    .where(and(eq(resilienceSelfCareDays.userId, userId), eq(resilienceSelfCareDays.logDate, date)));
  const row = rows[0];
  return row ? toSelfCareDay(row) : null;
}

export async function listSelfCareDays(
  db: DbOrTx,
  userId: string,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<SelfCareDay[]> {
  const rows = await db
    .select(selfCareColumns)
    .from(resilienceSelfCareDays)
    .where(
      and(
        eq(resilienceSelfCareDays.userId, userId),
        ...dateRange(resilienceSelfCareDays.logDate, range.from, range.to),
      ),
    )
    .orderBy(asc(resilienceSelfCareDays.logDate));
  return rows.map(toSelfCareDay);
}

export async function deleteSelfCareDay(db: DbOrTx, userId: string, date: string): Promise<boolean> {
  const rows = await db
    .delete(resilienceSelfCareDays)
    .where(and(eq(resilienceSelfCareDays.userId, userId), eq(resilienceSelfCareDays.logDate, date)))
    .returning({ date: resilienceSelfCareDays.logDate });
  return rows.length > 0;
}

/**
 * The log folded into ISO weeks (Monday first), oldest first; only weeks with a logged day appear, so a
 * chart shows a gap where nothing was logged rather than a misleading zero. Done in SQL so three years
 * of days come back as 157 rows.
 */
/** The weekly fold as a subquery, shared by the summary and the dashboard's one-trip read. */
function weeklySelfCareSql(userId: string, from: string, to: string) {
  const d = resilienceSelfCareDays;
  return sql`
    select
      to_char(date_trunc('week', ${d.logDate}::timestamp), 'YYYY-MM-DD') as "weekStart",
      count(*)::int as "daysLogged",
      round(avg(${d.sleepHours})::numeric, 2)::float8 as "sleepHoursAvg",
      sum(${d.activityMinutes})::int as "activityMinutesTotal",
      (count(*) filter (where ${d.supportContact} in ('supervision', 'peer-support', 'both')))::int as "supportContacts",
      (count(*) filter (where ${d.boundaries} = 'crossed'))::int as "boundariesCrossed",
      round(avg(${d.mood})::numeric, 2)::float8 as "moodAvg"
    from ${d}
    where ${d.userId} = ${userId} and ${d.logDate} >= ${from} and ${d.logDate} <= ${to}
    group by 1`;
}

export async function summarizeSelfCareWeeks(
  db: DbOrTx,
  userId: string,
  from: string,
  to: string,
): Promise<WeeklySelfCare[]> {
  const result = await db.execute(sql`${weeklySelfCareSql(userId, from, to)} order by 1`);
  return (result as unknown as { rows: WeeklySelfCare[] }).rows;
}

export interface DashboardData {
  cadence: Cadence | null;
  instrument: InstrumentRecord | null;
  /** Check-ins in the chart range, oldest first (several on a day in the order saved), scores only. */
  checkins: { date: string; instrumentId: string; scores: SubscaleScore[] }[];
  /** The latest check-in of each of the most recent days (ADR 0020), newest first, for the rules and the "latest" panel. */
  latest: CheckinRecord[];
  /** Raw days the warning rules read. */
  selfCare: SelfCareDay[];
  /** Weekly fold over the chart range. */
  weeks: WeeklySelfCare[];
  counts: { checkins: number; selfCareDays: number; wins: number };
}

/**
 * Everything the dashboard reads, in one round trip: each part is a subquery folded to JSON, so the
 * embedded database pays its per-query cost once instead of seven times (see bench/resilience.bench.ts).
 */
export async function loadDashboardData(
  db: DbOrTx,
  userId: string,
  options: {
    defaultInstrumentId: string;
    from: string;
    to: string;
    selfCareFrom: string;
    latestLimit: number;
  },
): Promise<DashboardData> {
  const c = resilienceCheckins;
  const d = resilienceSelfCareDays;
  const i = resilienceInstruments;
  const settings = resilienceSettings;
  const j = resilienceJournalEntries;
  const result = await db.execute(sql`
    with s as (select ${settings.cadence} as cadence, ${settings.instrumentId} as instrument_id
               from ${settings} where ${settings.userId} = ${userId})
    select json_build_object(
      'cadence', (select cadence from s),
      'instrument', (
        select json_build_object('id', ${i.id}, 'definition', ${i.definition}, 'isShipped', ${i.isShipped},
                                 'contentHash', ${i.contentHash})
        from ${i} where ${i.id} = coalesce((select instrument_id from s), ${options.defaultInstrumentId})),
      'checkins', coalesce((
        select json_agg(json_build_object('date', ${c.takenOn}, 'instrumentId', ${c.instrumentId}, 'scores', ${c.scores})
                        order by ${c.takenOn}, ${c.createdAt})
        from ${c} where ${c.userId} = ${userId} and ${c.takenOn} >= ${options.from} and ${c.takenOn} <= ${options.to}
      ), '[]'::json),
      'latest', coalesce((
        select json_agg(l order by l."date" desc, l."createdAt" desc) from (
          select distinct on (${c.takenOn})
                 ${c.id} as "id", ${c.instrumentId} as "instrumentId", ${i.title} as "instrumentTitle",
                 ${c.takenOn} as "date", ${c.answers} as "answers", ${c.scores} as "scores", ${c.createdAt} as "createdAt"
          from ${c} join ${i} on ${i.id} = ${c.instrumentId}
          where ${c.userId} = ${userId}
          order by ${c.takenOn} desc, ${c.createdAt} desc
          limit ${options.latestLimit}) l
      ), '[]'::json),
      'selfCare', coalesce((
        select json_agg(json_build_object(
                 'date', ${d.logDate}, 'sleepHours', ${d.sleepHours}, 'activityMinutes', ${d.activityMinutes},
                 'mealsRating', ${d.mealsRating}, 'breaksTaken', ${d.breaksTaken}, 'boundaries', ${d.boundaries},
                 'supportContact', ${d.supportContact}, 'mood', ${d.mood})
               order by ${d.logDate})
        from ${d}
        where ${d.userId} = ${userId} and ${d.logDate} >= ${options.selfCareFrom} and ${d.logDate} <= ${options.to}
      ), '[]'::json),
      'weeks', coalesce((
        select json_agg(w order by w."weekStart") from (${weeklySelfCareSql(userId, options.from, options.to)}) w
      ), '[]'::json),
      'counts', json_build_object(
        'checkins', (select count(*) from ${c} where ${c.userId} = ${userId}),
        'selfCareDays', (select count(*) from ${d} where ${d.userId} = ${userId}),
        'wins', (select count(*) from ${j} where ${j.userId} = ${userId} and ${j.tag} = 'win'))
    ) as "data"`);
  const rows = (result as unknown as { rows: { data: unknown }[] }).rows;
  const raw = rows[0]?.data;
  // node-postgres parses json; PGlite may hand back text.
  const data = (typeof raw === 'string' ? JSON.parse(raw) : raw) as DashboardData;
  return {
    ...data,
    // JSON renders timestamps in the session's zone; the API speaks ISO-8601 UTC everywhere.
    latest: data.latest.map((l) => ({ ...l, createdAt: new Date(l.createdAt).toISOString() })),
  };
}

// ---- Journal ----

export interface JournalRecord {
  id: string;
  date: string;
  tag: JournalTag;
  text: string;
  createdAt: string;
  updatedAt: string;
}

const journalColumns = {
  id: resilienceJournalEntries.id,
  date: resilienceJournalEntries.entryDate,
  tag: resilienceJournalEntries.tag,
  text: resilienceJournalEntries.body,
  createdAt: resilienceJournalEntries.createdAt,
  updatedAt: resilienceJournalEntries.updatedAt,
};

function toJournal(row: { id: string; date: string; tag: string; text: string; createdAt: Date; updatedAt: Date }) {
  return {
    ...row,
    tag: row.tag as JournalTag,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function insertJournalEntry(
  db: DbOrTx,
  values: { userId: string; date: string; tag: JournalTag; text: string },
): Promise<JournalRecord> {
  const rows = await db
    .insert(resilienceJournalEntries)
    .values({ userId: values.userId, entryDate: values.date, tag: values.tag, body: values.text })
    .returning(journalColumns);
  const row = rows[0];
  if (!row) throw new Error('insert into resilience_journal_entries returned no row');
  return toJournal(row);
}

export async function listJournalEntries(
  db: DbOrTx,
  userId: string,
  filter: { tag?: JournalTag | undefined; from?: string | undefined; to?: string | undefined } = {},
): Promise<JournalRecord[]> {
  const where = [
    eq(resilienceJournalEntries.userId, userId),
    ...dateRange(resilienceJournalEntries.entryDate, filter.from, filter.to),
  ];
  if (filter.tag) where.push(eq(resilienceJournalEntries.tag, filter.tag));
  const rows = await db
    .select(journalColumns)
    .from(resilienceJournalEntries)
    .where(and(...where))
    .orderBy(desc(resilienceJournalEntries.entryDate), desc(resilienceJournalEntries.createdAt));
  return rows.map(toJournal);
}

export async function updateJournalEntry(
  db: DbOrTx,
  userId: string,
  id: string,
  values: { date?: string | undefined; tag?: JournalTag | undefined; text?: string | undefined },
): Promise<JournalRecord | null> {
  const set: Partial<typeof resilienceJournalEntries.$inferInsert> = { updatedAt: new Date() };
  if (values.date !== undefined) set.entryDate = values.date;
  if (values.tag !== undefined) set.tag = values.tag;
  if (values.text !== undefined) set.body = values.text;
  const rows = await db
    .update(resilienceJournalEntries)
    .set(set)
    .where(and(eq(resilienceJournalEntries.userId, userId), eq(resilienceJournalEntries.id, id)))
    .returning(journalColumns);
  const row = rows[0];
  return row ? toJournal(row) : null;
}

export async function deleteJournalEntry(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(resilienceJournalEntries)
    .where(and(eq(resilienceJournalEntries.userId, userId), eq(resilienceJournalEntries.id, id)))
    .returning({ id: resilienceJournalEntries.id });
  return rows.length > 0;
}

// ---- Shares ----

export interface ShareRecord {
  id: string;
  createdAt: string;
  from: string;
  to: string;
  subscales: string[];
  includeSelfCare: boolean;
  note: string | null;
}

const shareColumns = {
  id: resilienceShares.id,
  createdAt: resilienceShares.createdAt,
  from: resilienceShares.periodFrom,
  to: resilienceShares.periodTo,
  subscales: resilienceShares.subscales,
  includeSelfCare: resilienceShares.includeSelfCare,
  note: resilienceShares.note,
};

function toShare(row: Omit<ShareRecord, 'createdAt'> & { createdAt: Date }): ShareRecord {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

export async function insertShare(
  db: DbOrTx,
  values: {
    userId: string;
    tokenHash: string;
    from: string;
    to: string;
    subscales: string[];
    includeSelfCare: boolean;
    note: string | null;
    snapshot: ShareSnapshot;
  },
): Promise<ShareRecord> {
  const rows = await db
    .insert(resilienceShares)
    .values({
      userId: values.userId,
      tokenHash: values.tokenHash,
      periodFrom: values.from,
      periodTo: values.to,
      subscales: values.subscales,
      includeSelfCare: values.includeSelfCare,
      note: values.note,
      snapshot: values.snapshot,
    })
    .returning(shareColumns);
  const row = rows[0];
  if (!row) throw new Error('insert into resilience_shares returned no row');
  return toShare(row);
}

export async function listShares(db: DbOrTx, userId: string): Promise<ShareRecord[]> {
  const rows = await db
    .select(shareColumns)
    .from(resilienceShares)
    .where(eq(resilienceShares.userId, userId))
    .orderBy(desc(resilienceShares.createdAt));
  return rows.map(toShare);
}

export async function deleteShare(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(resilienceShares)
    .where(and(eq(resilienceShares.userId, userId), eq(resilienceShares.id, id)))
    .returning({ id: resilienceShares.id });
  return rows.length > 0;
}

/** The one read not scoped by owner: whoever holds the link's token sees the snapshot it was made for. */
export async function findSnapshotByTokenHash(db: DbOrTx, tokenHash: string): Promise<ShareSnapshot | null> {
  const rows = await db
    .select({ snapshot: resilienceShares.snapshot })
    .from(resilienceShares)
    .where(eq(resilienceShares.tokenHash, tokenHash));
  return rows[0]?.snapshot ?? null;
}

// ---- Delete everything ----

/** Removes every resilience record of one person; run inside the caller's transaction. */
export async function deleteAllForUser(
  db: DbOrTx,
  userId: string,
): Promise<{ checkins: number; selfCareDays: number; journalEntries: number; shares: number }> {
  const shares = await db
    .delete(resilienceShares)
    .where(eq(resilienceShares.userId, userId))
    .returning({ id: resilienceShares.id });
  const journal = await db
    .delete(resilienceJournalEntries)
    .where(eq(resilienceJournalEntries.userId, userId))
    .returning({ id: resilienceJournalEntries.id });
  const days = await db
    .delete(resilienceSelfCareDays)
    .where(eq(resilienceSelfCareDays.userId, userId))
    .returning({ date: resilienceSelfCareDays.logDate });
  const checkins = await db
    .delete(resilienceCheckins)
    .where(eq(resilienceCheckins.userId, userId))
    .returning({ id: resilienceCheckins.id });
  await db.delete(resilienceSettings).where(eq(resilienceSettings.userId, userId));
  return {
    checkins: checkins.length,
    selfCareDays: days.length,
    journalEntries: journal.length,
    shares: shares.length,
  };
}
