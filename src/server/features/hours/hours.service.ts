import { createHash, randomUUID } from 'node:crypto';
import {
  entryBodyHours,
  HOUR_CATEGORY_LABELS,
  HOURS_LIMITS,
  type HourEntry,
  type HourEntryBody,
  type HourEntryList,
  type HoursGoal,
  type ListHourEntriesQuery,
  type SavedHourEntry,
} from '#contracts/hours.js';
import type { RuleSet } from '#contracts/licensure.js';
import { addDays } from '#domain/calendar-date.js';
import { type AgreementFacts, exclusionOf, type LoggedEntry, warnEntries } from '#domain/hours/entry-rules.js';
import { formatHoursValue } from '#domain/hours/verification-summary.js';
import { toListItem } from '#domain/licensure/rule-set-list-item.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import type { AuditDetails } from '#server/db/schema/hours.js';
import { AppError } from '#server/errors.js';
import type { PersonalDataSection } from '#server/personal-data.js';
import type { SessionUser } from '#server/plugins/session.js';
import * as repo from './hours.repository.js';
import type { HoursReaders } from './hours-readers.js';
import type { RuleSetCatalog } from './rule-sets.port.js';
import * as supervisionRepo from './supervision.repository.js';

// ---- Shared helpers (also used by the other services of this feature) ----

export function toAgreementFacts(row: supervisionRepo.SupervisionRow): AgreementFacts {
  const hasLicense =
    row.licenseType !== null &&
    row.licenseNumber !== null &&
    row.licenseJurisdiction !== null &&
    row.licenseExpires !== null;
  return {
    id: row.id,
    supervisorName: row.supervisorName ?? row.inviteEmail,
    startDate: row.startDate,
    endDate: row.endDate,
    license: hasLicense
      ? {
          licenseType: row.licenseType ?? '',
          licenseNumber: row.licenseNumber ?? '',
          licenseJurisdiction: row.licenseJurisdiction ?? '',
          licenseExpires: row.licenseExpires ?? '',
          licenseValidFrom: row.licenseValidFrom,
          holdsSupervisorCredential: row.holdsSupervisorCredential,
          supervisorCredentialFrom: row.supervisorCredentialFrom,
        }
      : null,
  };
}

export async function loadAgreements(db: DbOrTx, traineeId: string): Promise<Map<string, AgreementFacts>> {
  const rows = await supervisionRepo.listSupervisionsOfTrainee(db, traineeId);
  return new Map(rows.map((r) => [r.id, toAgreementFacts(r)]));
}

