import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOUR_CATEGORY_IDS } from '#contracts/vocabulary.js';
import type { HoursCsvExportRow } from '#domain/hours/hours-csv.js';
import { formatHoursCsv, parseHoursCsv } from './hours-csv.js';

const HEADER = 'date,hours,category,site,supervisor,note';

describe('parseHoursCsv', () => {
  it('reads good rows with their line numbers, quoted commas, CRLF, a BOM and blank lines', () => {
    const csv = `\uFEFF${HEADER}\r\n2026-01-05,1.5,direct,Riverside Clinic,Dr. Sam,intake sessions\r\n\r\n2026-01-06,0.25,Supervision-Group,"Clinic, east wing",,"a ""quoted"" word"\r\n`;
    const parsed = parseHoursCsv(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rowCount).toBe(2);
    expect(parsed.rows).toEqual([
      {
        line: 2,
        date: '2026-01-05',
        dateNotation: 'iso',
        hours: 1.5,
        category: 'direct',
        site: 'Riverside Clinic',
        supervisor: 'Dr. Sam',
        note: 'intake sessions',
      },
      {
        line: 4,
        date: '2026-01-06',
        dateNotation: 'iso',
        hours: 0.25,
        category: 'supervision-group',
        site: 'Clinic, east wing',
        supervisor: null,
        note: 'a "quoted" word',
      },
    ]);
  });

  it("reads US-style dates month first and the app's own category labels, and says which notation it read", () => {
    const csv = [
      HEADER,
      '10/07/2026,1,Direct client contact,Clinic,,',
      '1/2/2026,0.5,individual supervision,Clinic,,',
      '25/07/2026,1,direct,Clinic,,',
      '07.10.2026,1,direct,Clinic,,',
    ].join('\n');
    const parsed = parseHoursCsv(csv);
    expect(parsed.rows.map((r) => [r.date, r.dateNotation, r.category])).toEqual([
      ['2026-10-07', 'us', 'direct'],
      ['2026-01-02', 'us', 'supervision-individual'],
    ]);
    expect(parsed.dateNotations).toEqual(['us']);
    expect(parsed.errors).toEqual([
      {
        line: 4,
        reason:
          'date "25/07/2026" is not a real calendar date (slashed dates are read month first: 10/07/2026 is 7 October 2026)',
      },
      { line: 5, reason: 'date "07.10.2026" is not written YYYY-MM-DD or MM/DD/YYYY' },
    ]);
  });

  it('reports every bad row with its line number and every problem of the row', () => {
    const csv = [
      HEADER,
      '2026-01-05,1,direct,Clinic,,',
      '2026-02-30,1,direct,Clinic,,',
      '2026-01-07,1.1,direct,Clinic,,',
      '2026-01-08,two,therapy,,,',
      '2026-01-09,25,indirect,Clinic',
      '2026-01-10,1',
      '"2026-01-11",0,direct,"multi',
      'line site",,',
      '2026-01-12,-1,direct,Clinic,,',
    ].join('\n');
    const parsed = parseHoursCsv(csv);
    expect(parsed.rows.map((r) => r.line)).toEqual([2]);
    expect(parsed.errors).toEqual([
      {
        line: 3,
        reason:
          'date "2026-02-30" is not a real calendar date (slashed dates are read month first: 10/07/2026 is 7 October 2026)',
      },
      { line: 4, reason: 'hours 1.1 is not a multiple of a quarter hour (e.g. 1.25)' },
      {
        line: 5,
        reason:
          'hours "two" is not a number; category "therapy" is not one of direct, indirect, supervision-individual, supervision-group (or their labels, such as "Direct client contact"); site is empty',
      },
      { line: 6, reason: 'hours 25 is more than 24 (hours in a day)' },
      { line: 7, reason: 'has 2 columns, expected 6 (date,hours,category,site,supervisor,note)' },
      { line: 8, reason: 'hours must be greater than 0' },
      { line: 10, reason: 'hours "-1" is not a number' },
    ]);
    expect(parsed.rowCount).toBe(8);
  });

  it('refuses a wrong header, an empty file and an unclosed quote at the line they occur', () => {
    expect(parseHoursCsv('date,hours,kind,site,supervisor,note\n2026-01-01,1,direct,x,,').errors).toEqual([
      {
        line: 1,
        reason:
          'the header must be "date,hours,category,site,supervisor,note" (column 3 is "kind", expected "category")',
      },
    ]);
    expect(parseHoursCsv('').errors[0]?.reason).toMatch(/empty/);
    expect(parseHoursCsv(`${HEADER}\n2026-01-01,1,direct,x,,ok\n2026-01-02,1,direct,"x,,`).errors).toEqual([
      { line: 3, reason: 'a quoted cell is never closed (missing ")' },
    ]);
  });

  it('accepts extra columns after the six (an exported file imports again) and any header case', () => {
    const parsed = parseHoursCsv(
      'Date,Hours,Category,Site,Supervisor,Note,status\n2026-01-01,2,indirect,Clinic,,,verified',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]?.hours).toBe(2);
  });

  it('caps the number of rows read at once', () => {
    const csv = [HEADER, ...Array.from({ length: 4 }, () => '2026-01-01,1,direct,x,,')].join('\n');
    expect(parseHoursCsv(csv, { maxRows: 3 }).errors[0]).toEqual({
      line: 5,
      reason: 'the file has 4 rows; at most 3 can be read at once',
    });
  });
});

const textCell = fc
  .string({ maxLength: 30 })
  .map((s) => s.trim())
  .filter((s) => s !== '' && !s.startsWith("'"));

describe('formatHoursCsv', () => {
  it('round-trips through parseHoursCsv, formulas and quotes included (property)', () => {
    const row = fc.record({
      date: fc
        .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      hours: fc.integer({ min: 1, max: 96 }).map((q) => q / 4),
      category: fc.constantFrom(...HOUR_CATEGORY_IDS),
      site: textCell,
      supervisor: fc.option(textCell, { nil: null }),
      note: fc.option(fc.constantFrom('=SUM(A1)', '+1', '-x', '@home', 'plain, with comma', 'line\nbreak'), {
        nil: null,
      }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        const exported: HoursCsvExportRow[] = rows.map((r, i) => ({
          ...r,
          status: 'unverified',
          verifiedBy: null,
          verifiedAt: null,
          id: `id-${i}`,
        }));
        const parsed = parseHoursCsv(formatHoursCsv(exported));
        expect(parsed.errors).toEqual([]);
        expect(parsed.rows.map(({ line: _line, ...r }) => r)).toEqual(
          rows.map((r) => ({ ...r, dateNotation: 'iso', note: r.note === null ? null : r.note.trim() })),
        );
      }),
    );
  });

  it('defuses spreadsheet formulas in text cells', () => {
    const csv = formatHoursCsv([
      {
        date: '2026-01-01',
        hours: 1,
        category: 'direct',
        site: '=HYPERLINK("x")',
        supervisor: null,
        note: null,
        status: 'verified',
        verifiedBy: 'Dr. Sam',
        verifiedAt: '2026-01-02T10:00:00.000Z',
        id: 'e1',
      },
    ]);
    expect(csv.split('\r\n')[1]).toBe(
      `2026-01-01,1,direct,"'=HYPERLINK(""x"")",,,verified,Dr. Sam,2026-01-02T10:00:00.000Z,e1`,
    );
  });
});
