/*
 * The pure half of the one CSV module (the reader and writer are `server/lib/csv.ts`, because csv-parse needs
 * Node's Buffer): the shape of a record as the reader returns it, and the spreadsheet formula guard, so domain
 * code that checks rows (hours import, BLS projections) can be written and unit-tested without a parser.
 */

/** One CSV record: its cells, and the line of the file where it starts (a quoted cell may span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A text cell a spreadsheet would run as a formula starts with one of these (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes an apostrophe to a text cell a spreadsheet would run as a formula; other text is returned as is. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes `guardFormula` on a cell read back: only an apostrophe followed by a formula start is removed. */
export function removeFormulaGuard(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
