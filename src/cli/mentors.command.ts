import fs from 'node:fs';
import type { Command } from 'commander';
import { type MatcherPoolFile, MatcherPoolFileSchema, type PoolAssignment } from '#contracts/mentorship.js';
import { assignMentorPool } from '#domain/mentorship/match-mentors.js';
import { CliError } from './cli-context.js';

/** Reads and checks a pool file; every problem names the field, and exits with code 2. */
function readPoolFile(file: string): MatcherPoolFile {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new CliError(`Cannot read the profile file ${file}: ${reason}.`, 2);
  }
  const parsed = MatcherPoolFileSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(the file)'}: ${issue.message}`);
    throw new CliError(`The profile file ${file} has problems:\n${lines.join('\n')}`, 2);
  }
  return parsed.data;
}

function printText(results: readonly PoolAssignment[], names: ReadonlyMap<string, string>): void {
  for (const r of results) {
    console.log(`${r.menteeId}: ${r.suggestions.length} suggestion${r.suggestions.length === 1 ? '' : 's'}`);
    if (r.suggestions.length === 0) console.log('  No mentor with a free seat fits (shared language, way to meet).');
    r.suggestions.forEach((s, i) => {
      console.log(`  ${i + 1}. ${names.get(s.mentorId) ?? s.mentorId}  ${s.score}/100`);
      for (const f of s.strongest) console.log(`     + ${f.reason} (${f.points}/${f.weight})`);
      console.log(`     - Weakest: ${s.weakest.reason} (${s.weakest.points}/${s.weakest.weight})`);
    });
  }
}

/**
 * `vocare mentors match --profile FILE`: runs the mentor matcher on a file holding one mentee (or a pool of
 * mentees) and the mentors. Pure: no database, so the same answer as the server gives for the same pool.
 */
export function registerMentorsCommands(program: Command): void {
  const group = program.command('mentors').description('Mentorship');
  group
    .command('match')
    .description('Suggest mentors, explained, across a pool respecting each mentor’s capacity')
    .requiredOption('--profile <file>', 'JSON: {"mentee": {...} or "mentees": [...], "mentors": [...]}')
    .option('--json', 'print {"results":[{menteeId, suggestions:[{mentorId, score, strongest, weakest}]}]}')
    .action((opts: { profile: string; json?: boolean }) => {
      const pool = readPoolFile(opts.profile);
      const mentees = pool.mentees ?? [];
      if (pool.mentee) mentees.push(pool.mentee);
      const results = assignMentorPool(mentees, pool.mentors, { careerTitles: pool.careerTitles ?? {} });
      if (opts.json) {
        console.log(JSON.stringify({ results }));
        return;
      }
      printText(results, new Map(pool.mentors.map((m) => [m.id, m.name ?? m.id])));
    });
}