export function toHourEntry(row: repo.EntryRow, agreements: ReadonlyMap<string, AgreementFacts>): HourEntry {
  const agreement = row.supervisionId === null ? null : (agreements.get(row.supervisionId) ?? null);
  return {
    id: row.id,
    date: row.date,
    hours: row.minutes / 60,
    startTime: row.startTime,
    endTime: row.endTime,
    category: row.category,
    site: row.site,
    supervisionId: row.supervisionId,
    supervisorName: row.supervisorName,
    note: row.note,
    status: row.status,
    isLocked: row.status === 'verified',
    source: row.source,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    verifiedByName: row.verifiedByName,
    returnComment: row.returnComment,
    exclusion: exclusionOf(row, agreement)?.message ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toLoggedEntry(row: repo.EntryRow): LoggedEntry {
  return {
    id: row.id,
    date: row.date,
    hours: row.minutes / 60,
    category: row.category,
    status: row.status,
    supervisionId: row.supervisionId,
    returnComment: row.returnComment,
  };
}

/** "2026-01-05, 1.5 h direct client contact at Riverside Clinic": how the trail and messages name an entry. */
export function describeEntry(e: {
  date: string;
  minutes: number;
  category: keyof typeof HOUR_CATEGORY_LABELS;
  site: string;
}): string {
  return `${e.date}, ${formatHoursValue(e.minutes / 60)} h ${HOUR_CATEGORY_LABELS[e.category].toLowerCase()} at ${e.site}`;
}

function describeContent(c: repo.EntryContentPatch): string {
  return describeEntry({ date: c.entryDate, minutes: c.minutes, category: c.category, site: c.site });
}

/**
 * The goal's rule set at the version in force on the goal's rules date (else today), or null when no goal is
 * chosen (ADR 0025).
 */
export async function findGoalRuleSet(
  db: DbOrTx,
  userId: string,
  ruleSets: RuleSetCatalog,
  today: string,
): Promise<RuleSet | null> {
  const [id, rulesDate] = await Promise.all([repo.findGoalRuleSetId(db, userId), repo.findGoalRulesDate(db, userId)]);
  return id === null ? null : ruleSets.getRuleSetInForce(db, id, rulesDate ?? today);
}

/** Warnings for entries just saved, measured against the rest of the log and the goal's rules. */
async function warningsFor(db: DbOrTx, userId: string, entries: LoggedEntry[], readers: HoursReaders, today: string) {
  const [log, agreements, ruleSet] = await Promise.all([
    readers.logs.load(db, userId),
    loadAgreements(db, userId),
    findGoalRuleSet(db, userId, readers.ruleSets, today),
  ]);
  return warnEntries(entries, log, agreements, ruleSet);
}

// ---- Goal ----

export async function getGoal(db: DbOrTx, userId: string, ruleSets: RuleSetCatalog): Promise<HoursGoal> {
  const [goalId, degreeDate, rulesDate, available] = await Promise.all([
    repo.findGoalRuleSetId(db, userId),
    repo.findGoalDegreeDate(db, userId),
    repo.findGoalRulesDate(db, userId),
    ruleSets.listCurrentRuleSets(db),
  ]);
  const items = available.map(toListItem);
  return { ruleSet: items.find((r) => r.id === goalId) ?? null, degreeDate, rulesDate, available: items };
}

/** Sets the goal; `degreeDate` left out keeps the one stored, null clears it. */
export async function setGoal(
  db: DbOrTx,
  userId: string,
  body: { ruleSetId: string; degreeDate?: string | null | undefined; rulesDate?: string | null | undefined },
  ruleSets: RuleSetCatalog,
): Promise<HoursGoal> {
  const { ruleSetId } = body;
  // NOT_FOUND names the missing rule set; the goal then stays as it was.
  await ruleSets.getRuleSet(db, ruleSetId).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') {
      throw new AppError('BAD_REQUEST', err.message, [
        { path: 'body.ruleSetId', message: `no rule set "${ruleSetId}"` },
      ]);
    }
    throw err;
  });
  await repo.upsertGoal(db, userId, ruleSetId, body.degreeDate, body.rulesDate);
  return getGoal(db, userId, ruleSets);
}

// ---- Entries ----

async function checkEntryBody(db: DbOrTx, userId: string, body: HourEntryBody, today: string): Promise<void> {
  const latest = addDays(today, HOURS_LIMITS.maxDaysAhead);
  if (body.date > latest) {
    throw new AppError('BAD_REQUEST', `Hours cannot be logged ahead: ${body.date} is in the future.`, [
      { path: 'body.date', message: `date must be on or before ${latest}` },
    ]);
  }
  if (body.supervisionId) {
    const s = await supervisionRepo.findSupervisionOfTrainee(db, userId, body.supervisionId);
    if (!s || (s.status !== 'invited' && s.status !== 'active')) {
      throw new AppError('BAD_REQUEST', 'That supervisor is not one of your current supervisors.', [
        { path: 'body.supervisionId', message: 'must be one of your invited or active supervision agreements' },
      ]);
    }
  }
}

function contentOf(body: HourEntryBody): repo.EntryContentPatch {
  return {
    entryDate: body.date,
    minutes: Math.round(entryBodyHours(body) * 60),
    startTime: body.startTime ?? null,
    endTime: body.endTime ?? null,
    category: body.category,
    site: body.site,
    supervisionId: body.supervisionId ?? null,
    note: body.note ? body.note : null,
  };
}

function requestHash(body: HourEntryBody): string {
  const c = contentOf(body);
  return createHash('sha256')
    .update(
      JSON.stringify([c.entryDate, c.minutes, c.startTime, c.endTime, c.category, c.site, c.supervisionId, c.note]),
    )
    .digest('hex');
}

