import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { type CsvRecord, guardFormula } from '#domain/csv-record.js';

/*
 * The one CSV reader and writer of the product (hours import/export, resilience export, the data build scripts,
 * the CLI), on csv-parse / csv-stringify. The dialect is decided once (docs/decisions/0011-one-csv-module.md):
 * RFC 4180 quoting; whitespace around a cell is not part of it (quote a cell to keep its spaces); blank and
 * whitespace-only lines are skipped; a stray quote inside an unquoted cell is kept as text; text after a closing
 * quote (`a,"b"c`) and a quote never closed are errors naming the line. Rows may have different lengths: each
 * caller checks its own columns. This file uses Node's Buffer (through csv-parse), so it lives on the server side;
 * the record type and the formula guard are pure and live in `domain/csv-record.ts`.
 */

export class CsvReadError extends Error {
  override readonly name = 'CsvReadError';
  /** Line of the file the problem is on (1-based). */
  readonly line: number;
  /** The problem without the file name and line, for callers that show them separately. */
  readonly reason: string;

  constructor(source: string | undefined, line: number, reason: string) {
    super(`${source === undefined ? '' : `${source} `}line ${line}: ${reason}`);
    this.line = line;
    this.reason = reason;
  }
}

const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * Line numbers from byte offsets, read forward once. csv-parse's own line count is not used: it counts a CRLF
 * inside a quoted cell as two lines, which shifts every later record.
 */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly bytes: Uint8Array) {}

  private advanceTo(end: number): void {
    for (; this.offset < end; this.offset++) {
      const byte = this.bytes[this.offset];
      if (byte === LF || (byte === CR && this.bytes[this.offset + 1] !== LF)) this.line++;
    }
  }

  /** The line of the first non-blank byte at or after `from` (where a record starts), moving there. */
  startLineFrom(from: number): number {
    this.advanceTo(from);
    while (this.offset < this.bytes.length) {
      const byte = this.bytes[this.offset];
      if (byte !== SPACE && byte !== TAB && byte !== CR && byte !== LF) break;
      this.advanceTo(this.offset + 1);
    }
    return this.line;
  }
}

function reasonOf(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell is never closed (missing ")';
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'text follows a closing quote inside a cell (quote the whole cell and double its quotes: "b""c")';
    default:
      return error.message.replace(/ at line \d+/, '');
  }
}

/**
 * Reads CSV text into records, each with the line it starts on. A byte-order mark is dropped. Throws
 * `CsvReadError` (line and reason, prefixed with `source` when given) on text the dialect refuses.
 */
export function readCsv(text: string, options: { source?: string } = {}): CsvRecord[] {
  const bytes = Buffer.from(text.replace(/^\uFEFF/, ''), 'utf8');
  const ends: number[] = [];
  let parsed: string[][];
  try {
    parsed = parse(bytes, {
      trim: true,
      skip_empty_lines: true,
      relax_quotes: true,
      relax_column_count: true,
      on_record: (record: string[], context) => {
        ends.push(context.bytes);
        return record;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // Reported at the line where the broken record starts, which is where a person looks for the quote.
    const line = new LineCounter(bytes).startLineFrom(ends.at(-1) ?? 0);
    throw new CsvReadError(options.source, line, reasonOf(error));
  }
  const lines = new LineCounter(bytes);
  return parsed.map((cells, i) => ({ line: lines.startLineFrom(ends[i - 1] ?? 0), cells }));
}

/** A cell to write: text is guarded against formulas, numbers are written as they are, null/undefined empty. */
export type CsvCellValue = string | number | null | undefined;

/**
 * Writes a header and rows as RFC 4180 CSV with CRLF line ends. Text cells a spreadsheet would run as a formula
 * (= + - @ tab CR) get a leading apostrophe; numbers are not touched, so -3 stays a number.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCellValue[])[]): string {
  const toCell = (value: CsvCellValue): string =>
    value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : guardFormula(value);
  return stringify([header.map(toCell), ...rows.map((row) => row.map(toCell))], {
    record_delimiter: 'windows',
    // A lone "\r" starts a new line in some readers, and the reader trims unquoted cells: quote those cells so
    // every cell reads back exactly as written.
    quoted_match: [/\r/, /^\s/, /\s$/],
  });
}
