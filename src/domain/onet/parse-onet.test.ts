import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type OnetFile, OnetParseError, parseOnetFiles, parseRelatedOccupations } from './parse-onet.js';

const OCC_HEADER = ['O*NET-SOC Code', 'Title', 'Description'];
const DATA_HEADER = [
  'O*NET-SOC Code',
  'Title',
  'Element ID',
  'Element Name',
  'Scale ID',
  'Scale Name',
  'Data Value',
  'Date',
  'Domain Source',
];
const ZONE_HEADER = ['O*NET-SOC Code', 'Title', 'Job Zone', 'Date', 'Domain Source'];
const EDU_HEADER = [
  'O*NET-SOC Code',
  'Title',
  'Element ID',
  'Element Name',
  'Scale ID',
  'Scale Name',
  'Category',
  'Data Value',
  'N',
  'Standard Error',
  'Lower CI Bound',
  'Upper CI Bound',
  'Recommend Suppress',
  'Date',
  'Domain Source',
];
const RELATED_HEADER = [
  'O*NET-SOC Code',
  'Title',
  'Related O*NET-SOC Code',
  'Related Title',
  'Relatedness Tier',
  'Index',
];

function tsv(header: string[], rows: string[][]): string {
  return `${[header, ...rows].map((row) => row.join('\t')).join('\n')}\n`;
}

const occupationData = tsv(OCC_HEADER, [
  ['21-1014.00', 'Mental Health Counselors', 'Our own fixture text.'],
  ['11-1011.00', 'Chief Executives', 'Our own fixture text.'],
  ['99-9999.01', 'Test Helping Occupation', 'Our own fixture text.'],
]);

function interestRows(code: string, scores: number[], highPoints: number[]): string[][] {
  const names = ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'];
  const hp = ['First Interest High-Point', 'Second Interest High-Point', 'Third Interest High-Point'];
  return [
    ...names.map((name, i) => [code, 'T', `1.B.1.${i}`, name, 'OI', 'Occupational Interests', String(scores[i])]),
    ...hp.map((name, i) => [
      code,
      'T',
      `1.B.1.h${i}`,
      name,
      'IH',
      'Occupational Interest High-Point',
      `${highPoints[i]}.0`,
    ]),
  ].map((row) => [...row, '11/2023', 'Machine Learning']);
}

function workValueRows(code: string, extents: number[]): string[][] {
  const names = ['Achievement', 'Working Conditions', 'Recognition', 'Relationships', 'Support', 'Independence'];
  return [
    ...names.map((name, i) => [code, 'T', `1.B.2.${i}`, name, 'EX', 'Extent', String(extents[i])]),
    [code, 'T', '1.B.2.g', 'First Work Value High-Point', 'VH', 'Work Value High-Point', '4.0'],
  ].map((row) => [...row, '06/2008', 'Analyst']);
}

const interests = tsv(DATA_HEADER, [
  ...interestRows('21-1014.00', [1.32, 4.44, 3.06, 6.76, 2.91, 3.45], [4, 2, 0]),
  ...interestRows('11-1011.00', [1.3, 3.24, 2.08, 3.2, 7, 4.5], [5, 6, 2]),
]);
const jobZones = tsv(ZONE_HEADER, [
  ['21-1014.00', 'Mental Health Counselors', '5', '08/2021', 'Analyst'],
  ['11-1011.00', 'Chief Executives', '5', '08/2023', 'Analyst'],
]);
const workValues = tsv(DATA_HEADER, [
  ...workValueRows('21-1014.00', [5.33, 4.17, 4.67, 6.33, 3, 5.33]),
  ...workValueRows('11-1011.00', [6.33, 6.33, 7, 5, 4.5, 6.67]),
]);

function goodFiles(): OnetFile[] {
  return [
    { name: 'Occupation Data.txt', content: occupationData },
    { name: 'Interests.txt', content: interests },
    { name: 'Job Zones.txt', content: jobZones },
    { name: 'Work Values.txt', content: workValues },
  ];
}

/** Replaces one file's content and returns the full set. */
function withFile(name: string, content: string): OnetFile[] {
  return [...goodFiles().filter((file) => file.name !== name), { name, content }];
}

function parseError(run: () => unknown): OnetParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof OnetParseError) return error;
    throw error;
  }
  throw new Error('expected an OnetParseError');
}

