import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '#tests/setup/run-cli.js';

// `vocare mentors match` is pure: no database is opened, so the same run serves both projects.
let dir: string;

function write(name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

const pool = {
  mentees: [
    { id: 'ana', stage: 'bachelor-done', causes: ['mental-health'], values: ['lived-experience'], scale: 'micro' },
    { id: 'ben', stage: 'bachelor-done', causes: ['mental-health'], values: ['lived-experience'], scale: 'micro' },
  ],
  mentors: [
    {
      id: 'rosa',
      name: 'Rosa',
      capacity: 1,
      causes: ['mental-health'],
      values: ['lived-experience'],
      scales: ['micro'],
    },
    { id: 'tom', name: 'Tom', capacity: 4, causes: ['environment'], scales: ['macro'] },
  ],
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-mentors-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('vocare mentors match', () => {
  it('prints explained suggestions as JSON, a one-seat mentor to one person only', async () => {
    const run = await runCli(['mentors', 'match', '--profile', write('pool.json', pool), '--json']);
    expect(run.code, run.stderr).toBe(0);
    const { results } = JSON.parse(run.stdout) as {
      results: { menteeId: string; suggestions: { mentorId: string; strongest: { reason: string }[] }[] }[];
    };
    expect(results.map((r) => r.suggestions.map((s) => s.mentorId))).toEqual([['rosa', 'tom'], ['tom']]);
    expect(results[0]?.suggestions[0]?.strongest[0]?.reason).toBe('You share values: respect for lived experience.');
  });

  it('prints the reasons and the weakest factor in words', async () => {
    const run = await runCli([
      'mentors',
      'match',
      '--profile',
      write('one.json', { ...pool, mentees: undefined, mentee: pool.mentees[0] }),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('1. Rosa');
    expect(run.stdout).toContain('+ You both care about mental health.');
    expect(run.stdout).toMatch(/- Weakest: /);
  });

  it('exits 2 naming the field of a bad profile', async () => {
    const run = await runCli([
      'mentors',
      'match',
      '--profile',
      write('bad.json', { mentee: { id: 'x', stage: 'nope' }, mentors: [] }),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('mentee.stage');
  });
});
