import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchApiResponse } from '#contracts/matching.js';
import { runCli } from '#tests/setup/run-cli.js';
import { runCliInProcess } from '#tests/setup/run-cli-in-process.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';
import { seedPgliteDataDir } from '#tests/setup/test-db.js';

// Real `vocare` processes run against the same kind of database as the project: the test's PostgreSQL copy, or an
// embedded database in a fresh folder (loaded with the same shipped catalog as the test template). The other
// command lines run in-process on the test's database (same parsing, output and exit codes).
let t: TestApp;
let cliEnv: Record<string, string>;
let dir: string;
const inProcess = (args: string[]) => runCliInProcess(args, t.db);

const profile = {
  causes: ['environment', 'public-policy'],
  scale: 'macro',
  clientContact: 'low',
  maxEducation: 'master',
  interests: { R: 3, I: 6, A: 2, S: 4, E: 5, C: 3 },
  values: ['achievement'],
  jurisdiction: 'US-CA',
  motivations: ['social-justice'],
};

function writeProfile(name: string, contents: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof contents === 'string' ? contents : JSON.stringify(contents));
  return file;
}

async function apiMatch(body: unknown): Promise<MatchApiResponse> {
  const response = await new TestClient(t.app, '10.44.0.1').post('/api/match', body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as MatchApiResponse;
}

/** The API's results in the CLI's --json shape. */
function asCli(body: MatchApiResponse) {
  return body.results.map(({ id, title, socCode, score, factors, gaps }) => ({
    id,
    title,
    socCode,
    score,
    factors,
    gaps,
  }));
}

beforeAll(async () => {
  t = await createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-match-cli-'));
  cliEnv = t.db.url ? { DATABASE_URL: t.db.url } : { VOCARE_DATA_DIR: await seedPgliteDataDir(path.join(dir, 'data')) };
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('vocare match', () => {
  it('--json prints the issue’s shape, best first, in the same order and with the same scores as the API', {
    timeout: 90_000,
  }, async () => {
    const run = await runCli(['match', '--profile', writeProfile('p.json', profile), '--json'], cliEnv);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const cli = JSON.parse(run.stdout) as { results: Record<string, unknown>[] };
    expect(Object.keys(cli)).toEqual(['results']);
    for (const r of cli.results) {
      expect(Object.keys(r)).toEqual(['id', 'title', 'socCode', 'score', 'factors', 'gaps']);
    }
    const scores = cli.results.map((r) => r.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(cli.results).toEqual(asCli(await apiMatch(profile)));
    const top3 = cli.results.slice(0, 5).map((r) => r.title as string);
    expect(
      top3.filter((title) => /conservation|environment|policy/i.test(title)).length,
      top3.join(', '),
    ).toBeGreaterThan(1);
  });

  it('--all --top N ranks every occupation like scope "all" in the API', { timeout: 60_000 }, async () => {
    const run = await inProcess([
      'match',
      '--profile',
      writeProfile('p.json', profile),
      '--json',
      '--all',
      '--top',
      '25',
    ]);
    expect(run.stderr).toBe('');
    const cli = JSON.parse(run.stdout);
    expect(cli.results).toHaveLength(25);
    expect(cli.results).toEqual(asCli(await apiMatch({ ...profile, scope: 'all', top: 25 })));
  });

  it('prints a readable ranking with reasons, gaps, unknowns and the motivations shown back', {
    timeout: 60_000,
  }, async () => {
    const run = await inProcess(['match', '--profile', writeProfile('p.json', profile), '--all', '--top', '300']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Ranked \d{4} careers \(every occupation in the atlas\)/);
    expect(run.stdout).toMatch(/\n +1\. .+ \d+\/100\n/);
    expect(run.stdout).toContain('You care about environment and conservation and public policy and government');
    expect(run.stdout).toContain('Not known for this career (0 points): causes, scale of change, client contact');
    expect(run.stdout).toContain('Why you want to help (shown back, never scored): Social justice.');
  });

  it('refuses a bad profile naming the field, with exit code 2', async () => {
    const cases: [unknown, RegExp][] = [
      [{ ...profile, causes: ['oceans'] }, /causes\.0: causes has an unknown cause id "oceans"/],
      [
        { ...profile, interests: { ...profile.interests, I: 7.5 } },
        /interests\.I: interests\.I must be between 0 and 7/,
      ],
      [{ ...profile, scale: undefined }, /scale: scale is required; allowed values: micro, mezzo, macro, any/],
      [{ ...profile, colour: 'teal' }, /unknown field: colour/],
      ['{"causes": [', /is not valid JSON/],
      ['[]', /the profile must be a JSON object/],
    ];
    // The first through a real process (its exit code), the rest in-process.
    for (const [i, [contents, message]] of cases.entries()) {
      const args = ['match', '--profile', writeProfile(`bad-${i}.json`, contents)];
      const run = i === 0 ? await runCli(args, cliEnv) : await inProcess(args);
      expect(run.code, String(contents)).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    }
    const missing = await inProcess(['match', '--profile', path.join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const top = await inProcess(['match', '--profile', writeProfile('p.json', profile), '--top', 'ten']);
    expect(top.code).toBe(2);
    expect(top.stderr).toContain('--top must be a whole number');
    expect((await inProcess(['match'])).code).toBe(2);
  }, 120_000);
});
