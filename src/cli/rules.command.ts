import fs from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import {
  IsoDateSchema,
  type Requirement,
  type RuleSet,
  RuleSetSchema,
  SOURCE_KIND_LABELS,
} from '#contracts/licensure.js';
import {
  type RuleSetDetail,
  RuleSetIdSchema,
  type RuleSetList,
  type RuleSetVersionInfo,
  type RulesCoverage,
  RulesCoverageTotalsSchema,
} from '#contracts/licensure-api.js';
import { describeRuleSetVersion } from '#domain/licensure/rule-set-versions.js';
import * as licensure from '#server/features/licensure/licensure.service.js';
import { CliError, fetchJson, withDbOrServer } from './cli-context.js';

/** "2  in force from 2025-12-18  shipped": one kept version with its effective dates and who wrote it. */
function describeVersionLine(v: RuleSetVersionInfo): string {
  const period =
    v.effectiveFrom && v.effectiveUntil
      ? `in force ${v.effectiveFrom} to ${v.effectiveUntil}`
      : v.effectiveFrom
        ? `in force from ${v.effectiveFrom}`
        : v.effectiveUntil
          ? `in force until ${v.effectiveUntil}`
          : 'no effective dates';
  return `${String(v.version).padEnd(3)} ${period.padEnd(36)} ${v.origin === 'shipped' ? 'shipped' : `edited by ${v.createdBy ?? 'an admin'}`}, stored ${v.createdAt.slice(0, 10)}`;
}

function describeTarget(req: Requirement): string {
  if (!req.verified) return 'not verified';
  const value = 'hours' in req ? req.hours : 'months' in req ? req.months : undefined;
  const n = (value ?? 0).toLocaleString('en-US');
  switch (req.kind) {
    case 'min-duration':
      return `at least ${n} months`;
    case 'window':
      return `hours within ${n} months`;
    case 'max-hours-per-week':
      return `at most ${n} hours a week count`;
    case 'max-hours-per-year':
      return `at most ${n} hours a year count (${req.period === 'calendar-year' ? 'calendar year' : 'each twelve months'})`;
    case 'supervision-ratio':
      return `1 hour of supervision per ${n} hours of ${req.basis === 'direct' ? 'direct client contact' : 'practice'}${req.period === 'overall' ? '' : ` (each ${req.period})`}`;
    case 'pre-degree-hours':
      return req.hours === 0 ? 'no pre-degree hours count' : `at most ${n} pre-degree hours count`;
    case 'supervision-hours':
      return req.groupCap === undefined ? `${n} hours` : `${n} hours (at most ${req.groupCap} group hours count)`;
    case 'supervisor-credential':
      return req.minShare === undefined
        ? `held by the supervisor on the date of each hour: ${req.credential ?? ''}${req.categories ? ` (${req.categories.join(', ')} hours)` : ''}`
        : `held by the supervisor of at least ${Math.round(req.minShare * 100)}% of the hours${req.categories ? ` (${req.categories.join(', ')})` : ''}, on the date of each hour: ${req.credential ?? ''}`;
    case 'category-hours':
      return `${n} hours (${req.categories.join(', ')})`;
    default:
      return `${n} hours`;
  }
}

/** Checks a rule set file; the answer lists every problem with the field named (`requirements.0.hours: ...`). */
export function validateRuleSetFile(file: string): RuleSet[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new CliError(`Cannot read ${file}: ${reason}.`, 2);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CliError(`${file} is not valid JSON: ${(err as Error).message}.`, 2);
  }
  // One rule set, or a list of them (the shape of data/licensure/rules.json).
  const schema = Array.isArray(json) ? z.array(RuleSetSchema) : RuleSetSchema;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const [first, ...rest] = issue.path;
      const field =
        typeof first === 'number' ? `[${first}]${rest.length ? `.${rest.join('.')}` : ''}` : issue.path.join('.');
      return `  ${field || '(the rule set)'}: ${issue.message}`;
    });
    throw new CliError(
      `${file} is not a valid rule set (${lines.length} ${lines.length === 1 ? 'problem' : 'problems'}):\n${lines.join('\n')}`,
      2,
    );
  }
  return Array.isArray(parsed.data) ? parsed.data : [parsed.data];
}

