import type { RiasecProfile, WorkValuesProfile } from '#contracts/careers.js';
import type { EducationId, RiasecLetter, WorkValueId } from '#contracts/vocabulary.js';

/**
 * Parser for the O*NET database's published tab-delimited text files (one header row, one record a line).
 *
 * Decisions:
 * - Columns are found by header name, so a release that reorders or adds columns still parses; a missing
 *   required column, a row whose cell count differs from the header's, a malformed O*NET-SOC code, a value
 *   that is not a number or is out of its scale's range, a duplicate record, or an occupation with only some of
 *   a scale's elements throws `OnetParseError` naming the file and line. No malformed line is skipped.
 * - Rows for scales we do not use (e.g. the `VH` work-value high-points) are checked for shape and then left
 *   out, because they are well-formed data we simply do not ship.
 * - A data-file row whose code is absent from `Occupation Data.txt` is checked for shape and then ignored: such
 *   a row has no title to show, and the data files of a release legitimately cover only part of the taxonomy
 *   the other way round (e.g. "All Other" codes have no interests), so neither direction is an error.
 * - Blank lines at the end of a file are allowed; a blank line between records is an error, since it usually
 *   means a truncated or hand-edited file.
 * - Files whose names we do not recognise are ignored, so a caller may pass every file of an O*NET download.
 * - `Occupation Data.txt`'s Description column is never read: Vocare must not ship O*NET's description text.
 */

export const OCCUPATION_DATA_FILE = 'Occupation Data.txt';
export const INTERESTS_FILE = 'Interests.txt';
export const JOB_ZONES_FILE = 'Job Zones.txt';
export const WORK_VALUES_FILE = 'Work Values.txt';
export const EDUCATION_FILE = 'Education, Training, and Experience.txt';
export const RELATED_OCCUPATIONS_FILE = 'Related Occupations.txt';

const KNOWN_FILES = [OCCUPATION_DATA_FILE, INTERESTS_FILE, JOB_ZONES_FILE, WORK_VALUES_FILE, EDUCATION_FILE] as const;
type KnownFile = (typeof KNOWN_FILES)[number];

/** One occupation as Vocare uses it; every field but code and title is null when the release has no data. */
export interface OnetOccupation {
  socCode: string;
  title: string;
  riasec: RiasecProfile | null;
  /** High-point letters in order (1 to 3 letters), e.g. 'SIC'; null when the file has no high-point rows. */
  interestCode: string | null;
  jobZone: number | null;
  workValues: WorkValuesProfile | null;
  /** Modal required level of education (scale `RL`) mapped to our ladder; null without that file or rows. */
  requiredEducation: EducationId | null;
}

export interface OnetFile {
  /** File name as O*NET publishes it, e.g. 'Interests.txt'; a leading directory path is ignored. */
  name: string;
  content: string;
}

export const RELATEDNESS_TIERS = ['Primary-Short', 'Primary-Long', 'Supplemental'] as const;
export type RelatednessTier = (typeof RELATEDNESS_TIERS)[number];

export interface OnetRelation {
  from: string;
  to: string;
  tier: RelatednessTier;
}

