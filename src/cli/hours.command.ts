import fs from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { IsoDateSchema, type RuleSet, RuleSetSchema } from '#contracts/licensure.js';
import { RuleSetIdSchema } from '#contracts/licensure-api.js';

import { todayUtc } from '#domain/calendar-date.js';
import { defaultAsOf, measureLog } from '#domain/hours/measure-log.js';
import { formatHoursValue } from '#domain/hours/verification-summary.js';
import { describeRuleSetVersion, pickVersionInForce } from '#domain/licensure/rule-set-versions.js';
import { parseHoursCsv } from '#server/features/hours/hours-csv.js';
import { readDataFile } from '#server/reference-data.js';
import { CliError } from './cli-context.js';

/** What `vocare hours progress --json` prints (the shape the issue documents). */
export interface HoursProgressReport {
  rules: string;
  /** The version measured against: the one in force on the rules date (default today), and its dates. */
  rulesVersion: string;
  requirements: {
    id: string;
    label: string;
    /** Whether a source verifies it (a verified supervisor-credential rule has no number but is verified). */
    verified: boolean;
    required: number | null;
    counted: number;
    met: boolean | null;
  }[];
  complete: boolean;
  projectedCompletion: string | null;
  rejected: { line: number; reason: string }[];
}

function loadShippedRuleSets(): RuleSet[] {
  return z.array(RuleSetSchema).parse(JSON.parse(readDataFile('licensure/rules.json')));
}

function loadEarlierVersions(): RuleSet[] {
  return z.array(RuleSetSchema).parse(JSON.parse(readDataFile('licensure/earlier-versions.json')));
}

/** Measures a CSV log (import format) against a shipped rule set, without any database. */
export function evaluateHoursCsv(
  csv: string,
  rulesOption: string,
  asOfOption: string | undefined,
  degreeDate?: string,
  rulesDate?: string,
): HoursProgressReport {
  // "US-OH:LPCC" or "Ohio:LPCC": an unknown state is refused, never read as "no state".
  const parsedId = RuleSetIdSchema.safeParse(rulesOption);
  if (!parsedId.success) throw new CliError(`--rules: ${parsedId.error.issues[0]?.message ?? 'not a rule set id'}`, 2);
  const rulesId = parsedId.data;
  const ruleSets = loadShippedRuleSets();
  const latest = ruleSets.find((r) => r.id === rulesId);
  if (!latest) {
    throw new CliError(`No rule set "${rulesId}". Known rule sets: ${ruleSets.map((r) => r.id).join(', ')}`, 2);
  }
  // The version in force on the rules date (ADR 0025); the latest when none of the shipped versions covers it.
  const versions = [...loadEarlierVersions().filter((r) => r.id === rulesId), latest];
  const ruleSet = pickVersionInForce(versions, rulesDate ?? todayUtc(new Date())) ?? latest;
  const parsed = parseHoursCsv(csv);
  if (parsed.isRefused) {
    const e = parsed.errors[0];
    throw new CliError(`line ${e?.line ?? 1}: ${e?.reason ?? 'the file cannot be read'}`, 2);
  }
  const entries = parsed.rows.map((r) => ({
    id: `line-${r.line}`,
    date: r.date,
    hours: r.hours,
    category: r.category,
  }));
  const asOf = asOfOption ?? defaultAsOf(todayUtc(new Date()), entries);
  const { evaluation, projection } = measureLog(ruleSet, entries, {
    asOf,
    excluded: new Map(),
    degreeDate: degreeDate ?? null,
  });
  const rejected = [
    ...parsed.errors,
    ...evaluation.rejected.map((r) => ({
      line: Number(r.entryId.slice('line-'.length)),
      reason:
        `${formatHoursValue(r.hours)} hour${r.hours === 1 ? '' : 's'} not counted: ${r.reason}` +
        (r.requirementIds === null ? '' : ` (toward ${r.requirementIds.join(', ')})`),
    })),
  ].sort((a, b) => a.line - b.line);
  return {
    rules: ruleSet.id,
    rulesVersion: describeRuleSetVersion(ruleSet),
    requirements: evaluation.requirements.map((r) => ({
      id: r.id,
      label: r.label,
      verified: r.verified,
      required: r.required,
      counted: r.counted,
      met: r.met,
    })),
    complete: evaluation.complete,
    projectedCompletion: projection.date,
    rejected,
  };
}

function printReport(report: HoursProgressReport, asOf: string | undefined): void {
  console.log(`${report.rules} ${report.rulesVersion}${asOf ? `, as of ${asOf}` : ''}`);
  for (const r of report.requirements) {
    // A log file names no supervisor, so a verified credential rule is "not checked" rather than "not verified".
    const status = r.met === null ? (r.verified ? 'not checked' : 'not verified') : r.met ? 'met' : 'not yet';
    const target = r.required === null ? '-' : formatHoursValue(r.required);
    console.log(`  ${r.label.padEnd(40)} ${formatHoursValue(r.counted).padStart(9)} / ${target.padEnd(8)} ${status}`);
  }
  // A requirement with no verified source has no target (required null): with none verified, say so, not "met".
  if (report.requirements.every((r) => !r.verified)) {
    console.log('Nothing is verified yet: no requirement of this rule set has a verified source, so ask the board.');
  } else {
    console.log(report.complete ? 'Every verified requirement is met.' : 'Not complete yet.');
    console.log(
      `Projected completion: ${report.projectedCompletion ?? 'none (no recent pace for every unmet requirement)'}`,
    );
  }
  if (report.rejected.length > 0) {
    console.log(`\nNot counted (${report.rejected.length}):`);
    for (const r of report.rejected) console.log(`  line ${r.line}: ${r.reason}`);
  }
}

export function registerHoursCommands(program: Command): void {
  const group = program.command('hours').description('Supervised hours logs');
  group
    .command('progress')
    .description(
      'Measure a CSV log (date,hours,category,site,supervisor,note) against a shipped rule set; touches no database',
    )
    .requiredOption('--log <file>', 'CSV file in the import format')
    .requiredOption('--rules <id>', 'rule set id, e.g. US-TX:LPC')
    .option('--as-of <date>', 'measure as of this date (YYYY-MM-DD); default today or the latest entry')
    .option(
      '--degree-date <date>',
      "the degree's date (YYYY-MM-DD): pre-degree hours count only up to the rule's limit",
    )
    .option(
      '--rules-date <date>',
      'measure under the version of the rules in force on this date (YYYY-MM-DD); default today',
    )
    .option('--json', 'print JSON: {rules, rulesVersion, requirements, complete, projectedCompletion, rejected}')
    .action(
      (opts: {
        log: string;
        rules: string;
        asOf?: string;
        degreeDate?: string;
        rulesDate?: string;
        json?: boolean;
      }) => {
        for (const [flag, value] of [
          ['--as-of', opts.asOf],
          ['--degree-date', opts.degreeDate],
          ['--rules-date', opts.rulesDate],
        ] as const) {
          if (value !== undefined && !IsoDateSchema.safeParse(value).success) {
            throw new CliError(`${flag} must be a real date in YYYY-MM-DD format (got "${value}")`, 2);
          }
        }
        let csv: string;
        try {
          csv = fs.readFileSync(opts.log, 'utf8');
        } catch (err) {
          throw new CliError(
            `Cannot read ${opts.log}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
            2,
          );
        }
        const report = evaluateHoursCsv(csv, opts.rules, opts.asOf, opts.degreeDate, opts.rulesDate);
        if (opts.json) console.log(JSON.stringify(report));
        else printReport(report, opts.asOf);
      },
    );
}
