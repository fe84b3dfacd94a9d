import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardFormula, removeFormulaGuard } from '#domain/csv-record.js';
import { CsvReadError, readCsv, writeCsv } from './csv.js';

function readError(text: string, source?: string): CsvReadError {
  try {
    readCsv(text, { source });
  } catch (error) {
    if (error instanceof CsvReadError) return error;
    throw error;
  }
  throw new Error('expected readCsv to refuse the text');
}

describe('readCsv: the three inputs the old readers disagreed on', () => {
  it('refuses text after a closing quote (a,"b"c), naming the line', () => {
    const error = readError('h1,h2\nx,y\na,"b"c\n', 'sample.csv');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^sample\.csv line 3: text follows a closing quote/);
  });

  it('skips blank and whitespace-only lines anywhere, and keeps the line numbers of the records after them', () => {
    expect(readCsv('a,b\n\n   \nc,d\n\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 4, cells: ['c', 'd'] },
    ]);
  });

  it('reads a space before a quote as the quoted cell (whitespace around a cell is not part of it)', () => {
    expect(readCsv('a, "b, c" ,d')).toEqual([{ line: 1, cells: ['a', 'b, c', 'd'] }]);
    expect(readCsv('a,"  kept  "')).toEqual([{ line: 1, cells: ['a', '  kept  '] }]);
  });
});

describe('readCsv', () => {
  it('drops a byte-order mark, reads CRLF, doubled quotes, and quoted line breaks with the right start line', () => {
    expect(readCsv('\uFEFFh1,h2\r\n"x\r\ny","say ""hi"""\r\nlast,row')).toEqual([
      { line: 1, cells: ['h1', 'h2'] },
      { line: 2, cells: ['x\r\ny', 'say "hi"'] },
      { line: 4, cells: ['last', 'row'] },
    ]);
  });

  it('keeps a stray quote inside an unquoted cell as text', () => {
    expect(readCsv('ruler,5" long')[0]?.cells).toEqual(['ruler', '5" long']);
  });

  it('reports a quote never closed at the line where its record starts', () => {
    const error = readError('h1,h2\nok,1\n\n"open,2\nmore\n');
    expect(error.line).toBe(4);
    expect(error.reason).toBe('a quoted cell is never closed (missing ")');
  });

  it('returns rows of different lengths as they are (each caller checks its own columns)', () => {
    expect(readCsv('a,b,c\nd\n').map((r) => r.cells.length)).toEqual([3, 1]);
  });

  it('returns no records for an empty file', () => {
    expect(readCsv('')).toEqual([]);
    expect(readCsv('\n\n')).toEqual([]);
  });
});

describe('writeCsv', () => {
  it('guards text cells a spreadsheet would run as a formula, but not numbers', () => {
    const csv = writeCsv(
      ['a', 'b'],
      [
        ['=1+1', -3],
        ['+x', '-y'],
        ['@me', '\tTab'],
        ['\rcr', 'plain'],
      ],
    );
    expect(csv).toBe(`a,b\r\n'=1+1,-3\r\n'+x,'-y\r\n'@me,'\tTab\r\n"'\rcr",plain\r\n`);
  });

  it('writes null and undefined as empty cells and quotes commas, quotes and line breaks', () => {
    expect(writeCsv(['x', 'y', 'z'], [[null, undefined, 'a,"b"\nc']])).toBe('x,y,z\r\n,,"a,""b""\nc"\r\n');
  });

  it('round-trips any text through readCsv, formula guard removed (property)', () => {
    const cell = fc.string({ maxLength: 20 }).filter((s) => !s.startsWith("'"));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 10 }), (rows) => {
        const records = readCsv(writeCsv(['first', 'second'], rows));
        expect(records[0]?.cells).toEqual(['first', 'second']);
        expect(records.slice(1).map((r) => r.cells.map(removeFormulaGuard))).toEqual(rows);
      }),
    );
  });

  it('guardFormula and removeFormulaGuard are inverses on text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        if (!text.startsWith("'")) expect(removeFormulaGuard(guardFormula(text))).toBe(text);
      }),
    );
  });
});
