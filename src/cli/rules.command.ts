import fs from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { type Requirement, type RuleSet, RuleSetSchema } from '#contracts/licensure.js';
import { type RuleSetDetail, RuleSetIdSchema, type RuleSetList } from '#contracts/licensure-api.js';
import * as licensure from '#server/features/licensure/licensure.service.js';
import { CliError, fetchJson, withDbOrServer } from './cli-context.js';

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
    case 'supervision-hours':
      return req.groupCap === undefined ? `${n} hours` : `${n} hours (at most ${req.groupCap} group hours count)`;
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
    .command('show')
    .argument('<id>', 'rule set id, e.g. US-TX:LPC')
    .description('Show one rule set with every requirement, its source and checked date')
    .option('--version <n>', 'a kept version instead of the current one')
    .option('--json', 'print JSON in the same shape as GET /api/rules/:id')
    .action(async (id: string, opts: { version?: string; json?: boolean }) => {
      const parsedId = RuleSetIdSchema.safeParse(id);
      if (!parsedId.success)
        throw new CliError(`"${id}": ${parsedId.error.issues[0]?.message ?? 'not a rule set id'}`, 2);
      const version = opts.version === undefined ? undefined : Number(opts.version);
      if (version !== undefined && !(Number.isInteger(version) && version >= 1)) {
        throw new CliError(`--version must be a whole number of at least 1 (got "${opts.version}")`, 2);
      }
      const detail = await withDbOrServer<RuleSetDetail>(
        'vocare rules show',
        ({ db }) => licensure.getRuleSetDetail(db, id, version),
        async (baseUrl) =>
          (await fetchJson(
            baseUrl,
            `/api/rules/${encodeURIComponent(id)}${version === undefined ? '' : `?version=${version}`}`,
          )) as RuleSetDetail,
      );
      if (opts.json) {
        console.log(JSON.stringify(detail));
        return;
      }
      const r = detail.ruleSet;
      const unverified = r.requirements.filter((q) => !q.verified).length;
      const lines = [
        `${r.title} — ${r.jurisdictionName} (${r.id}), version ${r.version}${r.version === detail.currentVersion ? '' : ` (current: ${detail.currentVersion})`}`,
        `Careers: ${r.careers.join(', ') || 'none'}`,
        `Minimum degree: ${r.minDegree.text}`,
        `Exams: ${r.exams === null ? 'not verified' : r.exams.length === 0 ? 'none needed' : r.exams.join('; ')}`,
        'Requirements:',
        ...r.requirements.map((q) => `  - ${q.label}: ${describeTarget(q)}`),
        ...(unverified > 0
          ? [`${unverified} of ${r.requirements.length} requirements are not verified: ask the board.`]
          : []),
        ...(r.notes.length > 0 ? ['Notes:', ...r.notes.map((n) => `  - ${n}`)] : []),
        `Source: ${r.source}`,
        `Checked: ${r.checkedDate}`,
        `Versions: ${detail.versions.map((v) => `${v.version} (${v.origin}${v.createdBy ? `, ${v.createdBy}` : ''})`).join(', ')}`,
      ];
      console.log(lines.join('\n'));
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
