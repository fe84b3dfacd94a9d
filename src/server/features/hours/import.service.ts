import { randomUUID } from 'node:crypto';
import {
  type CsvRowError,
  emptyCategoryHours,
  HOURS_LIMITS,
  type ImportCsvBody,
  type ImportPreview,
} from '#contracts/hours.js';
import { addDays, type DateNotation } from '#domain/calendar-date.js';
import { type LoggedEntry, warnEntries } from '#domain/hours/entry-rules.js';
import { findDuplicateRows, type HoursCsvRow } from '#domain/hours/hours-csv.js';
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
 * none is kept as written, so the hours are logged but cannot be verified in Vocare. A row that repeats an entry
 * already in the log (same date, minutes, category, site and supervisor) is a duplicate: shown in the preview and
 * skipped unless the person asks to import duplicates too, so importing the log's own export adds nothing.
 */

type ReadRow = HoursCsvRow & { supervisionId: string | null; isDuplicate: boolean };

interface ReadFile {
  rows: ReadRow[];
  errors: CsvRowError[];
  rowCount: number;
  unmatched: string[];
  dateNotations: DateNotation[];
}

async function readFile(db: DbOrTx, userId: string, csv: string, today: string): Promise<ReadFile> {
  const parsed = parseHoursCsv(csv, { maxRows: HOURS_LIMITS.maxImportRows });
  const existing = parsed.rows.length === 0 ? [] : await repo.listAllEntries(db, userId);
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
  const matched: (HoursCsvRow & { supervisionId: string | null })[] = [];
  for (const row of parsed.rows) {
    if (row.date > latest) {
      errors.push({ line: row.line, reason: `date ${row.date} is in the future (hours cannot be logged ahead)` });
      continue;
    }
    const supervisionId = row.supervisor === null ? null : (byKey.get(row.supervisor.toLowerCase()) ?? null);
    if (row.supervisor !== null && supervisionId === null) unmatched.add(row.supervisor);
    matched.push({ ...row, supervisionId });
  }
  const isDuplicate = findDuplicateRows(
    matched.map((r) => ({
      date: r.date,
      minutes: Math.round(r.hours * 60),
      category: r.category,
      site: r.site,
      supervisionId: r.supervisionId,
      supervisorName: r.supervisor,
    })),
    existing.map((e) => ({
      date: e.date,
      minutes: e.minutes,
      category: e.category,
      site: e.site,
      supervisionId: e.supervisionId,
      supervisorName: e.supervisorName,
    })),
  );
  errors.sort((a, b) => a.line - b.line);
  return {
    rows: matched.map((r, i) => ({ ...r, isDuplicate: isDuplicate[i] ?? false })),
    errors,
    rowCount: parsed.rowCount,
    unmatched: [...unmatched].sort(),
    dateNotations: parsed.dateNotations,
  };
}

/** The rows an import saves: every good row, less the duplicates unless they are asked for. */
function rowsToSave(file: ReadFile, includeDuplicates: boolean): ReadRow[] {
  return includeDuplicates ? file.rows : file.rows.filter((r) => !r.isDuplicate);
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
  body: ImportCsvBody,
  today: string,
  readers: HoursReaders,
): Promise<ImportPreview> {
  const file = await readFile(db, userId, body.csv, today);
  const saved = rowsToSave(file, body.includeDuplicates);
  const [log, agreements, ruleSet] = await Promise.all([
    readers.logs.load(db, userId),
    loadAgreements(db, userId),
    findGoalRuleSet(db, userId, readers.ruleSets, today),
  ]);
  const savedWarnings = warnEntries(asLogged(saved), log, agreements, ruleSet);
  const warningsOf = new Map(saved.map((r, i) => [r.line, savedWarnings[i] ?? []]));
  const byCategory = emptyCategoryHours();
  let hours = 0;
  for (const r of saved) {
    byCategory[r.category] += r.hours;
    hours += r.hours;
  }
  return {
    rowCount: file.rowCount,
    validCount: file.rows.length,
    duplicateCount: file.rows.filter((r) => r.isDuplicate).length,
    hours,
    byCategory,
    dateNotations: file.dateNotations,
    errors: file.errors,
    rows: file.rows.slice(0, PREVIEW_ROWS).map((r) => ({
      line: r.line,
      date: r.date,
      hours: r.hours,
      category: r.category,
      site: r.site,
      supervisor: r.supervisor,
      supervisionId: r.supervisionId,
      note: r.note,
      warnings: (warningsOf.get(r.line) ?? []).map((w) => w.message),
      isDuplicate: r.isDuplicate,
    })),
    unmatchedSupervisors: file.unmatched,
    warningCount: savedWarnings.filter((w) => w.length > 0).length,
  };
}

/**
 * Saves every row of the file in one transaction, or nothing when any row is bad (each one reported). Rows that
 * repeat an entry already in the log are skipped unless `includeDuplicates`; a file of duplicates only saves nothing.
 */
export async function importCsv(
  db: Db,
  user: SessionUser,
  body: ImportCsvBody,
  today: string,
): Promise<{ imported: number; hours: number; skippedDuplicates: number }> {
  const file = await readFile(db, user.id, body.csv, today);
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
  const saved = rowsToSave(file, body.includeDuplicates);
  const skippedDuplicates = file.rows.length - saved.length;
  if (saved.length === 0) return { imported: 0, hours: 0, skippedDuplicates };
  const importId = randomUUID();
  await db.transaction(async (tx) => {
    await repo.insertEntries(
      tx,
      user.id,
      saved.map((r) => ({
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
  return { imported: saved.length, hours: saved.reduce((sum, r) => sum + r.hours, 0), skippedDuplicates };
}