function trainee(user: SessionUser) {
  return { actorId: user.id, actorName: user.displayName, actorRole: 'trainee' as const };
}

async function savedEntry(
  db: DbOrTx,
  userId: string,
  id: string,
  readers: HoursReaders,
  today: string,
): Promise<SavedHourEntry> {
  const [row, agreements] = await Promise.all([repo.findEntry(db, userId, id), loadAgreements(db, userId)]);
  if (!row) throw new AppError('NOT_FOUND', 'No such hour entry in your log.');
  const [warnings = []] = await warningsFor(db, userId, [toLoggedEntry(row)], readers, today);
  return { entry: toHourEntry(row, agreements), warnings };
}

/**
 * Logs one entry. With an Idempotency-Key, a retry of the same request returns the entry the first one made
 * (replayed: true) instead of a second one; the same key with different content is refused.
 */
export async function createEntry(
  db: Db,
  user: SessionUser,
  body: HourEntryBody,
  today: string,
  idempotencyKey: string | undefined,
  readers: HoursReaders,
): Promise<SavedHourEntry & { replayed: boolean }> {
  await checkEntryBody(db, user.id, body, today);
  const outcome = await db.transaction(async (tx) => {
    const entryId = randomUUID();
    if (idempotencyKey !== undefined) {
      const hash = requestHash(body);
      const claimed = await repo.claimIdempotencyKey(tx, {
        userId: user.id,
        key: idempotencyKey,
        requestHash: hash,
        entryId,
      });
      if (!claimed) {
        const previous = await repo.findIdempotencyKey(tx, user.id, idempotencyKey);
        if (previous && previous.requestHash !== hash) {
          throw new AppError(
            'CONFLICT',
            'This Idempotency-Key was already used for a different entry. Use a new key for a new entry.',
            [{ path: 'headers.idempotency-key', message: 'was used before with different content' }],
          );
        }
        return { id: previous?.entryId ?? '', replayed: true };
      }
    }
    const content = contentOf(body);
    await repo.insertEntry(tx, { ...content, id: entryId, userId: user.id, supervisorName: null, source: 'manual' });
    await supervisionRepo.insertAuditEvents(tx, [
      {
        ...trainee(user),
        traineeId: user.id,
        entryId,
        supervisionId: content.supervisionId,
        action: 'create',
        details: { summary: `Logged ${describeContent(content)}` },
      },
    ]);
    return { id: entryId, replayed: false };
  });
  const existing = await repo.findEntry(db, user.id, outcome.id);
  if (!existing) {
    throw new AppError('CONFLICT', 'This Idempotency-Key was used for an entry that has since been deleted.', [
      { path: 'headers.idempotency-key', message: 'belongs to a deleted entry' },
    ]);
  }
  return { ...(await savedEntry(db, user.id, outcome.id, readers, today)), replayed: outcome.replayed };
}

export async function getEntry(db: DbOrTx, userId: string, id: string): Promise<HourEntry> {
  const [row, agreements] = await Promise.all([repo.findEntry(db, userId, id), loadAgreements(db, userId)]);
  if (!row) throw new AppError('NOT_FOUND', 'No such hour entry in your log.');
  return toHourEntry(row, agreements);
}

export async function listEntries(db: DbOrTx, userId: string, query: ListHourEntriesQuery): Promise<HourEntryList> {
  const [{ rows, total }, agreements] = await Promise.all([
    repo.listEntries(db, userId, query),
    loadAgreements(db, userId),
  ]);
  return { items: rows.map((r) => toHourEntry(r, agreements)), total, page: query.page, pageSize: query.pageSize };
}

function lockedError(row: repo.EntryRow): AppError {
  const by = row.verifiedByName ?? 'the supervisor';
  return new AppError(
    'CONFLICT',
    `This entry was verified by ${by} and is locked. Ask ${by} to return it if it needs a change; it will then need verifying again.`,
  );
}

const FIELD_LABELS: [keyof repo.EntryContentPatch, string][] = [
  ['entryDate', 'date'],
  ['minutes', 'hours'],
  ['startTime', 'start time'],
  ['endTime', 'end time'],
  ['category', 'category'],
  ['site', 'site'],
  ['supervisionId', 'supervisor'],
  ['note', 'note'],
];

