import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HoursProgress } from '#contracts/hours.js';
import { expectStatus } from '#tests/factories/hours.js';
import { signedInClient } from '#tests/factories/users.js';
import { runCli } from '#tests/setup/run-cli.js';
import { runCliInProcess } from '#tests/setup/run-cli-in-process.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';
import type { HoursProgressReport } from './hours.command.js';

// `vocare hours progress` reads a CSV and the shipped rules only. The test checks it agrees with the API measuring
// the same log after an import into this project's database (PGlite or PostgreSQL).
let t: TestApp;
let dir: string;
/** Settings that would fail if the command opened a database: it must not. */
const NO_DB = { DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none', VOCARE_DATA_DIR: '/nonexistent/vocare' };

function weekly(from: string, weeks: number, rows: (date: string) => string[]): string[] {
  const out: string[] = [];
  const start = Date.parse(`${from}T00:00:00Z`);
  for (let w = 0; w < weeks; w++) out.push(...rows(new Date(start + w * 7 * 86_400_000).toISOString().slice(0, 10)));
  return out;
}

const HEADER = 'date,hours,category,site,supervisor,note';
// 40 weeks of 20 direct, 10 indirect, 1 individual and 1.5 group supervision hours, from 2024-06-03 (a Monday).
const GOOD_LOG = [
  HEADER,
  ...weekly('2024-06-03', 40, (d) => [
    `${d},8,direct,Riverside Clinic,Dr. Sam,`,
    `${d},12,direct,Riverside Clinic,Dr. Sam,"groups, intake"`,
    `${d},10,indirect,Riverside Clinic,Dr. Sam,`,
    `${d},1,supervision-individual,Riverside Clinic,Dr. Sam,`,
    `${d},1.5,supervision-group,Riverside Clinic,Dr. Sam,`,
  ]),
].join('\n');

beforeAll(async () => {
  t = await createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-hours-cli-'));
  fs.writeFileSync(path.join(dir, 'log.csv'), GOOD_LOG);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('vocare hours progress', () => {
  it('--json prints the documented shape and agrees with the API on the same log', async () => {
    const run = await runCli(
      [
        'hours',
        'progress',
        '--log',
        path.join(dir, 'log.csv'),
        '--rules',
        'US-TX:LPC',
        '--as-of',
        '2025-03-09',
        '--json',
      ],
      NO_DB,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as HoursProgressReport;
    expect(Object.keys(report)).toEqual([
      'rules',
      'rulesVersion',
      'requirements',
      'complete',
      'projectedCompletion',
      'rejected',
    ]);
    expect(report.rulesVersion).toBe('version 1');
    expect(report.rules).toBe('US-TX:LPC');
    expect(report.requirements).toEqual([
      { id: 'total-hours', label: 'Total supervised hours', verified: true, required: 3000, counted: 1300, met: false },
      {
        id: 'direct-hours',
        label: 'Direct client contact hours',
        verified: true,
        required: 1500,
        counted: 800,
        met: false,
      },
      { id: 'supervision-hours', label: 'Supervision hours', verified: false, required: null, counted: 100, met: null },
      { id: 'min-duration', label: 'Minimum duration', verified: true, required: 18, counted: 9, met: false },
      // 22 TAC 681.91(h): the hours must be completed within the LPC Associate's 60-month period (a window on the log).
      { id: 'window', label: 'Time limit for the experience', verified: true, required: 60, counted: 9, met: true },
      // 22 TAC 681.91(d): only under an LPC-S. A log file names no supervisor, so no hour could be checked.
      {
        id: 'supervisor-credential',
        label: 'Supervisor holds the Licensed Professional Counselor Supervisor (LPC-S)',
        verified: true,
        required: null,
        counted: 0,
        met: null,
      },
    ]);
    expect(report.complete).toBe(false);
    // 1,700 more total hours at 32.5 a week is the slowest requirement: 1700 * 56 / 260 = 366.2 -> 367 days.
    expect(report.projectedCompletion).toBe('2026-03-11');
    expect(report.rejected).toEqual([]);

    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    expectStatus(await client.put('/api/hours/goal', { ruleSetId: 'US-TX:LPC' }), 200);
    expectStatus(await client.post('/api/hours/import', { csv: GOOD_LOG }), 201);
    const api: HoursProgress = (await client.get('/api/hours/progress?asOf=2025-03-09')).json();
    expect(
      api.evaluation.requirements.map(({ id, label, verified, required, counted, met }) => ({
        id,
        label,
        verified,
        required,
        counted,
        met,
      })),
    ).toEqual(report.requirements);
    expect(api.projection.date).toBe(report.projectedCompletion);
    expect(api.evaluation.complete).toBe(report.complete);
  });

  it('reports bad rows and hours that do not count by line, and still measures the rest', async () => {
    const file = path.join(dir, 'mixed.csv');
    fs.writeFileSync(
      file,
      [HEADER, '2025-01-06,2,direct,Clinic,,', '2025-01-07,1.1,direct,Clinic,,', '2025-02-01,3,direct,Clinic,,'].join(
        '\n',
      ),
    );
    const run = await runCliInProcess([
      'hours',
      'progress',
      '--log',
      file,
      '--rules',
      'US-NY:LCSW',
      '--as-of',
      '2025-01-31',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as HoursProgressReport;
    expect(report.rejected).toEqual([
      { line: 3, reason: 'hours 1.1 is not a multiple of a quarter hour (e.g. 1.25)' },
      { line: 4, reason: '3 hours not counted: dated after the as-of date 2025-01-31' },
    ]);
    expect(report.requirements.find((r) => r.id === 'direct-hours')?.counted).toBe(2);

    const text = await runCliInProcess([
      'hours',
      'progress',
      '--log',
      file,
      '--rules',
      'US-NY:LCSW',
      '--as-of',
      '2025-01-31',
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('US-NY:LCSW version 1, as of 2025-01-31');
    expect(text.stdout).toContain('line 3: hours 1.1 is not a multiple of a quarter hour');
  });

  it('--rules-date measures under the version of the rules in force on that date (Virginia, 2025-12-18)', async () => {
    const file = path.join(dir, 'virginia.csv');
    fs.writeFileSync(file, 'date,hours,category,site,supervisor,note\n2025-06-02,4,direct,Clinic,,\n');
    const report = async (rulesDate: string) => {
      const run = await runCliInProcess([
        'hours',
        'progress',
        '--log',
        file,
        '--rules',
        'Virginia:LPC',
        '--rules-date',
        rulesDate,
        '--json',
      ]);
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as HoursProgressReport;
    };
    const before = await report('2025-06-02');
    expect(before.rulesVersion).toBe('version 1 (in force until 2025-12-17)');
    expect(before.requirements.find((r) => r.id === 'total-hours')).toMatchObject({ required: 3400, counted: 4 });
    const after = await report('2025-12-18');
    expect(after.rulesVersion).toBe('version 2 (in force from 2025-12-18)');
    expect(after.requirements.find((r) => r.id === 'total-hours')).toMatchObject({ verified: false, required: null });
    const bad = await runCliInProcess([
      'hours',
      'progress',
      '--log',
      file,
      '--rules',
      'US-VA:LPC',
      '--rules-date',
      '2025-13-01',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--rules-date must be a real date');
  });

  it('measures a log against every shipped rule set, by code or by state name', { timeout: 120_000 }, async () => {
    const shipped = JSON.parse(fs.readFileSync(path.resolve('data/licensure/rules.json'), 'utf8')) as {
      id: string;
      jurisdictionName: string;
      license: string;
    }[];
    expect(shipped.length).toBeGreaterThanOrEqual(204);
    const log = path.join(dir, 'log.csv');
    for (const ruleSet of shipped) {
      // Every other rule set by its state's name ("Ohio:LPCC"), to show a name is as good as the code.
      const byName = shipped.indexOf(ruleSet) % 2 === 1;
      const rules = byName ? `${ruleSet.jurisdictionName}:${ruleSet.license}` : ruleSet.id;
      const run = await runCliInProcess([
        'hours',
        'progress',
        '--log',
        log,
        '--rules',
        rules,
        '--as-of',
        '2025-03-09',
        '--json',
      ]);
      expect(run.stderr, rules).toBe('');
      expect(run.code, rules).toBe(0);
      const report = JSON.parse(run.stdout) as HoursProgressReport;
      expect(report.rules, rules).toBe(ruleSet.id);
      // Hours a state's caps do not count are named by line with the reason (e.g. a group-supervision cap).
      for (const r of report.rejected) expect(r.reason, rules).toMatch(/not counted: .+/);
      expect(report.requirements.length, rules).toBeGreaterThan(0);
      // A figure nobody has verified is never turned into a target: its requirement has no number and no verdict.
      for (const r of report.requirements) {
        if (r.required === null) expect(r.met, `${rules} ${r.id}`).toBeNull();
      }
      // 40 weeks of hours finish no state's licence: where the total is known and not reached, it is not complete.
      const total = report.requirements.find((r) => r.id === 'total-hours');
      if (total?.required != null && total.counted < total.required) expect(report.complete, rules).toBe(false);
    }
  });

  it('says nothing is verified yet for a rule set with no verified requirement (US-AL:Psychologist)', async () => {
    const args = ['hours', 'progress', '--log', path.join(dir, 'log.csv'), '--rules', 'US-AL:Psychologist'];
    const json = await runCliInProcess([...args, '--as-of', '2025-03-31', '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as HoursProgressReport;
    expect(report.requirements.every((r) => r.required === null && r.met === null)).toBe(true);
    expect(report.complete).toBe(false);
    expect(report.projectedCompletion).toBeNull();
    const text = await runCliInProcess([...args, '--as-of', '2025-03-31']);
    expect(text.stdout).toContain('Nothing is verified yet');
    expect(text.stdout).not.toContain('Every verified requirement is met');
  });

  it('fails with exit code 2 and a clear message on bad input', async () => {
    const wrongHeader = path.join(dir, 'header.csv');
    fs.writeFileSync(wrongHeader, 'day,hours,category,site,supervisor,note\n2025-01-01,1,direct,x,,\n');
    const cases: [string[], RegExp][] = [
      [
        ['--log', wrongHeader, '--rules', 'US-TX:LPC'],
        /line 1: the header must be "date,hours,category,site,supervisor,note"/,
      ],
      [
        ['--log', path.join(dir, 'log.csv'), '--rules', 'US-ZZ:NONE'],
        /No rule set "US-ZZ:NONE"\. Known rule sets: US-AK:LPC, .*US-TX:LPC, /,
      ],
      [['--log', path.join(dir, 'missing.csv'), '--rules', 'US-TX:LPC'], /Cannot read .*missing\.csv: ENOENT/],
      [
        ['--log', path.join(dir, 'log.csv'), '--rules', 'US-TX:LPC', '--as-of', '2025-02-30'],
        /--as-of must be a real date/,
      ],
    ];
    // The first through a real process (its exit code, no database), the rest in-process.
    for (const [i, [args, message]] of cases.entries()) {
      const run =
        i === 0
          ? await runCli(['hours', 'progress', ...args], NO_DB)
          : await runCliInProcess(['hours', 'progress', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    }
    const missingOption = await runCliInProcess(['hours', 'progress', '--log', wrongHeader]);
    expect(missingOption.code).toBe(2);
    expect(missingOption.stderr).toContain("required option '--rules <id>' not specified");
  });
});
