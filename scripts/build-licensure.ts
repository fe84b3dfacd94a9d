/*
 * Dev-only: builds data/licensure/rules.json from the shared, hand-checked ../shared/data/licensure.csv.
 *
 *   npx tsx scripts/build-licensure.ts            write the file
 *   npx tsx scripts/build-licensure.ts --check    exit 1 if the committed file differs from a fresh build
 *
 * Deterministic: same CSV in, byte-identical JSON out (rows in CSV order, no clock). The CSV's empty cells become
 * "not verified" requirements, never guesses. What the CSV holds only as prose in its `source` cell (a sub-minimum,
 * a conflict, a date) is carried over by hand in ROWS below, each line traceable to that cell or to the SOURCES
 * documents beside the CSV.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Requirement, type RuleSet, RuleSetSchema } from '#contracts/licensure.js';
import type { EducationId } from '#contracts/vocabulary.js';
import { readCsv } from '#server/lib/csv.js';

const CSV_URL = new URL('../../shared/data/licensure.csv', import.meta.url);
const OUT_URL = new URL('../data/licensure/rules.json', import.meta.url);

const JURISDICTIONS: Record<string, string> = {
  Texas: 'US-TX',
  California: 'US-CA',
  Florida: 'US-FL',
  'New York': 'US-NY',
  Illinois: 'US-IL',
};

// Career ids as the atlas names the seeds' careers; every counselor license maps to the counselor career.
const CAREERS_BY_LICENSE: Record<string, string[]> = {
  LPC: ['licensed-professional-counselor'],
  LPCC: ['licensed-professional-counselor'],
  LMHC: ['licensed-professional-counselor'],
  LCPC: ['licensed-professional-counselor'],
  LMFT: ['marriage-and-family-therapist'],
  LCSW: ['clinical-social-worker'],
  Psychologist: ['psychologist'],
  'Clinical-Psychologist': ['psychologist'],
};

/** The day SOURCES-pathways.md says its pages were read. */
const PATHWAYS_READ_DATE = '2026-11-22';

const PATHWAYS_DATE_NOTE = `Checked ${PATHWAYS_READ_DATE}: the day the sources for this row were read (SOURCES-pathways.md).`;

function curatedDateNote(printed: string | null): string {
  const base =
    `Checked date: SOURCES-curated.md records no reading date for this row. ${PATHWAYS_READ_DATE} is the latest ` +
    'documented date it can have been read (SOURCES-pathways.md, read that day, refers to licensure.csv as ' +
    'already existing), so read it as "on or before".';
  return printed === null ? `${base} No date is recorded for the sources themselves.` : `${base} ${printed}`;
}

interface RowExtras {
  checkedDate: string;
  notes: string[];
  /** Sourced requirements beyond the CSV's four hour/duration columns. */
  extraRequirements?: Requirement[];
  /** When the exams cell mixes exam names with commentary, the names alone (the commentary goes to notes). */
  exams?: string[];
}