describe('parseOnetFiles', () => {
  it('joins the files into one record per occupation, sorted by code', () => {
    const result = parseOnetFiles(goodFiles());
    expect(result.map((o) => o.socCode)).toEqual(['11-1011.00', '21-1014.00', '99-9999.01']);
    expect(result[1]).toEqual({
      socCode: '21-1014.00',
      title: 'Mental Health Counselors',
      riasec: { R: 1.32, I: 4.44, A: 3.06, S: 6.76, E: 2.91, C: 3.45 },
      interestCode: 'SI',
      jobZone: 5,
      workValues: {
        achievement: 5.33,
        'working-conditions': 4.17,
        recognition: 4.67,
        relationships: 6.33,
        support: 3,
        independence: 5.33,
      },
      requiredEducation: null,
    });
    expect(result[0]?.interestCode).toBe('ECI');
  });

  it('never exposes the O*NET description text', () => {
    expect(JSON.stringify(parseOnetFiles(goodFiles()))).not.toContain('fixture text');
  });

  it('gives nulls for an occupation that has no rows in the data files', () => {
    const test = parseOnetFiles(goodFiles()).find((o) => o.socCode === '99-9999.01');
    expect(test).toEqual({
      socCode: '99-9999.01',
      title: 'Test Helping Occupation',
      riasec: null,
      interestCode: null,
      jobZone: null,
      workValues: null,
      requiredEducation: null,
    });
  });

  it('needs only Occupation Data.txt', () => {
    const result = parseOnetFiles([{ name: 'Occupation Data.txt', content: occupationData }]);
    expect(result).toHaveLength(3);
    expect(result.every((o) => o.riasec === null && o.jobZone === null && o.workValues === null)).toBe(true);
  });

  it('drops zero high-points, so a code can have one letter', () => {
    const content = tsv(DATA_HEADER, interestRows('21-1014.00', [1, 2, 3, 7, 4, 5], [4, 0, 0]));
    const result = parseOnetFiles(withFile('Interests.txt', content));
    expect(result.find((o) => o.socCode === '21-1014.00')?.interestCode).toBe('S');
  });

  it('gives a null code when every high-point is zero', () => {
    const content = tsv(DATA_HEADER, interestRows('21-1014.00', [1, 2, 3, 7, 4, 5], [0, 0, 0]));
    const result = parseOnetFiles(withFile('Interests.txt', content));
    expect(result.find((o) => o.socCode === '21-1014.00')?.interestCode).toBeNull();
  });

  it('ignores well-formed rows for occupations absent from Occupation Data', () => {
    const content = tsv(ZONE_HEADER, [
      ['21-1014.00', 'Mental Health Counselors', '5', '08/2021', 'Analyst'],
      ['55-5555.00', 'Not In This Release', '2', '08/2021', 'Analyst'],
    ]);
    const result = parseOnetFiles(withFile('Job Zones.txt', content));
    expect(result.map((o) => o.socCode)).not.toContain('55-5555.00');
  });

  it('ignores unknown file names and directory prefixes, matching names case-insensitively', () => {
    const files = goodFiles().map((file) => ({ ...file, name: `db/onet/${file.name.toLowerCase()}` }));
    files.push({ name: 'Read Me.txt', content: 'not a table' });
    expect(parseOnetFiles(files)).toHaveLength(3);
  });

  it('accepts CRLF line ends, a byte-order mark, trailing blank lines, reordered and extra columns', () => {
    const content = `\uFEFFTitle\tExtra\tO*NET-SOC Code\tJob Zone\r\nMental Health Counselors\tx\t21-1014.00\t4\r\n\r\n\r\n`;
    const result = parseOnetFiles(withFile('Job Zones.txt', content));
    expect(result.find((o) => o.socCode === '21-1014.00')?.jobZone).toBe(4);
  });

  it('maps the modal RL education category onto our ladder', () => {
    const rl = (code: string, category: number, percent: number): string[] => [
      code,
      'T',
      '2.D.1',
      'Required Level of Education',
      'RL',
      'Required Level Of Education (Categories 1-12)',
      String(category),
      String(percent),
      '10',
      '1.0',
      '0',
      '50',
      'N',
      '08/2021',
      'Incumbent',
    ];
    const content = tsv(EDU_HEADER, [
      rl('21-1014.00', 6, 20),
      rl('21-1014.00', 8, 70.5),
      rl('21-1014.00', 11, 9.5),
      // A tie resolves to the lower category, so the minimum is not overstated.
      rl('11-1011.00', 6, 40),
      rl('11-1011.00', 10, 40),
      rl('11-1011.00', 2, 20),
      [
        '99-9999.01',
        'T',
        '3.A.1',
        'Related Work Experience',
        'RW',
        'Related Work Experience',
        '3',
        '80',
        ...rl('', 0, 0).slice(8),
      ],
    ]);
    const result = parseOnetFiles([...goodFiles(), { name: 'Education, Training, and Experience.txt', content }]);
    expect(result.map((o) => [o.socCode, o.requiredEducation])).toEqual([
      ['11-1011.00', 'bachelor'],
      ['21-1014.00', 'master'],
      ['99-9999.01', null],
    ]);
  });

  describe('malformed input throws OnetParseError naming file and line', () => {
    it('a non-numeric Data Value', () => {
      const lines = interests.split('\n');
      lines[16] = (lines[16] ?? '').replace('\t5.0\t', '\tabc\t');
      const error = parseError(() => parseOnetFiles(withFile('Interests.txt', lines.join('\n'))));
      expect(error.message).toBe('Interests.txt line 17: Data Value "abc" is not a number');
      expect({ file: error.file, line: error.line }).toEqual({ file: 'Interests.txt', line: 17 });
    });

    it('an empty Data Value', () => {
      const lines = workValues.split('\n');
      lines[1] = (lines[1] ?? '').replace('5.33', '');
      const error = parseError(() => parseOnetFiles(withFile('Work Values.txt', lines.join('\n'))));
      expect(error.message).toBe('Work Values.txt line 2: Data Value "" is not a number');
    });

    it('a missing required column', () => {
      const content = tsv(['O*NET-SOC Code', 'Title', 'Zone'], [['21-1014.00', 'X', '5']]);
      const error = parseError(() => parseOnetFiles(withFile('Job Zones.txt', content)));
      expect(error.message).toBe('Job Zones.txt line 1: header has no "Job Zone" column');
    });

    it('a row with the wrong number of columns', () => {
      const content = `${jobZones}21-1013.00\tMarriage and Family Therapists\t5\n`;
      const error = parseError(() => parseOnetFiles(withFile('Job Zones.txt', content)));
      expect(error.message).toBe('Job Zones.txt line 4: has 3 tab-separated columns; the header has 5');
    });

    it('a malformed O*NET-SOC code in Occupation Data', () => {
      const content = tsv(OCC_HEADER, [
        ['21-1014.00', 'Mental Health Counselors', 'x'],
        ['211014', 'Broken', 'x'],
      ]);
      const error = parseError(() => parseOnetFiles(withFile('Occupation Data.txt', content)));
      expect(error.message).toBe('Occupation Data.txt line 3: O*NET-SOC Code "211014" is not in the form 00-0000.00');
    });

    it('a malformed O*NET-SOC code in a data file, even for an unused scale', () => {
      const lines = workValues.split('\n');
      lines[7] = (lines[7] ?? '').replace('21-1014.00', '21-1014');
      const error = parseError(() => parseOnetFiles(withFile('Work Values.txt', lines.join('\n'))));
      expect(error.line).toBe(8);
      expect(error.problem).toContain('"21-1014" is not in the form 00-0000.00');
    });

    it('an empty title', () => {
      const content = tsv(OCC_HEADER, [['21-1014.00', '', 'x']]);
      const error = parseError(() => parseOnetFiles(withFile('Occupation Data.txt', content)));
      expect(error.message).toBe('Occupation Data.txt line 2: Title is empty for 21-1014.00');
    });

    it('a duplicate occupation', () => {
      const content = tsv(OCC_HEADER, [
        ['21-1014.00', 'Mental Health Counselors', 'x'],
        ['21-1014.00', 'Mental Health Counselors', 'x'],
      ]);
      const error = parseError(() => parseOnetFiles(withFile('Occupation Data.txt', content)));
      expect(error.message).toBe('Occupation Data.txt line 3: duplicate occupation 21-1014.00 (first given on line 2)');
    });

    it('a duplicate interest row', () => {
      const rows = interestRows('21-1014.00', [1, 2, 3, 7, 4, 5], [4, 2, 0]);
      const content = tsv(DATA_HEADER, [...rows, rows[0] ?? []]);
      const error = parseError(() => parseOnetFiles(withFile('Interests.txt', content)));
      expect(error.message).toBe(
        'Interests.txt line 11: duplicate Realistic (OI) row for 21-1014.00 (first given on line 2)',
      );
    });

    it('an occupation with only some of the six interests', () => {
      const rows = interestRows('21-1014.00', [1, 2, 3, 7, 4, 5], [4, 2, 0]).filter((row) => row[3] !== 'Artistic');
      const error = parseError(() => parseOnetFiles(withFile('Interests.txt', tsv(DATA_HEADER, rows))));
      expect(error.message).toBe('Interests.txt line 2: 21-1014.00 has OI rows but none for Artistic');
    });

    it('high-point rows without the first high-point', () => {
      const rows = interestRows('21-1014.00', [1, 2, 3, 7, 4, 5], [4, 2, 0]).filter(
        (row) => row[3] !== 'First Interest High-Point',
      );
      const error = parseError(() => parseOnetFiles(withFile('Interests.txt', tsv(DATA_HEADER, rows))));
      expect(error.message).toBe('Interests.txt line 8: 21-1014.00 has IH rows but no First Interest High-Point');
    });

    it('an occupation with only some of the six work values', () => {
      const rows = workValueRows('21-1014.00', [5, 4, 4, 6, 3, 5]).filter((row) => row[3] !== 'Support');
      const error = parseError(() => parseOnetFiles(withFile('Work Values.txt', tsv(DATA_HEADER, rows))));
      expect(error.message).toBe('Work Values.txt line 2: 21-1014.00 has EX rows but none for Support');
    });

    it('an unknown interest or work-value element', () => {
      const lines = interests.split('\n');
      lines[1] = (lines[1] ?? '').replace('Realistic', 'Realism');
      const error = parseError(() => parseOnetFiles(withFile('Interests.txt', lines.join('\n'))));
      expect(error.message).toBe('Interests.txt line 2: Element Name "Realism" is not a RIASEC interest (scale OI)');

      const wv = workValues.split('\n');
      wv[3] = (wv[3] ?? '').replace('Recognition', 'Fame');
      const wvError = parseError(() => parseOnetFiles(withFile('Work Values.txt', wv.join('\n'))));
      expect(wvError.message).toBe('Work Values.txt line 4: Element Name "Fame" is not a work value (scale EX)');
    });

    it('values out of their scale range', () => {
      const lines = interests.split('\n');
      lines[1] = (lines[1] ?? '').replace('1.32', '7.5');
      const error = parseError(() => parseOnetFiles(withFile('Interests.txt', lines.join('\n'))));
      expect(error.message).toBe('Interests.txt line 2: Data Value 7.5 is outside the range 1-7');

      const zones = jobZones.replace('\t5\t08/2021', '\t6\t08/2021');
      const zoneError = parseError(() => parseOnetFiles(withFile('Job Zones.txt', zones)));
      expect(zoneError.message).toBe('Job Zones.txt line 2: Job Zone 6 is outside the range 1-5');
    });

    it('a fractional high-point or job zone', () => {
      const lines = interests.split('\n');
      lines[7] = (lines[7] ?? '').replace('\t4.0\t', '\t4.5\t');
      const error = parseError(() => parseOnetFiles(withFile('Interests.txt', lines.join('\n'))));
      expect(error.message).toBe('Interests.txt line 8: Data Value "4.5" is not a whole number');
    });

    it('a blank line between records', () => {
      const content = jobZones.replace('\n11-1011.00', '\n\n11-1011.00');
      const error = parseError(() => parseOnetFiles(withFile('Job Zones.txt', content)));
      expect(error.message).toBe('Job Zones.txt line 3: blank line between records');
    });

    it('an empty file', () => {
      const error = parseError(() => parseOnetFiles(withFile('Job Zones.txt', '')));
      expect(error.message).toBe('Job Zones.txt line 1: file is empty; expected a header row');
    });

    it('a missing Occupation Data file', () => {
      const error = parseError(() => parseOnetFiles(goodFiles().filter((f) => f.name !== 'Occupation Data.txt')));
      expect(error.file).toBe('Occupation Data.txt');
      expect(error.line).toBeNull();
      expect(error.message).toMatch(/^Occupation Data\.txt: file is missing/);
    });

    it('the same file given twice', () => {
      const error = parseError(() =>
        parseOnetFiles([...goodFiles(), { name: 'other/Job Zones.txt', content: jobZones }]),
      );
      expect(error.message).toBe('Job Zones.txt: given more than once');
    });

    it('an RL category outside 1-12', () => {
      const content = tsv(EDU_HEADER, [
        [
          '21-1014.00',
          'T',
          '2.D.1',
          'Required Level of Education',
          'RL',
          'RL',
          '13',
          '50',
          '1',
          '1',
          '0',
          '1',
          'N',
          'd',
          's',
        ],
      ]);
      const error = parseError(() =>
        parseOnetFiles([...goodFiles(), { name: 'Education, Training, and Experience.txt', content }]),
      );
      expect(error.message).toBe(
        'Education, Training, and Experience.txt line 2: Category 13 is outside the range 1-12',
      );
    });
  });
});

