import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuleSetDetail } from '#contracts/licensure-api.js';
import { runCli } from '#tests/setup/run-cli.js';
import { runCliInProcess } from '#tests/setup/run-cli-in-process.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';
import { seedPgliteDataDir } from '#tests/setup/test-db.js';

// One real `vocare` process per command runs against the same kind of database as the project: the test's
// PostgreSQL copy, or an embedded database in a fresh folder (both hold the shipped rule sets, which is all these
// commands read). The other command lines run in-process on the test's database (same parsing, output, exit codes).
let t: TestApp;
let cliEnv: Record<string, string>;
let dir: string;
const run = (args: string[]) => runCliInProcess(args, t.db);

beforeAll(async () => {
  t = await createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-cli-pathways-'));
  cliEnv = t.db.url ? { DATABASE_URL: t.db.url } : { VOCARE_DATA_DIR: await seedPgliteDataDir(path.join(dir, 'data')) };
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('vocare rules', () => {
  it('list --json and show --json have the API shapes', { timeout: 90_000 }, async () => {
    const list = await runCli(['rules', 'list', '--json'], cliEnv);
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
    const api = (await t.app.inject({ method: 'GET', url: '/api/rules' })).json();
    expect(JSON.parse(list.stdout)).toEqual(api);

    const show = await run(['rules', 'show', 'US-TX:LPC', '--json']);
    expect(show.code).toBe(0);
    const detail: RuleSetDetail = JSON.parse(show.stdout);
    const apiDetail: RuleSetDetail = (await t.app.inject({ method: 'GET', url: '/api/rules/US-TX:LPC' })).json();
    expect(detail.ruleSet).toEqual(apiDetail.ruleSet);
    expect(detail.versions.map((v) => v.version)).toEqual(apiDetail.versions.map((v) => v.version));
  });

  it('show prints every requirement with its source, and fails clearly for unknown or malformed ids', async () => {
    const show = await run(['rules', 'show', 'US-IL:LPC']);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Total supervised hours: not verified');
    expect(show.stdout).toContain('4 of 4 requirements are not verified');
    expect(show.stdout).toMatch(/Source: .+/);
    expect(show.stdout).toContain('Checked: 2026-12-06');
    expect(show.stdout).toContain('Board: ');
    const sourced = await run(['rules', 'show', 'US-TX:LPC']);
    expect(sourced.stdout).toMatch(/Administrative code: .+ <https?:\/\/.+>, read 2026-12-04/);
    const missing = await runCli(['rules', 'show', 'US-WY:NOPE'], cliEnv);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No rule set with id "US-WY:NOPE"');
    const malformed = await run(['rules', 'show', 'texas']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('must look like US-TX:LPC');
  });

  it('versions lists the versions of the law with their dates, and show --on picks the one in force', async () => {
    const versions = await run(['rules', 'versions', 'Virginia:LPC']);
    expect(versions.code, versions.stderr).toBe(0);
    expect(versions.stdout).toContain('(US-VA:LPC), current version 2');
    expect(versions.stdout).toMatch(/^ {2}2 +in force from 2025-12-18 +shipped/m);
    expect(versions.stdout).toMatch(/^ {2}1 +in force until 2025-12-17 +shipped/m);
    const json = JSON.parse((await run(['rules', 'versions', 'US-VA:LPC', '--json'])).stdout);
    expect(json.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const before = await run(['rules', 'show', 'US-VA:LPC', '--on', '2025-06-01']);
    expect(before.stdout).toContain('(US-VA:LPC), version 1 (in force until 2025-12-17) (current: 2)');
    expect(before.stdout).toContain('Total supervised hours: 3,400 hours');
    const after = await run(['rules', 'show', 'US-VA:LPC', '--on', '2026-01-05']);
    expect(after.stdout).toContain('version 2 (in force from 2025-12-18)');
    expect(after.stdout).toContain('Total supervised hours: not verified');
    const both = await run(['rules', 'show', 'US-VA:LPC', '--on', '2026-01-05', '--version', '1']);
    expect(both.code).toBe(2);
  });

  it('coverage --json prints exactly the five totals (--detail the API shape) and counts every state and DC', async () => {
    const coverage = await runCli(['rules', 'coverage', '--json'], cliEnv);
    expect(coverage.stderr).toBe('');
    expect(coverage.code).toBe(0);
    const parsed = JSON.parse(coverage.stdout);
    const api = (await t.app.inject({ method: 'GET', url: '/api/rules/coverage' })).json();
    // Exactly the five totals, in the documented order, agreeing with the API.
    expect(Object.keys(parsed)).toEqual(['ruleSets', 'jurisdictions', 'requirements', 'verified', 'officialSources']);
    for (const key of Object.keys(parsed)) expect(parsed[key], key).toBe(api[key]);
    expect(parsed).toMatchObject({ ruleSets: 205, jurisdictions: 51 });
    expect(parsed.verified).toBeLessThanOrEqual(parsed.requirements);
    const detail = await run(['rules', 'coverage', '--json', '--detail']);
    expect(JSON.parse(detail.stdout)).toEqual(api);
    expect(parsed.verified).toBeGreaterThan(0);
    expect(parsed.officialSources).toBeGreaterThan(0);
    const text = await run(['rules', 'coverage']);
    expect(text.stdout).toContain('205 rule sets in 51 jurisdictions');
    expect(text.stdout).toMatch(/Ohio\s+US-OH:LPCC/);
  });

  it('validate accepts a good rule set and names every bad field (exit 2)', async () => {
    const good = (await t.app.inject({ method: 'GET', url: '/api/rules/US-TX:LPC' })).json<RuleSetDetail>().ruleSet;
    const goodFile = path.join(dir, 'good.json');
    fs.writeFileSync(goodFile, JSON.stringify(good));
    const ok = await run(['rules', 'validate', goodFile]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('valid: US-TX:LPC (6 requirements, 1 not verified)');

    const bad = {
      ...good,
      checkedDate: 'yesterday',
      requirements: [{ ...good.requirements[0], hours: -40 }, ...good.requirements.slice(1)],
    };
    const badFile = path.join(dir, 'bad.json');
    fs.writeFileSync(badFile, JSON.stringify(bad));
    const refused = await runCli(['rules', 'validate', badFile], cliEnv);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('requirements.0.hours: hours must be greater than 0');
    expect(refused.stderr).toContain('checkedDate: checkedDate must be YYYY-MM-DD');

    const list = path.join(dir, 'list.json');
    fs.writeFileSync(list, JSON.stringify([good, { ...good, id: 'US-TX:LMFT' }]));
    const inList = await run(['rules', 'validate', list]);
    expect(inList.code).toBe(2);
    expect(inList.stderr).toContain('[1].id: id must be "US-TX:LPC"');

    const notJson = path.join(dir, 'not.json');
    fs.writeFileSync(notJson, '{ nope');
    expect((await run(['rules', 'validate', notJson])).stderr).toContain('is not valid JSON');
    const none = await run(['rules', 'validate', path.join(dir, 'missing.json')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no such file');
  });
});

describe('vocare plan', () => {
  it('prints the stages with lengths and projected dates; --json has the preview shape', {
    timeout: 90_000,
  }, async () => {
    const args = ['plan', '--career', 'licensed-professional-counselor', '--jurisdiction', 'US-TX'];
    const text = await runCli([...args, '--stage', 'degree-done-accruing-hours', '--start', '2026-09-01'], cliEnv);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('US-TX:LPC version 1');
    expect(text.stdout).toMatch(/1\. Supervised practice as an associate\s+18 months\s+2026-09-01 → 2028-03-01/);
    expect(text.stdout).toContain('Total: 18 months, to 2028-03-01');

    const json = await run([...args, '--stage', 'degree-done', '--start', '2026-09-01', '--json']);
    expect(json.code).toBe(0);
    const api = await t.app.inject({
      method: 'GET',
      url: '/api/pathways/preview?careerId=licensed-professional-counselor&jurisdiction=US-TX&stage=degree-done&startDate=2026-09-01',
    });
    expect(JSON.parse(json.stdout)).toEqual(api.json());
  });

  async function expectRefused(cases: [string[], string][]) {
    for (const [args, message] of cases) {
      const refused = await run(['plan', ...args]);
      expect(refused.code, `${args.join(' ')}: ${refused.stderr}`).toBe(2);
      expect(refused.stderr).toContain(message);
    }
  }

  it('refuses an unknown jurisdiction or license (exit 2)', { timeout: 90_000 }, async () => {
    await expectRefused([
      [
        ['--career', 'psychologist', '--jurisdiction', 'US-ZZ'],
        '--jurisdiction: jurisdiction "US-ZZ" is not a US state or DC',
      ],
      [['--career', 'licensed-professional-counselor', '--jurisdiction', 'US-IL'], '--license: US-IL has 2 licenses'],
      [
        ['--career', 'licensed-professional-counselor', '--jurisdiction', 'US-TX', '--license', 'LCPC'],
        '--license: US-TX has no LCPC',
      ],
    ]);
  });

  it('refuses an impossible stage, an unknown career and malformed options (exit 2)', { timeout: 90_000 }, async () => {
    await expectRefused([
      [
        ['--career', 'registered-nurse', '--stage', 'in-master'],
        "--stage: The road to Registered nurse that Vocare maps has no master's degree",
      ],
      [['--career', 'no-such-career'], '--career: No career with id "no-such-career"'],
      [['--career', 'registered-nurse', '--stage', 'retired'], '--stage: stage must be one of'],
      [['--career', 'registered-nurse', '--start', '2026-13-01'], '--start: date must be'],
    ]);
  });
});
