import type { EducationId } from '#contracts/vocabulary.js';
import type { CsvRecord } from '../csv-record.js';

/**
 * Parser for the BLS Employment Projections occupation table (the CSV exported from
 * data.bls.gov/projections/occupationProj). Employment and openings are published in thousands and are
 * converted to persons here; the title column wraps illustrative job titles after the first `*`.
 * The text is read by the one CSV reader (server/lib/csv.ts); this checks its records. Any malformed record
 * throws `BlsParseError` naming the file and line; none is skipped.
 */

export const BLS_PROJECTIONS_FILE = 'Employment Projections.csv';

/** One BLS occupation. Null numbers mean BLS printed "N/A" (or nothing) in that cell. */
export interface BlsProjection {
  /** 6-digit SOC code, e.g. '21-1018'. */
  socCode: string;
  title: string;
  /** Illustrative job titles BLS lists for the code. */
  alternativeTitles: string[];
  employment2024: number | null;
  employment2034: number | null;
  growthPct: number | null;
  annualOpenings: number | null;
  medianWage: number | null;
  /** BLS prints wages above its top code as ">=239,200": the value is then a lower bound. */
  isMedianWageTopCoded: boolean;
  entryEducation: string | null;
  workExperience: string | null;
  onTheJobTraining: string | null;
}

export class BlsParseError extends Error {
  override readonly name = 'BlsParseError';
  readonly file: string;
  readonly line: number | null;
  readonly problem: string;

  constructor(file: string, line: number | null, problem: string) {
    super(line === null ? `${file}: ${problem}` : `${file} line ${line}: ${problem}`);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}

const COLUMNS = {
  title: 'Occupation Title',
  code: 'Occupation Code',
  employment2024: 'Employment 2024',
  employment2034: 'Employment 2034',
  growthPct: 'Employment Percent Change, 2024-2034',
  openings: 'Occupational Openings, 2024-2034 Annual Average',
  wage: 'Median Annual Wage 2024',
  education: 'Typical Entry-Level Education',
  experience: 'Work Experience in a Related Occupation',
  training: 'Typical on-the-job Training',
} as const;
type ColumnKey = keyof typeof COLUMNS;

const BLS_SOC_PATTERN = /^\d{2}-\d{4}$/;
const NUMBER_PATTERN = /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/;

function readNumber(file: string, line: number, column: string, raw: string): number | null {
  if (raw === 'N/A' || raw === '—' || raw === '') return null;
  if (!NUMBER_PATTERN.test(raw)) throw new BlsParseError(file, line, `${column} "${raw}" is not a number`);
  return Number(raw.replaceAll(',', ''));
}

function thousandsToPersons(thousands: number | null): number | null {
  // Rounding undoes binary noise (1579.8 * 1000 = 1579800.0000000002); BLS publishes to the hundred.
  return thousands === null ? null : Math.round(thousands * 1000);
}

function textOrNull(raw: string): string | null {
  return raw === '' || raw === 'N/A' ? null : raw;
}

/** Reads the records of the Employment Projections CSV into a map keyed by 6-digit SOC code. */
export function parseBlsProjections(
  records: readonly CsvRecord[],
  file: string = BLS_PROJECTIONS_FILE,
): Map<string, BlsProjection> {
  const [header, ...rows] = records;
  if (header === undefined) throw new BlsParseError(file, 1, 'file is empty; expected a header row');
  const names = header.cells.map((name) => name.trim());
  const index = {} as Record<ColumnKey, number>;
  for (const key of Object.keys(COLUMNS) as ColumnKey[]) {
    const at = names.indexOf(COLUMNS[key]);
    if (at === -1) throw new BlsParseError(file, header.line, `header has no "${COLUMNS[key]}" column`);
    index[key] = at;
  }

  const projections = new Map<string, BlsProjection>();
  const lines = new Map<string, number>();
  for (const row of rows) {
    if (row.cells.length !== names.length) {
      throw new BlsParseError(file, row.line, `has ${row.cells.length} columns; the header has ${names.length}`);
    }
    const get = (key: ColumnKey): string => (row.cells[index[key]] ?? '').trim();
    const socCode = get('code');
    if (!BLS_SOC_PATTERN.test(socCode)) {
      throw new BlsParseError(file, row.line, `${COLUMNS.code} "${socCode}" is not in the form 00-0000`);
    }
    const [title = '', ...alternativeTitles] = get('title')
      .split('*')
      .map((part) => part.trim());
    if (title === '') throw new BlsParseError(file, row.line, `${COLUMNS.title} is empty for ${socCode}`);
    const rawWage = get('wage');
    const isMedianWageTopCoded = rawWage.startsWith('>=');
    const earlierLine = lines.get(socCode);
    if (earlierLine !== undefined) {
      throw new BlsParseError(file, row.line, `duplicate ${socCode} (first given on line ${earlierLine})`);
    }
    lines.set(socCode, row.line);
    projections.set(socCode, {
      socCode,
      title,
      alternativeTitles: alternativeTitles.filter((alt) => alt !== ''),
      employment2024: thousandsToPersons(readNumber(file, row.line, COLUMNS.employment2024, get('employment2024'))),
      employment2034: thousandsToPersons(readNumber(file, row.line, COLUMNS.employment2034, get('employment2034'))),
      growthPct: readNumber(file, row.line, COLUMNS.growthPct, get('growthPct')),
      annualOpenings: thousandsToPersons(readNumber(file, row.line, COLUMNS.openings, get('openings'))),
      medianWage: readNumber(file, row.line, COLUMNS.wage, isMedianWageTopCoded ? rawWage.slice(2) : rawWage),
      isMedianWageTopCoded,
      entryEducation: textOrNull(get('education')),
      workExperience: textOrNull(get('experience')),
      onTheJobTraining: textOrNull(get('training')),
    });
  }
  return projections;
}

/** The 6-digit SOC code BLS uses for an O*NET-SOC code: '21-1014.00' -> '21-1014'. */
export function toBlsSocCode(onetCode: string): string {
  return onetCode.slice(0, 7);
}

/** The BLS row for an O*NET code, matched on the 6-digit SOC code; undefined when BLS publishes none. */
export function findBlsProjection(
  projections: ReadonlyMap<string, BlsProjection>,
  onetCode: string,
): BlsProjection | undefined {
  return projections.get(toBlsSocCode(onetCode));
}

/**
 * BLS "Typical Entry-Level Education" on our ladder. "No formal educational credential" maps to the lowest
 * rung ('high-school') because the ladder has nothing below it and the job should pass every education
 * filter; "some college" and non-degree awards are our 'certificate'. Unknown text gives null.
 */
export function mapBlsEducation(text: string | null): EducationId | null {
  switch (text) {
    case 'No formal educational credential':
    case 'High school diploma or equivalent':
      return 'high-school';
    case 'Some college, no degree':
    case 'Postsecondary nondegree award':
      return 'certificate';
    case "Associate's degree":
      return 'associate';
    case "Bachelor's degree":
      return 'bachelor';
    case "Master's degree":
      return 'master';
    case 'Doctoral or professional degree':
      return 'doctoral';
    default:
      return null;
  }
}