function changesBetween(
  before: repo.EntryContentPatch,
  after: repo.EntryContentPatch,
  names: { before: string | null; after: string | null },
): AuditDetails['changes'] {
  const show = (field: keyof repo.EntryContentPatch, c: repo.EntryContentPatch, name: string | null) => {
    if (field === 'minutes') return formatHoursValue(c.minutes / 60);
    if (field === 'supervisionId') return name;
    const v = c[field];
    return v === null ? null : String(v);
  };
  return FIELD_LABELS.filter(([f]) => before[f] !== after[f]).map(([f, label]) => ({
    field: label,
    from: show(f, before, names.before),
    to: show(f, after, names.after),
  }));
}

/** Replaces an unverified or returned entry's content (a returned one goes back to its supervisor). */
export async function updateEntry(
  db: Db,
  user: SessionUser,
  id: string,
  body: HourEntryBody,
  today: string,
  readers: HoursReaders,
): Promise<SavedHourEntry> {
  await checkEntryBody(db, user.id, body, today);
  await db.transaction(async (tx) => {
    const row = await repo.findEntry(tx, user.id, id, { forUpdate: true });
    if (!row) throw new AppError('NOT_FOUND', 'No such hour entry in your log.');
    if (row.status === 'verified') throw lockedError(row);
    const before: repo.EntryContentPatch = {
      entryDate: row.date,
      minutes: row.minutes,
      startTime: row.startTime,
      endTime: row.endTime,
      category: row.category,
      site: row.site,
      supervisionId: row.supervisionId,
      note: row.note,
    };
    const after = contentOf(body);
    if (!(await repo.updateEntryContent(tx, user.id, id, after))) throw lockedError(row);
    const agreements = await loadAgreements(tx, user.id);
    const nameOf = (sid: string | null) => (sid === null ? null : (agreements.get(sid)?.supervisorName ?? null));
    const changes = changesBetween(before, after, { before: row.supervisorName, after: nameOf(after.supervisionId) });
    await supervisionRepo.insertAuditEvents(tx, [
      {
        ...trainee(user),
        traineeId: user.id,
        entryId: id,
        supervisionId: after.supervisionId,
        action: 'edit',
        details: {
          summary:
            row.status === 'returned'
              ? `Corrected the returned entry ${describeContent(after)}; it waits for verification again`
              : `Edited ${describeContent(after)}`,
          changes,
        },
      },
    ]);
  });
  return savedEntry(db, user.id, id, readers, today);
}

export async function deleteEntry(db: Db, user: SessionUser, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await repo.findEntry(tx, user.id, id, { forUpdate: true });
    if (!row) throw new AppError('NOT_FOUND', 'No such hour entry in your log.');
    if (row.status === 'verified') throw lockedError(row);
    if (!(await repo.deleteUnlockedEntry(tx, user.id, id))) throw lockedError(row);
    await supervisionRepo.insertAuditEvents(tx, [
      {
        ...trainee(user),
        traineeId: user.id,
        entryId: id,
        supervisionId: row.supervisionId,
        action: 'delete',
        details: { summary: `Deleted ${describeEntry(row)}` },
      },
    ]);
  });
}

// ---- Personal data ----

/** The hours log in the personal data export: goal, agreements (both sides), entries and the audit trail. */
export const hoursPersonalData: PersonalDataSection = {
  name: 'hours',
  async collect(db: DbOrTx, userId: string) {
    const [goal, degreeDate, entries, agreements, supervising, audit] = await Promise.all([
      repo.findGoalRuleSetId(db, userId),
      repo.findGoalDegreeDate(db, userId),
      repo.listAllEntries(db, userId),
      supervisionRepo.listSupervisionsOfTrainee(db, userId),
      supervisionRepo.listSupervisionsOfSupervisor(db, userId, ['invited', 'active', 'ended', 'removed', 'declined']),
      supervisionRepo.listAuditEvents(db, { traineeId: userId }, { limit: 1_000_000 }),
    ]);
    return { goal, degreeDate, entries, agreements, supervising, audit };
  },
};