describe('parseRelatedOccupations', () => {
  const related = tsv(RELATED_HEADER, [
    ['21-1014.00', 'Mental Health Counselors', '21-1013.00', 'Marriage and Family Therapists', 'Primary-Short', '1'],
    ['21-1014.00', 'Mental Health Counselors', '21-1023.00', 'Mental Health Social Workers', 'Primary-Long', '2'],
    ['21-1014.00', 'Mental Health Counselors', '29-1141.00', 'Registered Nurses', 'Supplemental', '3'],
  ]);

  it('returns directed links with their tier, in file order', () => {
    expect(parseRelatedOccupations(related)).toEqual([
      { from: '21-1014.00', to: '21-1013.00', tier: 'Primary-Short' },
      { from: '21-1014.00', to: '21-1023.00', tier: 'Primary-Long' },
      { from: '21-1014.00', to: '29-1141.00', tier: 'Supplemental' },
    ]);
  });

  it('rejects an unknown tier', () => {
    const error = parseError(() => parseRelatedOccupations(related.replace('Supplemental', 'Tertiary')));
    expect(error.message).toBe(
      'Related Occupations.txt line 4: Relatedness Tier "Tertiary" is not one of Primary-Short, Primary-Long, Supplemental',
    );
  });

  it('rejects a malformed related code', () => {
    const error = parseError(() => parseRelatedOccupations(related.replace('\t21-1023.00\t', '\t21-10X3.00\t')));
    expect(error.message).toBe(
      'Related Occupations.txt line 3: Related O*NET-SOC Code "21-10X3.00" is not in the form 00-0000.00',
    );
  });

  it('rejects self links and duplicate links', () => {
    const self = parseError(() => parseRelatedOccupations(related.replace('\t21-1023.00\t', '\t21-1014.00\t')));
    expect(self.message).toBe('Related Occupations.txt line 3: 21-1014.00 is listed as related to itself');
    const duplicate = parseError(() => parseRelatedOccupations(related.replace('\t21-1023.00\t', '\t21-1013.00\t')));
    expect(duplicate.message).toBe(
      'Related Occupations.txt line 3: duplicate link 21-1014.00 -> 21-1013.00 (first given on line 2)',
    );
  });

  it('names the file it was given', () => {
    const error = parseError(() => parseRelatedOccupations('Title\n', 'x/Related Occupations.txt'));
    expect(error.message).toBe('Related Occupations.txt line 1: header has no "O*NET-SOC Code" column');
  });
});

describe('shared fixtures in tests/fixtures', () => {
  const readDir = (dir: string): OnetFile[] =>
    readdirSync(dir).map((name) => ({ name, content: readFileSync(`${dir}/${name}`, 'utf8') }));
  const fixtures = fileURLToPath(new URL('../../../tests/fixtures/', import.meta.url));

  it('onet-small parses, including a code that is not in the real database', () => {
    const result = parseOnetFiles(readDir(`${fixtures}onet-small`));
    expect(result.map((o) => o.socCode)).toEqual([
      '21-1013.00',
      '21-1014.00',
      '21-1099.00',
      '29-1141.00',
      '99-9999.01',
    ]);
    expect(result.find((o) => o.socCode === '99-9999.01')).toMatchObject({
      title: 'Test Helping Occupation',
      interestCode: 'SA',
      jobZone: 3,
    });
    expect(result.find((o) => o.socCode === '21-1099.00')).toMatchObject({ riasec: null, jobZone: null });
  });

  it('onet-bad fails on its one malformed line', () => {
    const error = parseError(() => parseOnetFiles(readDir(`${fixtures}onet-bad`)));
    expect(error.message).toBe('Interests.txt line 14: Data Value "abc" is not a number');
  });
});
