import { randomUUID } from 'node:crypto';
import { type CsvRowError, emptyCategoryHours, HOURS_LIMITS, type ImportPreview } from '#contracts/hours.js';
import { addDays } from '#domain/calendar-date.js';
import { type LoggedEntry, warnEntries } from '#domain/hours/entry-rules.js';
import type { HoursCsvRow } from '#domain/hours/hours-csv.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import type { SessionUser } from '#server/plugins/session.js';
import * as repo from './hours.repository.js';
import { findGoalRuleSet, loadAgreements } from './hours.service.js';
import { parseHoursCsv } from './hours-csv.js';
import type { HoursReaders } from './hours-readers.js';
import * as supervisionRepo from './supervision.repository.js';

/*
 * CSV import: preview first (nothing saved), then save all rows in one transaction or none. The supervisor
 * column is matched against the trainee's agreements by email address or name (any case); a name that matches
 * none is kept as written, so the hours are logged but cannot be verified in Vocare.
 */

interface ReadFile {
  rows: (HoursCsvRow & { supervisionId: string | null })[];
  errors: CsvRowError[];
  rowCount: number;
  unmatched: string[];
}

async function readFile(db: DbOrTx, userId: string, csv: string, today: string): Promise<ReadFile> {
  const parsed = parseHoursCsv(csv, { maxRows: HOURS_LIMITS.maxImportRows });
  const latest = addDays(today, HOURS_LIMITS.maxDaysAhead);
  const errors = [...parsed.errors];
  const supervisions = await supervisionRepo.listSupervisionsOfTrainee(db, userId);
  const byKey = new Map<string, string>();
  for (const s of supervisions) {
    if (s.status === 'declined') continue;
    byKey.set(s.inviteEmail.toLowerCase(), s.id);
    if (s.supervisorName) byKey.set(s.supervisorName.toLowerCase(), s.id);
  }
  const unmatched = new Set<string>();
  const rows: ReadFile['rows'] = [];
  for (const row of parsed.rows) {
    if (row.date > latest) {
      errors.push({ line: row.line, reason: `date ${row.date} is in the future (hours cannot be logged ahead)` });
      continue;
    }
    const supervisionId = row.supervisor === null ? null : (byKey.get(row.supervisor.toLowerCase()) ?? null);
    if (row.supervisor !== null && supervisionId === null) unmatched.add(row.supervisor);
    rows.push({ ...row, supervisionId });
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors, rowCount: parsed.rowCount, unmatched: [...unmatched].sort() };
}

function asLogged(rows: ReadFile['rows']): LoggedEntry[] {
  return rows.map((r) => ({
    id: `line-${r.line}`,
    date: r.date,
    hours: r.hours,
    category: r.category,
    status: 'unverified',
    supervisionId: r.supervisionId,
  }));
}

const PREVIEW_ROWS = 100;

/** What an import would save, every bad row with its line and reason, and the warnings rows would get. */
export async function previewImport(
  db: DbOrTx,
  userId: string,
  csv: string,
  today: string,
  readers: HoursReaders,
): Promise<ImportPreview> {
  const file = await readFile(db, userId, csv, today);
  const [log, agreements, ruleSet] = await Promise.all([
    readers.logs.load(db, userId),
    loadAgreements(db, userId),
    findGoalRuleSet(db, userId, readers.ruleSets),
  ]);
  const warnings = warnEntries(asLogged(file.rows), log, agreements, ruleSet);
  const byCategory = emptyCategoryHours();
  let hours = 0;
  for (const r of file.rows) {
    byCategory[r.category] += r.hours;
    hours += r.hours;
  }
  return {
    rowCount: file.rowCount,
    validCount: file.rows.length,
    hours,
    byCategory,
    errors: file.errors,
    rows: file.rows.slice(0, PREVIEW_ROWS).map((r, i) => ({
      line: r.line,
      date: r.date,
      hours: r.hours,
      category: r.category,
      site: r.site,
      supervisor: r.supervisor,
      supervisionId: r.supervisionId,
      note: r.note,
      warnings: (warnings[i] ?? []).map((w) => w.message),
    })),
    unmatchedSupervisors: file.unmatched,
    warningCount: warnings.filter((w) => w.length > 0).length,
  };
}

/** Saves every row of the file in one transaction, or nothing when any row is bad (each one reported). */
export async function importCsv(
  db: Db,
  user: SessionUser,
  csv: string,
  today: string,
): Promise<{ imported: number; hours: number }> {
  const file = await readFile(db, user.id, csv, today);
  if (file.errors.length > 0) {
    const n = file.errors.length;
    throw new AppError(
      'BAD_REQUEST',
      `${n} row${n === 1 ? ' has' : 's have'} problems; nothing was saved. Fix ${n === 1 ? 'it' : 'them'} and import the file again.`,
      file.errors.map((e) => ({ path: 'body.csv', message: `line ${e.line}: ${e.reason}` })),
    );
  }
  if (file.rows.length === 0) {
    throw new AppError('BAD_REQUEST', 'The file has no rows to import.', [
      { path: 'body.csv', message: 'has a header but no rows' },
    ]);
  }
  const importId = randomUUID();
  await db.transaction(async (tx) => {
    await repo.insertEntries(
      tx,
      user.id,
      file.rows.map((r) => ({
        userId: user.id,
        entryDate: r.date,
        minutes: Math.round(r.hours * 60),
        startTime: null,
        endTime: null,
        category: r.category,
        site: r.site,
        supervisionId: r.supervisionId,
        supervisorName: r.supervisionId === null ? r.supervisor : null,
        note: r.note,
        source: 'import' as const,
        importId,
      })),
    );
    await supervisionRepo.insertImportAuditEvents(
      tx,
      importId,
      { id: user.id, name: user.displayName },
      'Imported from a CSV file',
    );
  });
  return { imported: file.rows.length, hours: file.rows.reduce((sum, r) => sum + r.hours, 0) };
}
