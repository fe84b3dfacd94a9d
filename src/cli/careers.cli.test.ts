import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '#tests/setup/run-cli.js';
import { runCliInProcess } from '#tests/setup/run-cli-in-process.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';
import { seedPgliteDataDir } from '#tests/setup/test-db.js';

// One real `vocare` process per command runs against the same kind of database as the project: the test's
// PostgreSQL copy, or an embedded database in a fresh folder. The other command lines run in-process on the test's
// database (same parsing, output and exit codes; the import's before/after checks need one database).
let t: TestApp;
let cliEnv: Record<string, string>;
let dataDir: string;
const run = (args: string[]) => runCliInProcess(args, t.db);
const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures');

beforeAll(async () => {
  t = await createTestApp();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-cli-'));
  cliEnv = t.db.url ? { DATABASE_URL: t.db.url } : { VOCARE_DATA_DIR: await seedPgliteDataDir(dataDir) };
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('vocare careers', () => {
  it('list --json has the API shape and the same careers', async () => {
    const list = await runCli(['careers', 'list', '--json'], cliEnv);
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
    const cli = JSON.parse(list.stdout);
    const api = (await t.app.inject({ method: 'GET', url: '/api/careers?pageSize=100' })).json();
    expect(cli.total).toBe(api.total);
    expect(cli.items).toEqual(api.items);
    expect(cli.items[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        socCode: expect.anything(),
        curated: true,
        causes: expect.any(Array),
      }),
    );
  });

  it('show --json equals GET /api/careers/:id; an unknown id fails clearly', async () => {
    const show = await run(['careers', 'show', 'licensed-professional-counselor', '--json']);
    expect(show.code).toBe(0);
    const api = (await t.app.inject({ method: 'GET', url: '/api/careers/licensed-professional-counselor' })).json();
    expect(JSON.parse(show.stdout)).toEqual(api);

    const missing = await runCli(['careers', 'show', 'no-such-career'], cliEnv);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No career with id "no-such-career"');
  });
});

describe('vocare import-onet', () => {
  it('refuses a malformed file naming file and line, and changes nothing', async () => {
    const bad = await run(['import-onet', path.join(FIXTURES, 'onet-bad')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Nothing was imported\. Interests\.txt line 14: .*abc/);
    const show = await run(['careers', 'show', 'onet-99-9999.01']);
    expect(show.code).toBe(1);
  });

  it('refuses a folder that is not an O*NET release', async () => {
    const notFolder = await runCli(['import-onet', path.join(FIXTURES, 'does-not-exist')], cliEnv);
    expect(notFolder.code).toBe(2);
    expect(notFolder.stderr).toContain('is not a folder');
  });

  it('adds new occupations, updates O*NET fields, keeps curated text, and is idempotent', async () => {
    const before = JSON.parse((await run(['careers', 'show', 'licensed-professional-counselor', '--json'])).stdout);
    const first = await run(['import-onet', path.join(FIXTURES, 'onet-small'), '--json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout);
    expect(result.added).toBe(1);
    expect(result.updated).toBeGreaterThan(0);

    const second = JSON.parse((await run(['import-onet', path.join(FIXTURES, 'onet-small'), '--json'])).stdout);
    expect(second).toMatchObject({ added: 0, updated: 0 });
    expect(second.unchanged).toBe(result.updated + result.unchanged + result.added);

    const added = JSON.parse((await run(['careers', 'show', 'onet-99-9999.01', '--json'])).stdout);
    expect(added).toMatchObject({ title: 'Test Helping Occupation', curated: false, jobZone: 3 });

    const after = JSON.parse((await run(['careers', 'show', 'licensed-professional-counselor', '--json'])).stdout);
    expect(after.onetSource).not.toBe(before.onetSource);
    expect({ ...after, onetSource: null }).toEqual({ ...before, onetSource: null });
  });
});
