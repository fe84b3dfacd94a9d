import { type CsvRowError, HOUR_CATEGORY_LABELS, HOURS_CSV_COLUMNS, HOURS_LIMITS } from '#contracts/hours.js';
import { LICENSURE_LIMITS } from '#contracts/licensure.js';
import { HOUR_CATEGORY_IDS, type HourCategory } from '#contracts/vocabulary.js';
import { type DateNotation, readDate } from '../calendar-date.js';
import { type CsvRecord, removeFormulaGuard } from '../csv-record.js';

/*
 * The hours CSV (import, export, and the CLI's `hours progress --log`):
 *
 *   date,hours,category,site,supervisor,note
 *
 * The text is read and written by the one CSV module (`server/lib/csv.ts`, dialect in ADR 0011); this file
 * checks the records it returns. The header must start with those six names (any case); columns after them are
 * ignored, so an exported file (which adds status and verification columns) imports again. Text cells that a
 * spreadsheet would run as a formula (= + - @) are written with a leading apostrophe, which reading removes again.
 * Dates are YYYY-MM-DD or US-style MM/DD/YYYY (slashed dates are always month first, never day first); a
 * category is its id (`direct`) or the label the app shows (`Direct client contact`), in any case.
 */

export interface HoursCsvRow {
  /** Line of the file where the row starts (header = 1). */
  line: number;
  date: string;
  /** How the date was written in the file. */
  dateNotation: DateNotation;
  hours: number;
  category: HourCategory;
  site: string;
  supervisor: string | null;
  note: string | null;
}

export interface ParsedHoursCsv {
  rows: HoursCsvRow[];
  /** The date notations the good rows were read in (ISO first), so the preview can say how dates were read. */
  dateNotations: DateNotation[];
  errors: CsvRowError[];
  /** Data rows read (good and bad), blank lines not counted. */
  rowCount: number;
  /** The whole file was refused (header, an unclosed quote, too many rows): `errors` holds that one reason. */
  isRefused: boolean;
}

const REQUIRED_COLUMNS = 4;
/** Ids and the app's own labels, lower-cased, to the category id. */
const CATEGORY_BY_NAME: ReadonlyMap<string, HourCategory> = new Map(
  HOUR_CATEGORY_IDS.flatMap((id) => [
    [id, id],
    [HOUR_CATEGORY_LABELS[id].toLowerCase(), id],
  ]),
);

/** Checks the header: the documented six columns first, in order. Returns a reason, or null when it fits. */
export function checkHoursCsvHeader(fields: readonly string[]): string | null {
  const names = fields.map((f) => f.trim().toLowerCase());
  const expected = HOURS_CSV_COLUMNS.join(',');
  for (let i = 0; i < HOURS_CSV_COLUMNS.length; i++) {
    if (names[i] !== HOURS_CSV_COLUMNS[i]) {
      return names[i] === undefined
        ? `the header must be "${expected}" (column ${i + 1}, "${HOURS_CSV_COLUMNS[i]}", is missing)`
        : `the header must be "${expected}" (column ${i + 1} is "${fields[i]?.trim()}", expected "${HOURS_CSV_COLUMNS[i]}")`;
    }
  }
  return null;
}

function checkRow(record: CsvRecord): { row: HoursCsvRow } | { error: CsvRowError } {
  const problems: string[] = [];
  const cell = (i: number) => removeFormulaGuard((record.cells[i] ?? '').trim());
  // supervisor and note may be left off the end of a row; date, hours, category and site may not.
  if (record.cells.length < REQUIRED_COLUMNS) {
    const n = record.cells.length;
    return {
      error: {
        line: record.line,
        reason: `has ${n} column${n === 1 ? '' : 's'}, expected ${HOURS_CSV_COLUMNS.length} (${HOURS_CSV_COLUMNS.join(',')})`,
      },
    };
  }
  const dateText = cell(0);
  const read = readDate(dateText);
  if (dateText === '') problems.push('date is empty');
  else if (read === null)
    problems.push(
      /^\d{4}-\d{2}-\d{2}$|^\d{1,2}\/\d{1,2}\/\d{4}$/.test(dateText)
        ? `date "${dateText}" is not a real calendar date (slashed dates are read month first: 10/07/2026 is 7 October 2026)`
        : `date "${dateText}" is not written YYYY-MM-DD or MM/DD/YYYY`,
    );

  const hoursText = cell(1);
  const hours = Number(hoursText);
  if (hoursText === '') problems.push('hours is empty');
  else if (!/^\d+(?:\.\d+)?$/.test(hoursText) || !Number.isFinite(hours))
    problems.push(`hours "${hoursText}" is not a number`);
  else if (hours <= 0) problems.push('hours must be greater than 0');
  else if (hours > LICENSURE_LIMITS.maxEntryHours)
    problems.push(`hours ${hoursText} is more than ${LICENSURE_LIMITS.maxEntryHours} (hours in a day)`);
  else if (!Number.isInteger(hours * 4))
    problems.push(`hours ${hoursText} is not a multiple of a quarter hour (e.g. 1.25)`);

  const category = CATEGORY_BY_NAME.get(cell(2).toLowerCase().replace(/\s+/g, ' '));
  if (cell(2) === '') problems.push('category is empty');
  else if (category === undefined)
    problems.push(
      `category "${cell(2)}" is not one of ${HOUR_CATEGORY_IDS.join(', ')} (or their labels, such as "${HOUR_CATEGORY_LABELS.direct}")`,
    );

  const site = cell(3);
  if (site === '') problems.push('site is empty');
  else if (site.length > HOURS_LIMITS.maxSiteLength)
    problems.push(`site is longer than ${HOURS_LIMITS.maxSiteLength} characters`);

  const supervisor = cell(4);
  if (supervisor.length > HOURS_LIMITS.maxSupervisorLength) {
    problems.push(`supervisor is longer than ${HOURS_LIMITS.maxSupervisorLength} characters`);
  }
  const note = cell(5);
  if (note.length > HOURS_LIMITS.maxNoteLength)
    problems.push(`note is longer than ${HOURS_LIMITS.maxNoteLength} characters`);

  if (problems.length > 0 || read === null || category === undefined)
    return { error: { line: record.line, reason: problems.join('; ') } };
  return {
    row: {
      line: record.line,
      date: read.date,
      dateNotation: read.notation,
      hours,
      category,
      site,
      supervisor: supervisor === '' ? null : supervisor,
      note: note === '' ? null : note,
    },
  };
}

