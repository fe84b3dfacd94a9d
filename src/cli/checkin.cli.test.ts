import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '#tests/setup/run-cli.js';
import { runCliInProcess } from '#tests/setup/run-cli-in-process.js';

// `vocare checkin score` is pure: no database is opened, so the same run serves both projects.
let dir: string;
const SHIPPED = path.resolve(import.meta.dirname, '../../data/instruments/vocare-reflective-checkin.json');

function write(name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

/** The published summed design with placeholder text: 3 x 10 items, 1-5, bands <= 22 / 23-41 / >= 42. */
const summed = {
  id: 'summed-placeholder',
  title: 'Summed placeholder',
  citation: 'Placeholder',
  license: 'Placeholder',
  response: { min: 1, max: 5, labels: { '1': 'Never', '5': 'Very often' } },
  items: ['a', 'b', 'c'].flatMap((s) =>
    Array.from({ length: 10 }, (_, i) => ({ id: `${s}${i + 1}`, text: `Item ${i + 1}`, subscale: s, reverse: i < 2 })),
  ),
  subscales: ['a', 'b', 'c'].map((id) => ({
    id,
    label: id.toUpperCase(),
    method: 'sum',
    bands: [
      { label: 'low', max: 22 },
      { label: 'average', min: 23, max: 41 },
      { label: 'high', min: 42 },
    ],
  })),
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-checkin-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('vocare checkin score', () => {
  it('prints subscale scores and bands as JSON', async () => {
    const instrument = write('summed.json', summed);
    // a: two reverse items at 1 (count 5 each) + eight 4s = 42 (high, exactly the cut-off);
    // b: all 2 with reverse items -> 8 * 2 + 2 * 4 = 24 (average); c: all 1 -> 8 + 2 * 5 = 18 (low).
    const answers = write(
      'answers.json',
      Object.fromEntries(
        summed.items.map((item, i) => {
          if (item.subscale === 'a') return [item.id, i % 10 < 2 ? 1 : 4];
          return [item.id, item.subscale === 'b' ? 2 : 1];
        }),
      ),
    );
    const run = await runCli(['checkin', 'score', '--instrument', instrument, '--answers', answers, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      instrument: 'summed-placeholder',
      subscales: [
        { id: 'a', score: 42, band: 'high' },
        { id: 'b', score: 24, band: 'average' },
        { id: 'c', score: 18, band: 'low' },
      ],
    });
  });

  it('scores the shipped check-in as a table with its disclaimer', async () => {
    const answers = write('shipped.json', {
      ...Object.fromEntries(
        (JSON.parse(fs.readFileSync(SHIPPED, 'utf8')) as typeof summed).items.map((i) => [i.id, 3]),
      ),
    });
    const run = await runCliInProcess(['checkin', 'score', '--instrument', SHIPPED, '--answers', answers]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Burnout\s+15\s+moderate/);
    expect(run.stdout).toContain('not a diagnosis');
  });

  it('names a missing or out-of-range answer and exits 2', async () => {
    const instrument = write('summed2.json', summed);
    const answers: Record<string, unknown> = Object.fromEntries(summed.items.map((i) => [i.id, 3]));
    delete answers.b4;
    answers.c7 = 6;
    const run = await runCliInProcess([
      'checkin',
      'score',
      '--instrument',
      instrument,
      '--answers',
      write('bad-answers.json', answers),
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('answers.b4: missing answer to item b4');
    expect(run.stderr).toContain('answers.c7: answer to item c7 is 6, outside the response scale 1 to 5');
  });

  it('names the field of an invalid instrument and exits 2', async () => {
    const broken = {
      ...summed,
      subscales: summed.subscales.map((s, i) => (i === 1 ? { ...s, bands: [{ label: 'low', max: 22 }] } : s)),
    };
    const answers = write('ok.json', Object.fromEntries(summed.items.map((i) => [i.id, 3])));
    const run = await runCli(['checkin', 'score', '--instrument', write('broken.json', broken), '--answers', answers]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('subscales.1.bands: must cover every possible score; scores of 23, 24, 25, 26, 27, …');

    const notJson = await runCliInProcess([
      'checkin',
      'score',
      '--instrument',
      write('x.json', '{oops'),
      '--answers',
      answers,
    ]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/x\.json is not valid JSON/);

    const missingFile = await runCliInProcess([
      'checkin',
      'score',
      '--instrument',
      path.join(dir, 'none.json'),
      '--answers',
      answers,
    ]);
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toContain('Cannot read the instrument file');

    const noOption = await runCliInProcess(['checkin', 'score', '--answers', answers]);
    expect(noOption.code).toBe(2);
    expect(noOption.stderr).toContain("required option '--instrument <file>'");
  });
});