/** A malformed O*NET file. `line` is 1-based (the header is line 1); null when the problem is the whole file. */
export class OnetParseError extends Error {
  override readonly name = 'OnetParseError';
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

const CODE = 'O*NET-SOC Code';
const SOC_CODE_PATTERN = /^\d{2}-\d{4}\.\d{2}$/;
const NUMBER_PATTERN = /^-?\d+(\.\d+)?$/;

const INTEREST_ELEMENTS: Record<string, RiasecLetter> = {
  Realistic: 'R',
  Investigative: 'I',
  Artistic: 'A',
  Social: 'S',
  Enterprising: 'E',
  Conventional: 'C',
};
const HIGH_POINT_ELEMENTS: Record<string, number> = {
  'First Interest High-Point': 0,
  'Second Interest High-Point': 1,
  'Third Interest High-Point': 2,
};
// O*NET's Scales Reference gives IH the range 0-6: 1..6 are R,I,A,S,E,C in order and 0 means "no high-point".
const HIGH_POINT_LETTERS: readonly (RiasecLetter | null)[] = [null, 'R', 'I', 'A', 'S', 'E', 'C'];

const WORK_VALUE_ELEMENTS: Record<string, WorkValueId> = {
  Achievement: 'achievement',
  'Working Conditions': 'working-conditions',
  Recognition: 'recognition',
  Relationships: 'relationships',
  Support: 'support',
  Independence: 'independence',
};

/**
 * O*NET's RL categories (Education, Training, and Experience Categories file) mapped onto our ladder.
 * Our ladder has no rung below a high-school diploma, so "less than high school" (1) lands on 'high-school',
 * its lowest rung, which keeps such occupations inside every education filter. Post-secondary certificates (3)
 * and some college (4) are our 'certificate'; a post-baccalaureate certificate (7) still needs only a bachelor's,
 * a post-master's certificate (9) only a master's; first professional degrees (10, e.g. JD, MD), doctorates (11)
 * and post-doctoral training (12) are all 'doctoral'.
 */
const RL_CATEGORY_TO_EDUCATION: Record<number, EducationId> = {
  1: 'high-school',
  2: 'high-school',
  3: 'certificate',
  4: 'certificate',
  5: 'associate',
  6: 'bachelor',
  7: 'bachelor',
  8: 'master',
  9: 'master',
  10: 'doctoral',
  11: 'doctoral',
  12: 'doctoral',
};

interface TableRow<C extends string> {
  line: number;
  get: (column: C) => string;
}

function readTable<C extends string>(file: string, content: string, columns: readonly C[]): TableRow<C>[] {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
  const headerLine = lines[0];
  if (headerLine === undefined) throw new OnetParseError(file, 1, 'file is empty; expected a header row');
  const header = headerLine.split('\t').map((name) => name.trim());
  const index = new Map<C, number>();
  for (const column of columns) {
    const at = header.indexOf(column);
    if (at === -1) throw new OnetParseError(file, 1, `header has no "${column}" column`);
    index.set(column, at);
  }
  const rows: TableRow<C>[] = [];
  for (let i = 1; i < lines.length; i++) {
    const lineNumber = i + 1;
    const text = lines[i] ?? '';
    if (text.trim() === '') throw new OnetParseError(file, lineNumber, 'blank line between records');
    const cells = text.split('\t');
    if (cells.length !== header.length) {
      throw new OnetParseError(
        file,
        lineNumber,
        `has ${cells.length} tab-separated columns; the header has ${header.length}`,
      );
    }
    rows.push({ line: lineNumber, get: (column) => (cells[index.get(column) ?? -1] ?? '').trim() });
  }
  return rows;
}

function readSocCode(file: string, line: number, raw: string, column: string = CODE): string {
  if (!SOC_CODE_PATTERN.test(raw)) {
    throw new OnetParseError(file, line, `${column} "${raw}" is not in the form 00-0000.00`);
  }
  return raw;
}

function readNumber(file: string, line: number, column: string, raw: string, min: number, max: number): number {
  if (!NUMBER_PATTERN.test(raw)) throw new OnetParseError(file, line, `${column} "${raw}" is not a number`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw new OnetParseError(file, line, `${column} ${raw} is outside the range ${min}-${max}`);
  }
  return value;
}

function readInteger(file: string, line: number, column: string, raw: string, min: number, max: number): number {
  const value = readNumber(file, line, column, raw, min, max);
  if (!Number.isInteger(value)) throw new OnetParseError(file, line, `${column} "${raw}" is not a whole number`);
  return value;
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/** Where a value came from, so a later consistency problem can still name its line. */
interface Located<T> {
  value: T;
  line: number;
}

/** Records one value per key and throws on a second, naming both lines. */
function setOnce<K, T>(map: Map<K, Located<T>>, key: K, value: T, file: string, line: number, what: string): void {
  const earlier = map.get(key);
  if (earlier !== undefined) {
    throw new OnetParseError(file, line, `duplicate ${what} (first given on line ${earlier.line})`);
  }
  map.set(key, { value, line });
}

function parseOccupationData(file: string, content: string): Map<string, string> {
  const titles = new Map<string, Located<string>>();
  for (const row of readTable(file, content, [CODE, 'Title'])) {
    const code = readSocCode(file, row.line, row.get(CODE));
    const title = row.get('Title');
    if (title === '') throw new OnetParseError(file, row.line, `Title is empty for ${code}`);
    setOnce(titles, code, title, file, row.line, `occupation ${code}`);
  }
  return new Map([...titles].map(([code, located]) => [code, located.value]));
}

interface InterestResult {
  riasec: Map<string, RiasecProfile>;
  codes: Map<string, string | null>;
}

function parseInterests(file: string, content: string): InterestResult {
  const scores = new Map<string, Map<RiasecLetter, Located<number>>>();
  const highPoints = new Map<string, Map<number, Located<number>>>();
  for (const row of readTable(file, content, [CODE, 'Element Name', 'Scale ID', 'Data Value'])) {
    const code = readSocCode(file, row.line, row.get(CODE));
    const element = row.get('Element Name');
    const scale = row.get('Scale ID');
    if (scale === 'OI') {
      const letter = INTEREST_ELEMENTS[element];
      if (letter === undefined) {
        throw new OnetParseError(file, row.line, `Element Name "${element}" is not a RIASEC interest (scale OI)`);
      }
      const value = readNumber(file, row.line, 'Data Value', row.get('Data Value'), 1, 7);
      const byLetter = scores.get(code) ?? new Map<RiasecLetter, Located<number>>();
      scores.set(code, byLetter);
      setOnce(byLetter, letter, value, file, row.line, `${element} (OI) row for ${code}`);
    } else if (scale === 'IH') {
      const position = HIGH_POINT_ELEMENTS[element];
      if (position === undefined) {
        throw new OnetParseError(file, row.line, `Element Name "${element}" is not an interest high-point (scale IH)`);
      }
      const value = readInteger(file, row.line, 'Data Value', row.get('Data Value'), 0, 6);
      const byPosition = highPoints.get(code) ?? new Map<number, Located<number>>();
      highPoints.set(code, byPosition);
      setOnce(byPosition, position, value, file, row.line, `${element} (IH) row for ${code}`);
    }
  }

  const riasec = new Map<string, RiasecProfile>();
  for (const [code, byLetter] of scores) {
    const score = (letter: RiasecLetter): number => {
      const found = byLetter.get(letter);
      if (found !== undefined) return found.value;
      const firstLine = Math.min(...[...byLetter.values()].map((v) => v.line));
      const name = Object.keys(INTEREST_ELEMENTS).find((key) => INTEREST_ELEMENTS[key] === letter) ?? letter;
      throw new OnetParseError(file, firstLine, `${code} has OI rows but none for ${name}`);
    };
    riasec.set(code, { R: score('R'), I: score('I'), A: score('A'), S: score('S'), E: score('E'), C: score('C') });
  }

  const codes = new Map<string, string | null>();
  for (const [code, byPosition] of highPoints) {
    const first = byPosition.get(0);
    if (first === undefined) {
      const firstLine = Math.min(...[...byPosition.values()].map((v) => v.line));
      throw new OnetParseError(file, firstLine, `${code} has IH rows but no First Interest High-Point`);
    }
    // Zeros mean "no further high-point"; dropping them gives O*NET's 1-3 letter codes (e.g. 'S', 'SI').
    const letters = [0, 1, 2]
      .map((position) => HIGH_POINT_LETTERS[byPosition.get(position)?.value ?? 0] ?? null)
      .filter((letter): letter is RiasecLetter => letter !== null);
    codes.set(code, letters.length > 0 ? letters.join('') : null);
  }
  return { riasec, codes };
}

function parseJobZones(file: string, content: string): Map<string, number> {
  const zones = new Map<string, Located<number>>();
  for (const row of readTable(file, content, [CODE, 'Job Zone'])) {
    const code = readSocCode(file, row.line, row.get(CODE));
    const zone = readInteger(file, row.line, 'Job Zone', row.get('Job Zone'), 1, 5);
    setOnce(zones, code, zone, file, row.line, `Job Zone row for ${code}`);
  }
  return new Map([...zones].map(([code, located]) => [code, located.value]));
}

function parseWorkValues(file: string, content: string): Map<string, WorkValuesProfile> {
  const extents = new Map<string, Map<WorkValueId, Located<number>>>();
  for (const row of readTable(file, content, [CODE, 'Element Name', 'Scale ID', 'Data Value'])) {
    const code = readSocCode(file, row.line, row.get(CODE));
    if (row.get('Scale ID') !== 'EX') continue;
    const element = row.get('Element Name');
    const id = WORK_VALUE_ELEMENTS[element];
    if (id === undefined) {
      throw new OnetParseError(file, row.line, `Element Name "${element}" is not a work value (scale EX)`);
    }
    const value = readNumber(file, row.line, 'Data Value', row.get('Data Value'), 1, 7);
    const byValue = extents.get(code) ?? new Map<WorkValueId, Located<number>>();
    extents.set(code, byValue);
    setOnce(byValue, id, value, file, row.line, `${element} (EX) row for ${code}`);
  }

  const profiles = new Map<string, WorkValuesProfile>();
  for (const [code, byValue] of extents) {
    const extent = (id: WorkValueId): number => {
      const found = byValue.get(id);
      if (found !== undefined) return found.value;
      const firstLine = Math.min(...[...byValue.values()].map((v) => v.line));
      const name = Object.keys(WORK_VALUE_ELEMENTS).find((key) => WORK_VALUE_ELEMENTS[key] === id) ?? id;
      throw new OnetParseError(file, firstLine, `${code} has EX rows but none for ${name}`);
    };
    profiles.set(code, {
      achievement: extent('achievement'),
      'working-conditions': extent('working-conditions'),
      recognition: extent('recognition'),
      relationships: extent('relationships'),
      support: extent('support'),
      independence: extent('independence'),
    });
  }
  return profiles;
}

function parseEducation(file: string, content: string): Map<string, EducationId> {
  const shares = new Map<string, Map<number, Located<number>>>();
  for (const row of readTable(file, content, [CODE, 'Scale ID', 'Category', 'Data Value'])) {
    const code = readSocCode(file, row.line, row.get(CODE));
    if (row.get('Scale ID') !== 'RL') continue;
    const category = readInteger(file, row.line, 'Category', row.get('Category'), 1, 12);
    const percent = readNumber(file, row.line, 'Data Value', row.get('Data Value'), 0, 100);
    const byCategory = shares.get(code) ?? new Map<number, Located<number>>();
    shares.set(code, byCategory);
    setOnce(byCategory, category, percent, file, row.line, `RL category ${category} row for ${code}`);
  }

  const levels = new Map<string, EducationId>();
  for (const [code, byCategory] of shares) {
    // The modal category is the level most incumbents report; on a tie the lower one wins, so a minimum is
    // never overstated.
    let modal: { category: number; percent: number } | null = null;
    for (const [category, { value: percent }] of [...byCategory].sort(([a], [b]) => a - b)) {
      if (modal === null || percent > modal.percent) modal = { category, percent };
    }
    const level = modal === null ? undefined : RL_CATEGORY_TO_EDUCATION[modal.category];
    if (level !== undefined) levels.set(code, level);
  }
  return levels;
}

/**
 * Parses O*NET text files into one record per occupation of `Occupation Data.txt`, sorted by code.
 * Every file but `Occupation Data.txt` is optional; throws `OnetParseError` on any malformed line.
 */
export function parseOnetFiles(files: readonly OnetFile[]): OnetOccupation[] {
  const byName = new Map<KnownFile, OnetFile>();
  for (const file of files) {
    const name = baseName(file.name);
    const known = KNOWN_FILES.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    if (known === undefined) continue;
    if (byName.has(known)) throw new OnetParseError(name, null, 'given more than once');
    byName.set(known, { name, content: file.content });
  }

  const occupationData = byName.get(OCCUPATION_DATA_FILE);
  if (occupationData === undefined) {
    throw new OnetParseError(OCCUPATION_DATA_FILE, null, 'file is missing; it is the one file the import needs');
  }
  const titles = parseOccupationData(occupationData.name, occupationData.content);

  const parseOptional = <T>(known: KnownFile, parse: (file: string, content: string) => T): T | null => {
    const file = byName.get(known);
    return file === undefined ? null : parse(file.name, file.content);
  };
  const interests = parseOptional(INTERESTS_FILE, parseInterests);
  const jobZones = parseOptional(JOB_ZONES_FILE, parseJobZones);
  const workValues = parseOptional(WORK_VALUES_FILE, parseWorkValues);
  const education = parseOptional(EDUCATION_FILE, parseEducation);

  return [...titles.keys()].sort().map((socCode) => ({
    socCode,
    title: titles.get(socCode) ?? '',
    riasec: interests?.riasec.get(socCode) ?? null,
    interestCode: interests?.codes.get(socCode) ?? null,
    jobZone: jobZones?.get(socCode) ?? null,
    workValues: workValues?.get(socCode) ?? null,
    requiredEducation: education?.get(socCode) ?? null,
  }));
}

/** Parses `Related Occupations.txt` into directed links, in the file's order (O*NET's own ranking). */
export function parseRelatedOccupations(content: string, fileName: string = RELATED_OCCUPATIONS_FILE): OnetRelation[] {
  const file = baseName(fileName);
  const related = 'Related O*NET-SOC Code';
  const seen = new Map<string, Located<true>>();
  return readTable(file, content, [CODE, related, 'Relatedness Tier']).map((row) => {
    const from = readSocCode(file, row.line, row.get(CODE));
    const to = readSocCode(file, row.line, row.get(related), related);
    const rawTier = row.get('Relatedness Tier');
    const tier = RELATEDNESS_TIERS.find((known) => known === rawTier);
    if (tier === undefined) {
      throw new OnetParseError(
        file,
        row.line,
        `Relatedness Tier "${rawTier}" is not one of ${RELATEDNESS_TIERS.join(', ')}`,
      );
    }
    if (from === to) throw new OnetParseError(file, row.line, `${from} is listed as related to itself`);
    setOnce(seen, `${from}>${to}`, true, file, row.line, `link ${from} -> ${to}`);
    return { from, to, tier };
  });
}
