import { and, asc, count, desc, eq, gte, inArray, isNotNull, lt, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { EntrySource, EntryStatus, ListHourEntriesQuery } from '#contracts/hours.js';
import type { HourCategory } from '#contracts/vocabulary.js';
import type { LoggedEntry } from '#domain/hours/entry-rules.js';
import type { DbOrTx } from '#server/db/client.js';
import { users } from '#server/db/schema/core.js';
import {
  hoursEntries,
  hoursGoals,
  hoursIdempotencyKeys,
  hoursLogVersions,
  hoursSupervisions,
} from '#server/db/schema/hours.js';

// All SQL of the hours log's entries, goal and idempotency keys. Every query on entries is scoped by the owner
// (user_id) or by a supervision agreement the caller was checked against; none reads an entry by id alone.

// ---- Goal ----

export async function findGoalRuleSetId(db: DbOrTx, userId: string): Promise<string | null> {
  const rows = await db
    .select({ ruleSetId: hoursGoals.ruleSetId })
    .from(hoursGoals)
    .where(eq(hoursGoals.userId, userId));
  return rows[0]?.ruleSetId ?? null;
}

/** The goal's degree date (null: not given, or no goal). */
export async function findGoalDegreeDate(db: DbOrTx, userId: string): Promise<string | null> {
  const rows = await db
    .select({ degreeDate: hoursGoals.degreeDate })
    .from(hoursGoals)
    .where(eq(hoursGoals.userId, userId));
  return rows[0]?.degreeDate ?? null;
}

/** The goal's rules date (null: not given, so today's rules apply; or no goal). */
export async function findGoalRulesDate(db: DbOrTx, userId: string): Promise<string | null> {
  const rows = await db
    .select({ rulesDate: hoursGoals.rulesDate })
    .from(hoursGoals)
    .where(eq(hoursGoals.userId, userId));
  return rows[0]?.rulesDate ?? null;
}

/** Sets the goal; `degreeDate` or `rulesDate` undefined keeps the one stored, null clears it. */
export async function upsertGoal(
  db: DbOrTx,
  userId: string,
  ruleSetId: string,
  degreeDate?: string | null,
  rulesDate?: string | null,
): Promise<void> {
  const set = {
    ruleSetId,
    ...(degreeDate === undefined ? {} : { degreeDate }),
    ...(rulesDate === undefined ? {} : { rulesDate }),
  };
  await db
    .insert(hoursGoals)
    .values({ userId, ruleSetId, degreeDate: degreeDate ?? null, rulesDate: rulesDate ?? null })
    .onConflictDoUpdate({ target: hoursGoals.userId, set: { ...set, updatedAt: new Date() } });
}

// ---- Entries ----

export interface EntryRow {
  id: string;
  userId: string;
  date: string;
  minutes: number;
  startTime: string | null;
  endTime: string | null;
  category: HourCategory;
  site: string;
  supervisionId: string | null;
  /** From the agreement (the name given on acceptance, else the invited address), else as imported. */
  supervisorName: string | null;
  note: string | null;
  status: EntryStatus;
  source: EntrySource;
  verifiedAt: Date | null;
  verifiedByName: string | null;
  returnComment: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const entryColumns = {
  id: hoursEntries.id,
  userId: hoursEntries.userId,
  date: hoursEntries.entryDate,
  minutes: hoursEntries.minutes,
  startTime: hoursEntries.startTime,
  endTime: hoursEntries.endTime,
  category: sql<HourCategory>`${hoursEntries.category}`,
  site: hoursEntries.site,
  supervisionId: hoursEntries.supervisionId,
  supervisorName: sql<
    string | null
  >`coalesce(${hoursSupervisions.supervisorName}, ${hoursSupervisions.inviteEmail}, ${hoursEntries.supervisorName})`,
  note: hoursEntries.note,
  status: sql<EntryStatus>`${hoursEntries.status}`,
  source: sql<EntrySource>`${hoursEntries.source}`,
  verifiedAt: hoursEntries.verifiedAt,
  verifiedByName: hoursEntries.verifiedByName,
  returnComment: hoursEntries.returnComment,
  createdAt: hoursEntries.createdAt,
  updatedAt: hoursEntries.updatedAt,
};

function selectEntries(db: DbOrTx) {
  return db
    .select(entryColumns)
    .from(hoursEntries)
    .leftJoin(hoursSupervisions, eq(hoursSupervisions.id, hoursEntries.supervisionId));
}

/** One of the user's entries; `forUpdate` locks it for the rest of the transaction. */
export async function findEntry(
  db: DbOrTx,
  userId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<EntryRow | null> {
  const query = selectEntries(db).where(and(eq(hoursEntries.userId, userId), eq(hoursEntries.id, id)));
  const rows = options.forUpdate ? await query.for('update', { of: hoursEntries }) : await query;
  return rows[0] ?? null;
}

/** An entry that names one of the given agreements (the supervisor's view). */
export async function findEntryForSupervisions(
  db: DbOrTx,
  supervisionIds: readonly string[],
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<EntryRow | null> {
  if (supervisionIds.length === 0) return null;
  const query = selectEntries(db).where(
    and(eq(hoursEntries.id, id), inArray(hoursEntries.supervisionId, [...supervisionIds])),
  );
  const rows = options.forUpdate ? await query.for('update', { of: hoursEntries }) : await query;
  return rows[0] ?? null;
}

export async function listEntries(
  db: DbOrTx,
  userId: string,
  query: ListHourEntriesQuery,
): Promise<{ rows: EntryRow[]; total: number }> {
  const conditions: SQL[] = [eq(hoursEntries.userId, userId)];
  if (query.from) conditions.push(gte(hoursEntries.entryDate, query.from));
  if (query.to) conditions.push(lte(hoursEntries.entryDate, query.to));
  if (query.status) conditions.push(eq(hoursEntries.status, query.status));
  if (query.category) conditions.push(eq(hoursEntries.category, query.category));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    selectEntries(db)
      .where(where)
      .orderBy(desc(hoursEntries.entryDate), desc(hoursEntries.createdAt), desc(hoursEntries.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(hoursEntries).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/** Every entry of the user, oldest first (export, PDF). */
export async function listAllEntries(db: DbOrTx, userId: string): Promise<EntryRow[]> {
  return selectEntries(db)
    .where(eq(hoursEntries.userId, userId))
    .orderBy(asc(hoursEntries.entryDate), asc(hoursEntries.createdAt), asc(hoursEntries.id));
}

/** Entries that name one agreement, optionally of one status and one ISO week (supervisor's view). */
export async function listEntriesForSupervision(
  db: DbOrTx,
  supervisionId: string,
  filter: { status?: EntryStatus; from?: string; to?: string },
): Promise<EntryRow[]> {
  const conditions: SQL[] = [eq(hoursEntries.supervisionId, supervisionId)];
  if (filter.status) conditions.push(eq(hoursEntries.status, filter.status));
  if (filter.from) conditions.push(gte(hoursEntries.entryDate, filter.from));
  if (filter.to) conditions.push(lte(hoursEntries.entryDate, filter.to));
  return selectEntries(db)
    .where(and(...conditions))
    .orderBy(asc(hoursEntries.entryDate), asc(hoursEntries.createdAt), asc(hoursEntries.id));
}

const CATEGORY_CODE: Record<string, HourCategory> = {
  d: 'direct',
  i: 'indirect',
  s: 'supervision-individual',
  g: 'supervision-group',
};
const STATUS_CODE: Record<string, EntryStatus> = { u: 'unverified', v: 'verified', r: 'returned' };
const EPOCH_2000 = Date.UTC(2000, 0, 1);

/** The trainee's log version (raised by a trigger on every write to their entries); 0 before the first entry. */
export async function findLogVersion(db: DbOrTx, userId: string): Promise<number> {
  const rows = await db
    .select({ version: hoursLogVersions.version })
    .from(hoursLogVersions)
    .where(eq(hoursLogVersions.userId, userId));
  return rows[0]?.version ?? 0;
}

/**
 * The whole log in the evaluator's terms, with the version it was read at (one statement, one snapshot).
 * PGlite spends most of a 10,000-row read decoding rows one by one, so the rows travel as one aggregated string
 * of short fields (dates as day numbers since 2000-01-01, one-letter category and status codes) and are split
 * here: several times faster than selecting rows.
 */
export async function loadLog(db: DbOrTx, userId: string): Promise<{ version: number; log: LoggedEntry[] }> {
  const packed = await db
    .select({
      version: sql<number>`coalesce((select ${hoursLogVersions.version} from ${hoursLogVersions}
        where ${hoursLogVersions.userId} = ${userId}), 0)::int`,
      log: sql<string | null>`string_agg(
        ${hoursEntries.id}::text || ',' || (${hoursEntries.entryDate} - date '2000-01-01')::text || ',' ||
        ${hoursEntries.minutes}::text || ',' ||
        (case ${hoursEntries.category} when 'direct' then 'd' when 'indirect' then 'i'
          when 'supervision-individual' then 's' else 'g' end) ||
        left(${hoursEntries.status}, 1) || coalesce(${hoursEntries.supervisionId}::text, ''), ';')`,
    })
    .from(hoursEntries)
    .where(eq(hoursEntries.userId, userId));
  const version = Number(packed[0]?.version ?? 0);
  const text = packed[0]?.log;
  if (!text) return { version, log: [] };
  const dates = new Map<number, string>();
  let hasReturned = false;
  const log: LoggedEntry[] = [];
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf(';', at);
    if (end < 0) end = text.length;
    const c1 = text.indexOf(',', at);
    const c2 = text.indexOf(',', c1 + 1);
    const c3 = text.indexOf(',', c2 + 1);
    const day = Number(text.slice(c1 + 1, c2));
    let date = dates.get(day);
    if (date === undefined) {
      date = new Date(EPOCH_2000 + day * 86_400_000).toISOString().slice(0, 10);
      dates.set(day, date);
    }
    const status = STATUS_CODE[text[c3 + 2] ?? 'u'] ?? 'unverified';
    if (status === 'returned') hasReturned = true;
    log.push({
      id: text.slice(at, c1),
      date,
      hours: Number(text.slice(c2 + 1, c3)) / 60,
      category: CATEGORY_CODE[text[c3 + 1] ?? 'd'] ?? 'direct',
      status,
      supervisionId: end > c3 + 3 ? text.slice(c3 + 3, end) : null,
    });
    at = end + 1;
  }
  if (hasReturned) {
    // Return comments are free text (commas and all), so they come separately; there are few of them.
    const comments = await db
      .select({ id: hoursEntries.id, comment: hoursEntries.returnComment })
      .from(hoursEntries)
      .where(and(eq(hoursEntries.userId, userId), eq(hoursEntries.status, 'returned')));
    const byId = new Map(comments.map((c) => [c.id, c.comment]));
    for (const e of log) if (e.status === 'returned') e.returnComment = byId.get(e.id) ?? null;
  }
  return { version, log };
}

export interface NewEntryValues {
  id?: string;
  userId: string;
  entryDate: string;
  minutes: number;
  startTime: string | null;
  endTime: string | null;
  category: HourCategory;
  site: string;
  supervisionId: string | null;
  supervisorName: string | null;
  note: string | null;
  source: EntrySource;
  sourceRef?: string | null;
  importId?: string | null;
}

export async function insertEntry(db: DbOrTx, values: NewEntryValues): Promise<string> {
  const rows = await db.insert(hoursEntries).values(values).returning({ id: hoursEntries.id });
  const id = rows[0]?.id;
  if (!id) throw new Error('insert into hours_entries returned no id');
  return id;
}

/** A PostgreSQL array literal ({"a","b",NULL}); read back with a cast such as ::date[] or ::text[]. */
function arrayLiteral(values: readonly (string | number | null)[]): string {
  const items = values.map((v) =>
    v === null ? 'NULL' : `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`,
  );
  return `{${items.join(',')}}`;
}

/**
 * Many entries of one user, e.g. a 50,000-row import. Each statement carries one array per column and unnests
 * it: a handful of parameters instead of one per value, about four times less work than multi-row VALUES.
 */
export async function insertEntries(db: DbOrTx, userId: string, values: readonly NewEntryValues[]): Promise<void> {
  const chunk = 10_000;
  for (let i = 0; i < values.length; i += chunk) {
    const part = values.slice(i, i + chunk);
    const col = <T extends string | number | null>(pick: (v: NewEntryValues) => T) => arrayLiteral(part.map(pick));
    await db.execute(sql`
      insert into ${hoursEntries} (user_id, entry_date, minutes, start_time, end_time, category, site, supervision_id,
        supervisor_name, note, source, source_ref, import_id)
      select ${userId}::uuid, t.* from unnest(
        ${col((v) => v.entryDate)}::date[], ${col((v) => v.minutes)}::int[], ${col((v) => v.startTime)}::text[],
        ${col((v) => v.endTime)}::text[], ${col((v) => v.category)}::text[], ${col((v) => v.site)}::text[],
        ${col((v) => v.supervisionId)}::uuid[], ${col((v) => v.supervisorName)}::text[], ${col((v) => v.note)}::text[],
        ${col((v) => v.source)}::text[], ${col((v) => v.sourceRef ?? null)}::text[], ${col((v) => v.importId ?? null)}::uuid[]
      ) as t`);
  }
}

/** Placement hours already pulled into the log, by their board id. */
export async function listPulledSourceRefs(db: DbOrTx, userId: string): Promise<Set<string>> {
  const rows = await db
    .select({ ref: hoursEntries.sourceRef })
    .from(hoursEntries)
    .where(
      and(eq(hoursEntries.userId, userId), eq(hoursEntries.source, 'placement'), isNotNull(hoursEntries.sourceRef)),
    );
  return new Set(rows.map((r) => r.ref ?? ''));
}

export interface EntryContentPatch {
  entryDate: string;
  minutes: number;
  startTime: string | null;
  endTime: string | null;
  category: HourCategory;
  site: string;
  supervisionId: string | null;
  note: string | null;
}

/** Replaces what an unverified or returned entry says; it becomes unverified. False when it is verified (locked). */
export async function updateEntryContent(
  db: DbOrTx,
  userId: string,
  id: string,
  patch: EntryContentPatch,
): Promise<boolean> {
  const rows = await db
    .update(hoursEntries)
    .set({ ...patch, supervisorName: null, status: 'unverified', returnComment: null, updatedAt: new Date() })
    .where(and(eq(hoursEntries.userId, userId), eq(hoursEntries.id, id), ne(hoursEntries.status, 'verified')))
    .returning({ id: hoursEntries.id });
  return rows.length > 0;
}

/** Deletes an entry unless it is verified (locked). */
export async function deleteUnlockedEntry(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(hoursEntries)
    .where(and(eq(hoursEntries.userId, userId), eq(hoursEntries.id, id), ne(hoursEntries.status, 'verified')))
    .returning({ id: hoursEntries.id });
  return rows.length > 0;
}

/** Marks entries of one agreement verified; only those still unverified. Returns the ids and minutes changed. */
export async function markVerified(
  db: DbOrTx,
  supervisionId: string,
  filter: { ids?: string[]; from?: string; to?: string },
  verifier: { id: string; name: string },
): Promise<{ id: string; minutes: number }[]> {
  const conditions: SQL[] = [eq(hoursEntries.supervisionId, supervisionId), eq(hoursEntries.status, 'unverified')];
  if (filter.ids) conditions.push(inArray(hoursEntries.id, filter.ids));
  if (filter.from) conditions.push(gte(hoursEntries.entryDate, filter.from));
  if (filter.to) conditions.push(lte(hoursEntries.entryDate, filter.to));
  const now = new Date();
  return db
    .update(hoursEntries)
    .set({
      status: 'verified',
      verifiedAt: now,
      verifiedBy: verifier.id,
      verifiedByName: verifier.name,
      returnComment: null,
      updatedAt: now,
    })
    .where(and(...conditions))
    .returning({ id: hoursEntries.id, minutes: hoursEntries.minutes });
}

/** Returns an entry to the trainee with a comment (also unlocks a verified one). */
export async function markReturned(db: DbOrTx, supervisionId: string, id: string, comment: string): Promise<boolean> {
  const rows = await db
    .update(hoursEntries)
    .set({
      status: 'returned',
      returnComment: comment,
      verifiedAt: null,
      verifiedBy: null,
      verifiedByName: null,
      updatedAt: new Date(),
    })
    .where(and(eq(hoursEntries.supervisionId, supervisionId), eq(hoursEntries.id, id)))
    .returning({ id: hoursEntries.id });
  return rows.length > 0;
}

// ---- Aggregates ----

/** Unverified entries naming each agreement, per ISO week and category (what waits for a supervisor). */
export async function listWaitingWeeks(
  db: DbOrTx,
  supervisionIds: readonly string[],
): Promise<{ supervisionId: string; weekStart: string; category: HourCategory; entries: number; minutes: number }[]> {
  if (supervisionIds.length === 0) return [];
  const week = sql<string>`to_char(${hoursEntries.entryDate} - (extract(isodow from ${hoursEntries.entryDate})::int - 1), 'YYYY-MM-DD')`;
  const rows = await db
    .select({
      supervisionId: sql<string>`${hoursEntries.supervisionId}`,
      weekStart: week,
      category: sql<HourCategory>`${hoursEntries.category}`,
      entries: sql<number>`count(*)::int`,
      minutes: sql<number>`sum(${hoursEntries.minutes})::int`,
    })
    .from(hoursEntries)
    .where(and(inArray(hoursEntries.supervisionId, [...supervisionIds]), eq(hoursEntries.status, 'unverified')))
    .groupBy(hoursEntries.supervisionId, week, hoursEntries.category)
    .orderBy(week);
  return rows;
}

/** Minutes per agreement and status (for supervisor lists and the PDF). */
export async function sumMinutesBySupervision(
  db: DbOrTx,
  where: { userId?: string; supervisionIds?: readonly string[] },
): Promise<{ supervisionId: string | null; supervisorName: string | null; status: EntryStatus; minutes: number }[]> {
  const conditions: SQL[] = [];
  if (where.userId) conditions.push(eq(hoursEntries.userId, where.userId));
  if (where.supervisionIds) {
    if (where.supervisionIds.length === 0) return [];
    conditions.push(inArray(hoursEntries.supervisionId, [...where.supervisionIds]));
  }
  return db
    .select({
      supervisionId: hoursEntries.supervisionId,
      supervisorName: hoursEntries.supervisorName,
      status: sql<EntryStatus>`${hoursEntries.status}`,
      minutes: sql<number>`sum(${hoursEntries.minutes})::int`,
    })
    .from(hoursEntries)
    .where(and(...conditions))
    .groupBy(hoursEntries.supervisionId, hoursEntries.supervisorName, hoursEntries.status);
}

/** Minutes per period (ISO week Monday or YYYY-MM) and category between two dates. */
export async function sumMinutesByPeriod(
  db: DbOrTx,
  userId: string,
  period: 'week' | 'month',
  from: string,
  to: string,
  categories?: readonly HourCategory[],
): Promise<{ start: string; category: HourCategory; minutes: number }[]> {
  const start =
    period === 'week'
      ? sql<string>`to_char(${hoursEntries.entryDate} - (extract(isodow from ${hoursEntries.entryDate})::int - 1), 'YYYY-MM-DD')`
      : sql<string>`to_char(${hoursEntries.entryDate}, 'YYYY-MM')`;
  const conditions: SQL[] = [
    eq(hoursEntries.userId, userId),
    gte(hoursEntries.entryDate, from),
    lte(hoursEntries.entryDate, to),
  ];
  if (categories) conditions.push(inArray(hoursEntries.category, [...categories]));
  return db
    .select({
      start,
      category: sql<HourCategory>`${hoursEntries.category}`,
      minutes: sql<number>`sum(${hoursEntries.minutes})::int`,
    })
    .from(hoursEntries)
    .where(and(...conditions))
    .groupBy(start, hoursEntries.category)
    .orderBy(start);
}

// ---- Idempotency keys ----

/** Claims a key for a new entry id; false when the key was used before (then read it with findIdempotencyKey). */
export async function claimIdempotencyKey(
  db: DbOrTx,
  values: { userId: string; key: string; requestHash: string; entryId: string },
): Promise<boolean> {
  const rows = await db
    .insert(hoursIdempotencyKeys)
    .values(values)
    .onConflictDoNothing()
    .returning({ key: hoursIdempotencyKeys.key });
  return rows.length > 0;
}

export async function findIdempotencyKey(
  db: DbOrTx,
  userId: string,
  key: string,
): Promise<{ requestHash: string; entryId: string } | null> {
  const rows = await db
    .select({ requestHash: hoursIdempotencyKeys.requestHash, entryId: hoursIdempotencyKeys.entryId })
    .from(hoursIdempotencyKeys)
    .where(and(eq(hoursIdempotencyKeys.userId, userId), eq(hoursIdempotencyKeys.key, key)));
  return rows[0] ?? null;
}

/** Keys older than the cutoff are forgotten (a retry comes within minutes, not days). */
export async function deleteIdempotencyKeysBefore(db: DbOrTx, userId: string, cutoff: Date): Promise<void> {
  await db
    .delete(hoursIdempotencyKeys)
    .where(and(eq(hoursIdempotencyKeys.userId, userId), lt(hoursIdempotencyKeys.createdAt, cutoff)));
}

// ---- People ----

export async function findUserName(db: DbOrTx, userId: string): Promise<string | null> {
  const rows = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return rows[0]?.name ?? null;
}
