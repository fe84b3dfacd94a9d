import fs from 'node:fs';
import type { Command } from 'commander';
import { type Career, type CareerList, CareerListSchema } from '#contracts/careers.js';
import {
  type CliMatchOutput,
  MATCH_FACTOR_IDS,
  type MatchFactorId,
  type MatchProfile,
  MatchProfileSchema,
  type MatchResult,
  type MatchScope,
  MOTIVATION_LABELS,
} from '#contracts/matching.js';
import { formatFactor } from '#domain/matching/rank-careers.js';
import { catalogSnapshotOf } from '#server/features/careers/catalog.adapter.js';
import { readLicensureCoverage } from '#server/features/matching/licensure-coverage.js';
import { loadCatalog, rankCatalog } from '#server/features/matching/matching.service.js';
import { CliError, fetchJson, withDbOrServer } from './cli-context.js';

const PAGE_SIZE = 100;
const MAX_TOP = 2000;

const FACTOR_WORDS: Record<MatchFactorId, string> = {
  causes: 'causes',
  scale: 'scale of change',
  clientContact: 'client contact',
  emotionalIntensity: 'emotional intensity',
  interests: 'interests',
  values: 'work values',
  education: 'education',
  flexibleStudy: 'flexible study',
};

/** Reads and checks a profile file; every problem names the file and the field, and exits with code 2. */
export function readProfileFile(file: string): MatchProfile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new CliError(`Cannot read the profile file ${file}: ${reason}.`, 2);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CliError(`The profile file ${file} is not valid JSON: ${(err as Error).message}.`, 2);
  }
  const parsed = MatchProfileSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const field = issue.path.join('.');
      return `  ${field || '(the profile)'}: ${issue.message}`;
    });
    throw new CliError(
      `The profile file ${file} has ${lines.length === 1 ? 'a problem' : 'problems'}:\n${lines.join('\n')}`,
      2,
    );
  }
  return parsed.data;
}

function parseTop(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 1 || n > MAX_TOP) {
    throw new CliError(`--top must be a whole number from 1 to ${MAX_TOP} (got "${value}").`, 2);
  }
  return n;
}

/** Every career of the scope from a running server's API, page by page (GET needs no CSRF token). */
async function fetchCatalog(baseUrl: string, scope: MatchScope): Promise<Career[]> {
  const items: Career[] = [];
  let total = 0;
  for (let page = 1; page === 1 || items.length < total; page++) {
    const params = new URLSearchParams({
      curated: scope === 'all' ? 'all' : 'true',
      page: String(page),
      pageSize: String(PAGE_SIZE),
    });
    const body: CareerList = CareerListSchema.parse(await fetchJson(baseUrl, `/api/careers?${params}`));
    total = body.total;
    items.push(...body.items);
    if (body.items.length === 0) break;
  }
  return items;
}

/** The issue's JSON shape, field order included: id, title, socCode, score, factors, gaps. */
export function toCliOutput(results: readonly MatchResult[]): CliMatchOutput {
  return {
    results: results.map((r) => ({
      id: r.id,
      title: r.title,
      socCode: r.socCode,
      score: r.score,
      factors: r.factors.map((f) => ({ factor: f.factor, points: f.points, reason: f.reason })),
      gaps: r.gaps,
    })),
  };
}

function printText(
  profile: MatchProfile,
  ranked: readonly MatchResult[],
  shown: readonly MatchResult[],
  scope: MatchScope,
) {
  const what = scope === 'all' ? 'every occupation in the atlas' : 'the curated helping careers';
  console.log(`Ranked ${ranked.length} careers (${what}), best first. Every career starts at 50.\n`);
  shown.forEach((r, i) => {
    const place = String(i + 1).padStart(String(shown.length).length, ' ');
    console.log(`${place}. ${r.title}  ${r.score}/100${r.curated ? '' : '  (O*NET occupation, not curated)'}`);
    console.log(`    id ${r.id}${r.socCode ? ` · O*NET-SOC ${r.socCode}` : ''}`);
    for (const f of r.factors) console.log(`    ${f.points > 0 ? '+' : f.points < 0 ? '-' : '·'} ${formatFactor(f)}`);
    for (const g of r.gaps) console.log(`    ! Gap: ${g}`);
    if (r.unknown.length > 0) {
      const words = MATCH_FACTOR_IDS.filter((id) => r.unknown.includes(id)).map((id) => FACTOR_WORDS[id]);
      console.log(`    ? Not known for this career (0 points): ${words.join(', ')}`);
    }
  });
  if (shown.length < ranked.length) console.log(`\n${ranked.length - shown.length} more not shown (use --top).`);
  if (profile.motivations && profile.motivations.length > 0) {
    const reasons = [...new Set(profile.motivations)].map((m) => MOTIVATION_LABELS[m]).join('; ');
    console.log(`\nWhy you want to help (shown back, never scored): ${reasons}.`);
  }
}

export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description('Rank careers for a self-assessment profile, explaining every score')
    .requiredOption('--profile <file>', 'profile JSON file (causes, scale, clientContact, maxEducation, ...)')
    .option('--json', 'print {"results":[{id,title,socCode,score,factors,gaps}]} best first')
    .option('--top <n>', 'show only the best n careers')
    .option('--all', 'rank every O*NET occupation in the atlas, not only the curated careers')
    .action(async (opts: { profile: string; json?: boolean; top?: string; all?: boolean }) => {
      const top = parseTop(opts.top);
      const profile = readProfileFile(opts.profile);
      const scope: MatchScope = opts.all ? 'all' : 'curated';
      const catalog = await withDbOrServer(
        'vocare match',
        ({ db }) => loadCatalog(db, scope, catalogSnapshotOf),
        (baseUrl) => fetchCatalog(baseUrl, scope),
      );
      const ranked = rankCatalog(profile, catalog, scope, readLicensureCoverage());
      const shown = top === undefined ? ranked : ranked.slice(0, top);
      if (opts.json) {
        console.log(JSON.stringify(toCliOutput(shown)));
        return;
      }
      printText(profile, ranked, shown, scope);
    });
}