const ROWS: Record<string, RowExtras> = {
  'US-TX:LPC': {
    checkedDate: PATHWAYS_READ_DATE,
    notes: [
      '22 TAC 681.92 sets at least 4 hours of supervision a month and no total, so the supervision total is not verified.',
      'Degree and exam names rest on a third-party page (mindfulsolutionsmh.com).',
      curatedDateNote('The regulation text read was current through 2025-03-28.'),
    ],
  },
  'US-TX:LMFT': {
    checkedDate: PATHWAYS_READ_DATE,
    exams: ['licensure exam (national exam: AMFTRB, per a third-party source)', 'Texas jurisprudence exam'],
    extraRequirements: [
      {
        id: 'individual-supervision-hours',
        label: 'Individual supervision hours',
        verified: true,
        kind: 'category-hours',
        categories: ['supervision-individual'],
        hours: 100,
      },
    ],
    notes: [
      'At least 500 of the direct hours must be with couples or families (22 TAC 801.142); the log does not record this, so it is not checked.',
      'An older Texas Register version of the rule said 750 couples/families hours (SOURCES-curated.md).',
      'AMFTRB as the national exam comes from a third-party page only.',
      curatedDateNote('The regulation text read was current through 2024-12-06.'),
    ],
  },
  'US-TX:LCSW': {
    checkedDate: PATHWAYS_READ_DATE,
    notes: [
      'The hours rest on a proposed rule (Texas Register, issue of 2022-12-16); the adopted text was not read.',
      'The jurisprudence exam comes from a third-party page (2020) whose earlier text allowed 24 to 48 months.',
      curatedDateNote('The Texas Register issue read is dated 2022-12-16.'),
    ],
  },
  'US-CA:LMFT': {
    checkedDate: PATHWAYS_READ_DATE,
    notes: [
      'At least 1,700 of the 3,000 hours must be gained after the degree (BPC 4980.43); the log does not record degree dates, so this is not checked.',
      'The statutory minimum of 104 weeks is recorded as 24 months.',
      'The 1,750 direct hours come from a third-party page.',
      curatedDateNote(null),
    ],
  },
  'US-CA:LPCC': {
    checkedDate: PATHWAYS_READ_DATE,
    notes: [
      'The hours rest on a third-party summary of Board of Behavioral Sciences rules.',
      'At least 150 hours must be in a hospital or community mental health setting; the log does not record settings for this, so it is not checked.',
      'The minimum of 104 weeks is recorded as 24 months.',
      'Exam names were not found in any source read.',
      curatedDateNote(null),
    ],
  },
  'US-CA:LCSW': {
    checkedDate: PATHWAYS_READ_DATE,
    notes: [
      'Only the 3,000-hour total was found (university pages). An older Board of Behavioral Sciences page (c. 2018) states 3,200 hours, which conflicts.',
      curatedDateNote(null),
    ],
  },
  'US-FL:LMHC': {
    checkedDate: PATHWAYS_READ_DATE,
    notes: [
      'The 100 supervision hours must be spread over at least 100 weeks (university page citing s. 491.005(4) F.S.); the spread is not checked.',
      'Two years post-master\u2019s is recorded as 24 months.',
      curatedDateNote(null),
    ],
  },
  'US-CA:Psychologist': {
    checkedDate: PATHWAYS_READ_DATE,
    notes: [
      'Up to 1,500 hours may be pre-doctoral and at least 1,500 must be post-doctoral (third-party source); the log does not record this split.',
      'The EPPP may be taken after 1,500 hours and the CPLEE after 3,000 hours (psychology.ca.gov licensee FAQ).',
      PATHWAYS_DATE_NOTE,
    ],
  },
  'US-TX:Psychologist': {
    checkedDate: PATHWAYS_READ_DATE,
    notes: [
      'At least 1,750 hours in a formal doctoral internship and 1,750 as a provisionally licensed psychologist (22 TAC 463.11(a)); the split is not checked.',
      'Conflict: a 2018-2019 rule required 3,000 hours (1,500 + 1,500); the current 3,500-hour rule is recorded.',
      PATHWAYS_DATE_NOTE,
    ],
  },
  'US-NY:Psychologist': {
    checkedDate: PATHWAYS_READ_DATE,
    exams: ['EPPP'],
    notes: [
      'No more than 1,750 hours may come from the doctoral internship; the rest must be post-degree. The split is not checked.',
      'Two years of full-time experience is recorded as 24 months.',
      'The EPPP is named by a third-party source only.',
      PATHWAYS_DATE_NOTE,
    ],
  },
  'US-FL:Psychologist': {
    checkedDate: PATHWAYS_READ_DATE,
    notes: [
      'The internship satisfies 2,000 hours; the other 2,000 must be post-doctoral. The split is not checked.',
      PATHWAYS_DATE_NOTE,
    ],
  },
  'US-IL:Clinical-Psychologist': {
    checkedDate: PATHWAYS_READ_DATE,
    exams: [
      'Department-authorized examination (first part may be taken after graduation, before postdoc: P.A. 104-0301)',
    ],
    notes: [
      'Two years of supervised experience, one internship and one postdoctoral; the hours per year (68 IAC 1400.110) were not read, so the hour totals are not verified.',
      'The exam name was not read in an Illinois source (ASPPB states all member jurisdictions require EPPP Part 1).',
      PATHWAYS_DATE_NOTE,
    ],
  },
  'US-NY:LMHC': {
    checkedDate: PATHWAYS_READ_DATE,
    exams: ['NCMHCE'],
    notes: [
      'The hours must be gained after completing the qualifying program.',
      'The supervision hour total and the minimum duration were not read.',
      'The exam (NCMHCE) comes from a third-party source.',
      PATHWAYS_DATE_NOTE,
    ],
  },
  'US-NY:LCSW': {
    checkedDate: PATHWAYS_READ_DATE,
    extraRequirements: [{ id: 'window', label: 'Hours within 6 years', verified: true, kind: 'window', months: 72 }],
    notes: [
      'The direct hours are client contact in diagnosis, psychotherapy and assessment-based treatment planning.',
      'The experience must span at least 36 months and at most 6 years after the MSW (8 NYCRR 74.3). The 6-year limit is modelled as a 72-month window ending at the as-of date, since the log does not know the MSW date.',
      'The 100 supervision hours come from a third-party source.',
      'The exam was not read.',
      PATHWAYS_DATE_NOTE,
    ],
  },
  'US-NY:LMFT': {
    checkedDate: PATHWAYS_READ_DATE,
    notes: [
      'All 1,500 hours must be direct client contact; graduates of MFT programs may include supervised client contact hours from the program.',
      'The exam was not read.',
      PATHWAYS_DATE_NOTE,
    ],
  },
  'US-IL:LPC': {
    checkedDate: PATHWAYS_READ_DATE,
    notes: [
      'A third-party and an association source say the LPC needs no post-degree supervised hours. No official text saying so was read, so the hour requirements stay not verified.',
      'From 2026-07-01 the degree rises to 60 semester hours (association summary of a proposed rule).',
      PATHWAYS_DATE_NOTE,
    ],
  },
  'US-IL:LCPC': {
    checkedDate: PATHWAYS_READ_DATE,
    notes: [
      'Conflict: the rule text (68 IAC 1375.130) gives 960 direct hours a year, 1,920 in total; the Illinois Counseling Association says at least 50%, i.e. 1,680. 1,920 is recorded; check the current ilga.gov text.',
      'One year of experience is at most 1,680 clock hours in at least 48 weeks; this yearly limit is not modelled.',
      'The supervisor must meet the supervisee at least 1 hour a week (association source); not checked.',
      PATHWAYS_DATE_NOTE,
    ],
  },
  'US-IL:LCSW': {
    checkedDate: PATHWAYS_READ_DATE,
    notes: [
      '3,000 hours after the MSW; 2,000 after a doctorate in social work.',
      'Full-time is 30 to 40 hours a week and the supervisor meets an average of at least 4 hours a month (68 IAC 1470.20). This defines full-time rather than capping countable hours, so no weekly limit is applied.',
      '225 ILCS 20/8.2 lets 3,000 supervised hours stand in for the exam.',
      'The ASWB exam name was not read in an Illinois source.',
      PATHWAYS_DATE_NOTE,
    ],
  },
};

