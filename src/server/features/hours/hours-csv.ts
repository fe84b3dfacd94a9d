import {
  checkHoursCsvRecords,
  HOURS_CSV_EXPORT_COLUMNS,
  type HoursCsvExportRow,
  hoursCsvExportCells,
  type ParsedHoursCsv,
  refuseHoursCsv,
} from '#domain/hours/hours-csv.js';
import { CsvReadError, readCsv, writeCsv } from '#server/lib/csv.js';

/** Reads an hours CSV (import and the CLI's `hours progress --log`) through the one CSV reader. */
export function parseHoursCsv(text: string, options: { maxRows?: number } = {}): ParsedHoursCsv {
  try {
    return checkHoursCsvRecords(readCsv(text), options);
  } catch (error) {
    if (error instanceof CsvReadError) return refuseHoursCsv({ line: error.line, reason: error.reason });
    throw error;
  }
}

/** The export: the import header plus status and verification columns, CRLF line ends (RFC 4180). */
export function formatHoursCsv(rows: readonly HoursCsvExportRow[]): string {
  return writeCsv(HOURS_CSV_EXPORT_COLUMNS, rows.map(hoursCsvExportCells));
}
