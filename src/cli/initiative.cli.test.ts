import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFromTemplate } from '#domain/initiative/templates.js';
import { bigPlan } from '#tests/factories/initiative.js';
import { extractPdf } from '#tests/setup/pdf-text.js';
import { runCli } from '#tests/setup/run-cli.js';

/** Settings that would fail if the command opened a database: it must not. */
const NO_DB = { DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none', VOCARE_DATA_DIR: '/nonexistent/vocare' };
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-initiative-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('vocare initiative', () => {
  it('check prints the plan-health findings and exits 1 on problems; --json gives them as data', async () => {
    const file = path.join(dir, 'community.json');
    fs.writeFileSync(file, JSON.stringify(planFromTemplate('community')));
    const text = await runCli(['initiative', 'check', '--file', file], NO_DB);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('PROBLEM  No activity leads to the outcome');
    // The count line puts each noun in the right number, never "problem(s)" (issue 18, item 10).
    expect(text.stdout).toMatch(/^\d+ problems?, \d+ warnings?$/m);
    expect(text.stdout).not.toContain('(s)');
    const json = await runCli(['initiative', 'check', '--file', file, '--json'], NO_DB);
    const health = JSON.parse(json.stdout);
    expect(health.ok).toBe(false);
    expect(health.findings.map((f: { code: string }) => f.code)).toContain('activity-leads-nowhere');
  });

  it('export writes Markdown and a PDF whose first page is the summary', async () => {
    const file = path.join(dir, 'big.json');
    fs.writeFileSync(file, JSON.stringify(bigPlan(40)));
    const md = await runCli(['initiative', 'export', '--file', file, '--format', 'md', '--out', '-'], NO_DB);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Łukasz Nguyễn Thị');
    const out = path.join(dir, 'plan.pdf');
    const pdf = await runCli(['initiative', 'export', '--file', file, '--format', 'pdf', '--out', out], NO_DB);
    expect(pdf.code).toBe(0);
    const pages = extractPdf(fs.readFileSync(out)).text.split('\f');
    expect(pages[1]?.split('\n')[0]).toBe('Appendix: the full plan');
  });

  it('refuses a file that is not a plan, naming the field', async () => {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ ...planFromTemplate('blank'), milestones: [{ id: 'X Y', title: 't' }] }));
    const run = await runCli(['initiative', 'check', '--file', file], NO_DB);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('milestones.0.id');
  });
});