function degreeLevel(text: string): EducationId | null {
  if (/^(master|msw)/i.test(text)) return 'master';
  if (/^doctora/i.test(text)) return 'doctoral';
  return null;
}

function numberCell(cell: string, column: string, id: string): number | undefined {
  const trimmed = cell.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed.replaceAll(',', ''));
  if (!Number.isFinite(n)) throw new Error(`${id}: ${column} "${cell}" is not a number`);
  return n;
}

/** A CSV cell's figure as a requirement target: verified with the figure, or not verified without one. */
function hoursTarget(value: number | undefined): { verified: boolean; hours?: number } {
  return value === undefined ? { verified: false } : { verified: true, hours: value };
}

function monthsTarget(value: number | undefined): { verified: boolean; months?: number } {
  return value === undefined ? { verified: false } : { verified: true, months: value };
}

/** Builds every rule set from the CSV text; throws naming the row and field when a row does not validate. */
export function buildRuleSets(csvText: string): RuleSet[] {
  const [headerRecord, ...records] = readCsv(csvText, { source: 'licensure.csv' });
  const header = headerRecord?.cells;
  if (!header) throw new Error('licensure.csv is empty');
  const rows = records.map((record) => record.cells);
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`licensure.csv has no "${name}" column`);
    return i;
  };
  const c = {
    jurisdiction: col('jurisdiction'),
    license: col('license'),
    profession: col('profession'),
    minDegree: col('min_degree'),
    total: col('supervised_hours_total'),
    direct: col('direct_client_hours'),
    supervision: col('supervision_hours'),
    duration: col('min_duration_months'),
    exams: col('exams'),
    source: col('source'),
  };
  const used = new Set<string>();
  const ruleSets = rows.map((row) => {
    const cell = (i: number): string => (row[i] ?? '').trim();
    const jurisdictionName = cell(c.jurisdiction);
    const jurisdiction = JURISDICTIONS[jurisdictionName];
    if (!jurisdiction) throw new Error(`licensure.csv: unknown jurisdiction "${jurisdictionName}"`);
    const license = cell(c.license).replaceAll(' ', '-');
    const id = `${jurisdiction}:${license}`;
    const extras = ROWS[id];
    if (!extras) throw new Error(`licensure.csv: no entry for ${id} in ROWS`);
    used.add(id);
    const examsCell = cell(c.exams);
    const requirements: Requirement[] = [
      {
        id: 'total-hours',
        label: 'Total supervised hours',
        kind: 'total-hours',
        ...hoursTarget(numberCell(cell(c.total), 'supervised_hours_total', id)),
      },
      {
        id: 'direct-hours',
        label: 'Direct client contact hours',
        kind: 'category-hours',
        categories: ['direct'],
        ...hoursTarget(numberCell(cell(c.direct), 'direct_client_hours', id)),
      },
      {
        id: 'supervision-hours',
        label: 'Supervision hours',
        kind: 'supervision-hours',
        ...hoursTarget(numberCell(cell(c.supervision), 'supervision_hours', id)),
      },
      {
        id: 'min-duration',
        label: 'Minimum duration',
        kind: 'min-duration',
        ...monthsTarget(numberCell(cell(c.duration), 'min_duration_months', id)),
      },
      ...(extras.extraRequirements ?? []),
    ];
    const candidate: RuleSet = {
      id,
      jurisdiction,
      jurisdictionName,
      license,
      title: cell(c.profession),
      careers: CAREERS_BY_LICENSE[license] ?? [],
      minDegree: { level: degreeLevel(cell(c.minDegree)), text: cell(c.minDegree) },
      exams:
        extras.exams ??
        (examsCell === ''
          ? null
          : examsCell
              .split(';')
              .map((s) => s.trim())
              .filter((s) => s !== '')),
      requirements,
      notes: extras.notes,
      source: row[c.source] ?? '',
      checkedDate: extras.checkedDate,
      version: 1,
    };
    const parsed = RuleSetSchema.safeParse(candidate);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`${id} does not validate: ${problems}`);
    }
    return parsed.data;
  });
  const unused = Object.keys(ROWS).filter((id) => !used.has(id));
  if (unused.length > 0) throw new Error(`ROWS has entries with no CSV row: ${unused.join(', ')}`);
  return ruleSets;
}

function main(): void {
  const json = `${JSON.stringify(buildRuleSets(readFileSync(CSV_URL, 'utf8')), null, 2)}\n`;
  const outPath = fileURLToPath(OUT_URL);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(outPath, 'utf8');
    } catch {
      current = '';
    }
    if (current !== json) {
      console.error(`${outPath} is out of date: run npx tsx scripts/build-licensure.ts`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(outPath, json);
  console.log(`wrote ${outPath}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
