import { describe, expect, it } from 'vitest';
import type { CsvRecord } from '../csv-record.js';
import { BlsParseError, findBlsProjection, mapBlsEducation, parseBlsProjections, toBlsSocCode } from './bls.js';

const HEADER = [
  'Occupation Title',
  'Occupation Code',
  'Employment 2024',
  'Employment 2034',
  'Employment Change, 2024-2034',
  'Employment Percent Change, 2024-2034',
  'Occupational Openings, 2024-2034 Annual Average',
  'Median Annual Wage 2024',
  'Typical Entry-Level Education',
  'Education Code',
  'Work Experience in a Related Occupation',
  'Workex Code',
  'Typical on-the-job Training',
  'trCode',
];

const ROWS: string[][] = [
  [
    'Registered nurses    * RN* Psychiatric Nurse',
    '29-1141',
    '3,391.00',
    '3,557.10',
    '166.1',
    '4.9',
    '189.1',
    '93,600',
    "Bachelor's degree",
    '3',
    'None',
    '4',
    'None',
    '6',
  ],
  [
    'Substance abuse, behavioral disorder, and mental health counselors',
    '21-1018',
    '483.5',
    '564.6',
    '81',
    '16.8',
    '48.3',
    '59,190',
    "Master's degree",
    '2',
    'None',
    '4',
    'Internship/residency',
    '1',
  ],
  [
    'Actors    * Actor* Voice-Over Artist',
    '27-2011',
    '57',
    '57.1',
    '0.2',
    '0.3',
    '6.3',
    'N/A',
    'Some college, no degree',
    '6',
    'None',
    '4',
    'Long-term on-the-job training',
    '3',
  ],
  [
    'Surgeons',
    '29-1249',
    '48.2',
    '49.5',
    '1.3',
    '2.7',
    '1.5',
    '>=239,200',
    'Doctoral or professional degree',
    '1',
    'None',
    '4',
    'Internship/residency',
    '1',
  ],
];

/** Records as the CSV reader returns them: the header on line 1, one line per row after it. */
const records = (rows: string[][]): CsvRecord[] => [HEADER, ...rows].map((cells, i) => ({ line: i + 1, cells }));

function parseError(run: () => unknown): BlsParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof BlsParseError) return error;
    throw error;
  }
  throw new Error('expected a BlsParseError');
}

describe('parseBlsProjections', () => {
  const projections = parseBlsProjections(records(ROWS));

  it('keys rows by 6-digit SOC code and converts thousands to persons', () => {
    expect(projections.size).toBe(4);
    expect(projections.get('29-1141')).toEqual({
      socCode: '29-1141',
      title: 'Registered nurses',
      alternativeTitles: ['RN', 'Psychiatric Nurse'],
      employment2024: 3_391_000,
      employment2034: 3_557_100,
      growthPct: 4.9,
      annualOpenings: 189_100,
      medianWage: 93_600,
      isMedianWageTopCoded: false,
      entryEducation: "Bachelor's degree",
      workExperience: 'None',
      onTheJobTraining: 'None',
    });
  });

  it('keeps quoted titles with commas whole', () => {
    expect(projections.get('21-1018')?.title).toBe(
      'Substance abuse, behavioral disorder, and mental health counselors',
    );
    expect(projections.get('21-1018')?.employment2024).toBe(483_500);
  });

  it('reads N/A as null and a top-coded wage as its lower bound', () => {
    expect(projections.get('27-2011')?.medianWage).toBeNull();
    expect(projections.get('29-1249')).toMatchObject({ medianWage: 239_200, isMedianWageTopCoded: true });
  });

  it('throws with file and line for a non-numeric figure', () => {
    const bad = ROWS.map((row) => [...row]);
    bad[1] = (bad[1] ?? []).map((cell) => (cell === '564.6' ? 'lots' : cell));
    const error = parseError(() => parseBlsProjections(records(bad)));
    expect(error.message).toBe('Employment Projections.csv line 3: Employment 2034 "lots" is not a number');
  });

  it('throws for a wrong column count, a bad code, a duplicate code and a missing column', () => {
    expect(parseError(() => parseBlsProjections(records([...ROWS, ['Too short', '11-1011', '1']]))).message).toBe(
      'Employment Projections.csv line 6: has 3 columns; the header has 14',
    );
    const badCode = [(ROWS[0] ?? []).map((cell) => (cell === '29-1141' ? '291141' : cell))];
    expect(parseError(() => parseBlsProjections(records(badCode))).problem).toBe(
      'Occupation Code "291141" is not in the form 00-0000',
    );
    expect(parseError(() => parseBlsProjections(records([...ROWS, ROWS[0] ?? []]))).message).toBe(
      'Employment Projections.csv line 6: duplicate 29-1141 (first given on line 2)',
    );
    const noWage = records(ROWS).map((record, i) =>
      i === 0 ? { ...record, cells: record.cells.map((c) => (c === 'Median Annual Wage 2024' ? 'Wage' : c)) } : record,
    );
    expect(parseError(() => parseBlsProjections(noWage)).message).toBe(
      'Employment Projections.csv line 1: header has no "Median Annual Wage 2024" column',
    );
  });

  it('throws for an empty file', () => {
    expect(parseError(() => parseBlsProjections([], 'ep.csv')).message).toBe(
      'ep.csv line 1: file is empty; expected a header row',
    );
  });
});

describe('matching O*NET codes to BLS rows', () => {
  const projections = parseBlsProjections(records(ROWS));

  it('strips the O*NET detail suffix', () => {
    expect(toBlsSocCode('21-1014.00')).toBe('21-1014');
    expect(findBlsProjection(projections, '29-1141.00')?.title).toBe('Registered nurses');
    expect(findBlsProjection(projections, '29-1141.01')?.socCode).toBe('29-1141');
  });

  it('returns undefined when BLS publishes no row for the code', () => {
    expect(findBlsProjection(projections, '21-1014.00')).toBeUndefined();
  });
});

describe('mapBlsEducation', () => {
  it('maps every BLS category onto our ladder', () => {
    expect(mapBlsEducation('No formal educational credential')).toBe('high-school');
    expect(mapBlsEducation('High school diploma or equivalent')).toBe('high-school');
    expect(mapBlsEducation('Some college, no degree')).toBe('certificate');
    expect(mapBlsEducation('Postsecondary nondegree award')).toBe('certificate');
    expect(mapBlsEducation("Associate's degree")).toBe('associate');
    expect(mapBlsEducation("Bachelor's degree")).toBe('bachelor');
    expect(mapBlsEducation("Master's degree")).toBe('master');
    expect(mapBlsEducation('Doctoral or professional degree')).toBe('doctoral');
  });

  it('gives null for unknown or missing text', () => {
    expect(mapBlsEducation('Apprenticeship')).toBeNull();
    expect(mapBlsEducation(null)).toBeNull();
  });
});
