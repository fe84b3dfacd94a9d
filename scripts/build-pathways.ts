/*
 * Dev-only: builds data/pathways/facts.json from the shared, hand-checked ../shared/data/pathways.csv.
 *
 *   npx tsx scripts/build-pathways.ts            write the file
 *   npx tsx scripts/build-pathways.ts --check    exit 1 if the committed file differs from a fresh build
 *
 * Deterministic: rows in CSV order, values verbatim (a range stays "2-3", an empty cell stays null), no clock.
 * The only thing added is the link from the CSV's profession names to the atlas's curated career ids.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type PathwayFact, PathwayFactSchema, SourceKindSchema } from '#contracts/pathways.js';
import { readCsv } from '#server/lib/csv.js';

const CSV_URL = new URL('../../shared/data/pathways.csv', import.meta.url);
const OUT_URL = new URL('../data/pathways/facts.json', import.meta.url);

/**
 * Profession (as the CSV names it) -> curated career ids. "social worker" facts (CSWE field hours, ASWB exams)
 * apply to every social work career; a profession with no curated career keeps its facts with careers [].
 */
export const CAREERS_BY_PROFESSION: Record<string, string[]> = {
  'registered nurse': ['registered-nurse'],
  physician: ['primary-care-physician'],
  'physical therapist': ['physical-therapist'],
  'occupational therapist': ['occupational-therapist'],
  'occupational therapy assistant': [],
  'speech-language pathologist': ['speech-language-pathologist'],
  'licensed professional counselor': ['licensed-professional-counselor'],
  'marriage and family therapist': ['marriage-and-family-therapist'],
  'social worker': ['clinical-social-worker', 'healthcare-social-worker', 'child-and-family-social-worker'],
  psychologist: ['psychologist'],
  'addiction counselor': ['addiction-counselor'],
  'K-12 teacher': ['k-12-teacher'],
  'special education teacher': ['special-education-teacher'],
  'school counselor': ['academic-and-career-counselor'],
  'public interest lawyer': ['public-interest-lawyer'],
  'environmental engineer': ['environmental-engineer'],
};

const STAGES: Record<string, PathwayFact['stage']> = {
  degree: 'degree',
  training: 'training',
  exam: 'exam',
  'post-degree': 'post-degree',
  renewal: 'renewal',
};

function slug(text: string, maxLength = 60): string {
  const full = text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= maxLength) return full;
  const cut = full.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 20 ? cut.slice(0, lastDash) : cut;
}

/** Builds every fact from the CSV text; throws naming the row when one does not fit. */
export function buildFacts(csvText: string): PathwayFact[] {
  const [header, ...rows] = readCsv(csvText, { source: 'pathways.csv' });
  if (!header) throw new Error('pathways.csv is empty');
  const col = (name: string): number => {
    const i = header.cells.indexOf(name);
    if (i < 0) throw new Error(`pathways.csv has no "${name}" column`);
    return i;
  };
  const c = {
    profession: col('profession'),
    stage: col('stage'),
    requirement: col('requirement'),
    value: col('value'),
    unit: col('unit'),
    authority: col('authority'),
    source: col('source'),
    sourceKind: col('source_kind'),
    checkedDate: col('checked_date'),
  };
  const usedIds = new Set<string>();
  return rows.map(({ line, cells }) => {
    const cell = (i: number): string => cells[i] ?? '';
    const profession = cell(c.profession);
    const careers = CAREERS_BY_PROFESSION[profession];
    if (!careers) throw new Error(`pathways.csv line ${line}: no career mapping for profession "${profession}"`);
    const stage = STAGES[cell(c.stage)];
    if (!stage) throw new Error(`pathways.csv line ${line}: unknown stage "${cell(c.stage)}"`);
    const sourceKind = SourceKindSchema.safeParse(cell(c.sourceKind));
    if (!sourceKind.success) throw new Error(`pathways.csv line ${line}: unknown source_kind "${cell(c.sourceKind)}"`);
    const requirement = cell(c.requirement);
    const unit = cell(c.unit);
    let id = `${slug(profession)}.${slug(requirement)}`;
    if (usedIds.has(id) && unit !== '') id = `${id}-${slug(unit, 20)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    usedIds.add(id);
    const fact: PathwayFact = {
      id,
      profession,
      careers,
      stage,
      requirement,
      value: cell(c.value),
      unit: unit === '' ? null : unit,
      authority: cell(c.authority),
      source: cell(c.source),
      sourceKind: sourceKind.data,
      checkedDate: cell(c.checkedDate) === '' ? null : cell(c.checkedDate),
    };
    const parsed = PathwayFactSchema.safeParse(fact);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`pathways.csv line ${line} does not validate: ${problems}`);
    }
    return parsed.data;
  });
}

function main(): void {
  const json = `${JSON.stringify(buildFacts(readFileSync(CSV_URL, 'utf8')), null, 2)}\n`;
  const outPath = fileURLToPath(OUT_URL);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(outPath, 'utf8');
    } catch {
      current = '';
    }
    if (current !== json) {
      console.error(`${outPath} is out of date: run npx tsx scripts/build-pathways.ts`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(outPath, json);
  console.log(`wrote ${outPath}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