/** The result for a file whose text could not be read as CSV at all (the reader's error, at its line). */
export function refuseHoursCsv(error: CsvRowError): ParsedHoursCsv {
  return { rows: [], dateNotations: [], errors: [error], rowCount: 0, isRefused: true };
}

/**
 * Checks the records of an hours CSV: every good row, and every bad one with its line number and all its
 * problems. A wrong header or too many rows is one error at that line and no rows.
 */
export function checkHoursCsvRecords(
  records: readonly CsvRecord[],
  options: { maxRows?: number } = {},
): ParsedHoursCsv {
  const maxRows = options.maxRows ?? HOURS_LIMITS.maxImportRows;
  const header = records[0];
  if (!header) return refuseHoursCsv({ line: 1, reason: 'the file is empty (expected a header line)' });
  const headerProblem = checkHoursCsvHeader(header.cells);
  if (headerProblem) return refuseHoursCsv({ line: header.line, reason: headerProblem });
  const data = records.slice(1);
  if (data.length > maxRows) {
    return {
      rows: [],
      dateNotations: [],
      errors: [
        {
          line: data[maxRows]?.line ?? header.line,
          reason: `the file has ${data.length} rows; at most ${maxRows} can be read at once`,
        },
      ],
      rowCount: data.length,
      isRefused: true,
    };
  }
  const rows: HoursCsvRow[] = [];
  const errors: CsvRowError[] = [];
  for (const record of data) {
    const checked = checkRow(record);
    if ('row' in checked) rows.push(checked.row);
    else errors.push(checked.error);
  }
  const notations = new Set(rows.map((r) => r.dateNotation));
  const dateNotations = (['iso', 'us'] as const).filter((n) => notations.has(n));
  return { rows, dateNotations, errors, rowCount: data.length, isRefused: false };
}

export interface HoursCsvExportRow {
  date: string;
  hours: number;
  category: HourCategory;
  site: string;
  supervisor: string | null;
  note: string | null;
  status: string;
  verifiedBy: string | null;
  verifiedAt: string | null;
  id: string;
}

export const HOURS_CSV_EXPORT_COLUMNS = [...HOURS_CSV_COLUMNS, 'status', 'verified_by', 'verified_at', 'id'] as const;

/** One export row as cells under HOURS_CSV_EXPORT_COLUMNS (the writer quotes and guards them). */
export function hoursCsvExportCells(r: HoursCsvExportRow): (string | number | null)[] {
  return [r.date, r.hours, r.category, r.site, r.supervisor, r.note, r.status, r.verifiedBy, r.verifiedAt, r.id];
}

/** What makes two entries the same for duplicate detection: date, length, category, site and supervisor. */
export interface DuplicateKeyParts {
  date: string;
  minutes: number;
  category: HourCategory;
  site: string;
  /** The agreement the entry names, or else the supervisor name as written (null when none). */
  supervisionId: string | null;
  supervisorName: string | null;
}

export function duplicateKeyOf(p: DuplicateKeyParts): string {
  const who =
    p.supervisionId !== null ? `agreement:${p.supervisionId}` : `name:${(p.supervisorName ?? '').trim().toLowerCase()}`;
  return [p.date, p.minutes, p.category, p.site.trim().toLowerCase().replace(/\s+/g, ' '), who].join('\u0000');
}

/**
 * Which rows repeat an entry already in the log. Counted, not just matched: when the log holds one entry and the
 * file two identical rows, only the first row is a duplicate (two equal sessions on one day can both be real).
 */
export function findDuplicateRows(
  rows: readonly DuplicateKeyParts[],
  existing: readonly DuplicateKeyParts[],
): boolean[] {
  const left = new Map<string, number>();
  for (const e of existing) {
    const key = duplicateKeyOf(e);
    left.set(key, (left.get(key) ?? 0) + 1);
  }
  return rows.map((r) => {
    const key = duplicateKeyOf(r);
    const n = left.get(key) ?? 0;
    if (n === 0) return false;
    left.set(key, n - 1);
    return true;
  });
}