export function registerRulesCommands(program: Command): void {
  const group = program.command('rules').description('Licensure rules: list, show and validate rule sets');

  group
    .command('list')
    .description('List every rule set (current versions)')
    .option('--json', 'print JSON in the same shape as GET /api/rules')
    .action(async (opts: { json?: boolean }) => {
      const list = await withDbOrServer<RuleSetList>(
        'vocare rules list',
        ({ db }) => licensure.listRuleSets(db, {}),
        async (baseUrl) => (await fetchJson(baseUrl, '/api/rules')) as RuleSetList,
      );
      if (opts.json) {
        console.log(JSON.stringify(list));
        return;
      }
      for (const r of list.items) {
        const unverified = r.unverifiedCount > 0 ? `, ${r.unverifiedCount} not verified` : '';
        console.log(
          `${r.id.padEnd(30)} ${r.title.padEnd(48)} v${r.version}  checked ${r.checkedDate}  (${r.requirementCount} requirements${unverified})`,
        );
      }
      console.log(`\n${list.items.length} rule sets`);
    });

  group
    .command('versions')
    .argument('<id>', 'rule set id, e.g. US-VA:LPC')
    .description('List every kept version of a rule set with the dates it was in force (a change of law is a version)')
    .option('--json', 'print JSON: the versions of GET /api/rules/:id')
    .action(async (id: string, opts: { json?: boolean }) => {
      const parsedId = RuleSetIdSchema.safeParse(id);
      if (!parsedId.success)
        throw new CliError(`"${id}": ${parsedId.error.issues[0]?.message ?? 'not a rule set id'}`, 2);
      const detail = await withDbOrServer<RuleSetDetail>(
        'vocare rules versions',
        ({ db }) => licensure.getRuleSetDetail(db, parsedId.data),
        async (baseUrl) =>
          (await fetchJson(baseUrl, `/api/rules/${encodeURIComponent(parsedId.data)}`)) as RuleSetDetail,
      );
      if (opts.json) {
        console.log(
          JSON.stringify({ id: detail.ruleSet.id, currentVersion: detail.currentVersion, versions: detail.versions }),
        );
        return;
      }
      console.log(
        [
          `${detail.ruleSet.title} — ${detail.ruleSet.jurisdictionName} (${detail.ruleSet.id}), current version ${detail.currentVersion}`,
          ...detail.versions.map((v) => `  ${describeVersionLine(v)}`),
          'Show one with: vocare rules show ID --version N, or the one in force on a date with --on YYYY-MM-DD.',
        ].join('\n'),
      );
    });

  group
    .command('show')
    .argument('<id>', 'rule set id, e.g. US-TX:LPC')
    .description('Show one rule set with every requirement, its source and checked date')
    .option('--version <n>', 'a kept version instead of the current one')
    .option('--on <date>', 'the version in force on this date (YYYY-MM-DD), by its effective dates')
    .option('--json', 'print JSON in the same shape as GET /api/rules/:id')
    .action(async (id: string, opts: { version?: string; on?: string; json?: boolean }) => {
      const parsedId = RuleSetIdSchema.safeParse(id);
      if (!parsedId.success)
        throw new CliError(`"${id}": ${parsedId.error.issues[0]?.message ?? 'not a rule set id'}`, 2);
      const version = opts.version === undefined ? undefined : Number(opts.version);
      if (version !== undefined && !(Number.isInteger(version) && version >= 1)) {
        throw new CliError(`--version must be a whole number of at least 1 (got "${opts.version}")`, 2);
      }
      const on = opts.on === undefined ? undefined : IsoDateSchema.safeParse(opts.on);
      if (on && !on.success) throw new CliError(`--on: ${on.error.issues[0]?.message ?? 'not a date'}`, 2);
      if (on && version !== undefined) throw new CliError('give either --version or --on, not both', 2);
      const query = on ? `?on=${on.data}` : version === undefined ? '' : `?version=${version}`;
      const detail = await withDbOrServer<RuleSetDetail>(
        'vocare rules show',
        async ({ db }) =>
          licensure.getRuleSetDetail(
            db,
            id,
            on ? (await licensure.getRuleSetInForce(db, id, on.data)).version : version,
          ),
        async (baseUrl) => (await fetchJson(baseUrl, `/api/rules/${encodeURIComponent(id)}${query}`)) as RuleSetDetail,
      );
      if (opts.json) {
        console.log(JSON.stringify(detail));
        return;
      }
      const r = detail.ruleSet;
      const unverified = r.requirements.filter((q) => !q.verified).length;
      const lines = [
        `${r.title} — ${r.jurisdictionName} (${r.id}), ${describeRuleSetVersion(r)}${r.version === detail.currentVersion ? '' : ` (current: ${detail.currentVersion})`}`,
        `Careers: ${r.careers.join(', ') || 'none'}`,
        `Minimum degree: ${r.minDegree.text}`,
        `Exams: ${r.exams === null ? 'not verified' : r.exams.length === 0 ? 'none needed' : r.exams.join('; ')}`,
        'Requirements:',
        ...(r.board ? [`Board: ${r.board.name}${r.board.url ? ` <${r.board.url}>` : ''}`] : []),
        ...(r.intermediate ?? []).map((i) => `On the way: ${i.title} (${i.license})`),
        ...r.requirements.flatMap((q) => [
          `  - ${q.label}: ${describeTarget(q)}${q.sources && !q.verified ? ' (found on one third-party site only)' : ''}`,
          ...(q.sources ?? []).map(
            (src) =>
              `      ${SOURCE_KIND_LABELS[src.kind]}: ${src.title} <${src.url}>, read ${src.readOn}${src.effectiveDate ? `, effective ${src.effectiveDate}` : ''}: "${src.quote}"`,
          ),
        ]),
        ...(unverified > 0
          ? [`${unverified} of ${r.requirements.length} requirements are not verified: ask the board.`]
          : []),
        ...(r.notes.length > 0 ? ['Notes:', ...r.notes.map((n) => `  - ${n}`)] : []),
        `Source: ${r.source}`,
        `Checked: ${r.checkedDate}`,
        'Versions:',
        ...detail.versions.map((v) => `  ${describeVersionLine(v)}`),
      ];
      console.log(lines.join('\n'));
    });

  group
    .command('coverage')
    .description('Which states and licenses have rules, and how many requirements are verified')
    .option(
      '--json',
      'print the totals as JSON: {"ruleSets","jurisdictions","requirements","verified","officialSources"}',
    )
    .option(
      '--detail',
      'with --json, print every row and the count per kind of source (the shape of GET /api/rules/coverage)',
    )
    .action(async (opts: { json?: boolean; detail?: boolean }) => {
      const coverage = await withDbOrServer<RulesCoverage>(
        'vocare rules coverage',
        ({ db }) => licensure.getRulesCoverage(db),
        async (baseUrl) => (await fetchJson(baseUrl, '/api/rules/coverage')) as RulesCoverage,
      );
      if (opts.json) {
        console.log(JSON.stringify(opts.detail ? coverage : RulesCoverageTotalsSchema.parse(coverage)));
        return;
      }
      for (const r of coverage.rows) {
        console.log(
          `${r.jurisdictionName.padEnd(22)} ${r.ruleSetId.padEnd(30)} ${String(r.verified).padStart(2)} of ${String(r.requirements).padStart(2)} verified, ${r.officialSources} from official sources`,
        );
      }
      const kinds = Object.entries(coverage.bySourceKind)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', ');
      console.log(
        `\n${coverage.ruleSets} rule sets in ${coverage.jurisdictions} jurisdictions; ${coverage.verified} of ${coverage.requirements} requirements verified, ${coverage.officialSources} from official sources.\nRequirements citing each kind of source: ${kinds}.`,
      );
    });

  group
    .command('validate')
    .argument('<file>', 'a rule set as JSON (or a list of rule sets)')
    .description('Check a rule set file against the rules schema; problems name the field (exit 2)')
    .action((file: string) => {
      const ruleSets = validateRuleSetFile(file);
      for (const r of ruleSets) {
        const unverified = r.requirements.filter((q) => !q.verified).length;
        console.log(`valid: ${r.id} (${r.requirements.length} requirements, ${unverified} not verified)`);
      }
    });
}
