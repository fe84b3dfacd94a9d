import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateOpportunityBodySchema, type OpportunityList } from '#contracts/board.js';
import type { Db } from '#server/db/client.js';
import { type DbHandle, openPglite } from '#server/db/client.js';
import { createOpportunity } from '#server/features/board/opportunities.service.js';
import { createOrganization } from '#server/features/board/organizations.service.js';
import { prepareDb } from '#server/prepare-db.js';
import { ensureUser } from '#server/users/users.service.js';
import { opportunityBody } from '#tests/factories/board.js';
import { runCli } from '#tests/setup/run-cli.js';
import { runCliInProcess } from '#tests/setup/run-cli-in-process.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';
import { seedPgliteDataDir } from '#tests/setup/test-db.js';

// The CLI runs against the same kind of database as the project: the test's PostgreSQL copy, or an
// embedded database in a fresh folder that this file fills first and then hands to the CLI.
let t: TestApp;
let cliEnv: Record<string, string>;
let dir: string;

async function seed(db: Db): Promise<void> {
  const user = await ensureUser(db, {
    email: 'cli-org@example.test',
    password: 'correct-horse-battery',
    displayName: 'CLI Org',
    roles: ['organization'],
  });
  const actor = { id: user.id, email: user.email };
  const org = await createOrganization(db, actor, {
    name: 'Mile High Listening Project',
    mission: 'We train volunteers to listen to neighbours who are struggling.',
    causes: ['mental-health'],
    location: 'Denver, CO',
  });
  const create = (overrides: Record<string, unknown>) =>
    createOpportunity(db, actor, org.id, CreateOpportunityBodySchema.parse(opportunityBody(overrides)));
  await create({
    title: 'Warmline counseling volunteer',
    description: 'Answer the peer warmline and offer supportive counseling to callers on weekday evenings.',
    causes: ['mental-health'],
    careerIds: ['licensed-professional-counselor'],
    lat: 39.7392,
    lon: -104.9903,
  });
  await create({
    title: 'Boulder counseling practicum',
    kind: 'field-placement',
    description: 'A counseling practicum at a community clinic with a licensed supervisor on site.',
    causes: ['mental-health'],
    careerIds: ['licensed-professional-counselor'],
    lat: 40.015,
    lon: -105.2705,
    countsAsPlacement: true,
  });
  await create({ title: 'Reading buddy in Denver', lat: 39.75, lon: -104.99 });
}

beforeAll(async () => {
  t = await createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-board-cli-'));
  // The test's database serves the in-process runs (and the real ones on PostgreSQL); the embedded database of the
  // real runs gets the same opportunities.
  await seed(t.db.db);
  if (t.db.url) {
    cliEnv = { DATABASE_URL: t.db.url };
  } else {
    const dataDir = path.join(dir, 'data');
    cliEnv = { VOCARE_DATA_DIR: dataDir };
    const handle: DbHandle = await openPglite(await seedPgliteDataDir(dataDir), 'board cli test');
    try {
      await prepareDb(handle, { demo: false });
      await seed(handle.db);
    } finally {
      await handle.close();
    }
  }
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('vocare opportunities search', () => {
  it('finds "counseling" for "counselor" and prints a readable list', { timeout: 60_000 }, async () => {
    const run = await runCli(['opportunities', 'search', 'counselor'], cliEnv);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Warmline counseling volunteer — Mile High Listening Project');
    expect(run.stdout).toContain('Boulder counseling practicum');
    expect(run.stdout).not.toContain('Reading buddy');
    expect(run.stdout).toContain('2 open opportunities');
  });

  it('--near and --km keep what is within the distance, with --json in the API shape', {
    timeout: 120_000,
  }, async () => {
    const run = await runCliInProcess(
      ['opportunities', 'search', 'counselor', '--near', '39.7392,-104.9903', '--km', '25', '--json'],
      t.db,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as OpportunityList;
    expect(list.items.map((i) => i.title)).toEqual(['Warmline counseling volunteer']);
    expect(list.items[0]?.distanceKm).toBe(0);
    expect(list.near).toEqual({ lat: 39.7392, lon: -104.9903, label: '39.7392, -104.9903', km: 25, unit: 'km' });
    expect(list.items[0]).toEqual(
      expect.objectContaining({ organization: expect.objectContaining({ name: 'Mile High Listening Project' }) }),
    );

    const city = await runCliInProcess(
      ['opportunities', 'search', 'counselor', '--near', 'Denver, CO', '--km', '50'],
      t.db,
    );
    expect(city.stdout).toContain('Boulder counseling practicum');
    expect(city.stdout).toMatch(/2 open opportunities within 50 km of Denver, CO/);
  });

  it('refuses bad input with exit code 2 and the option named', { timeout: 120_000 }, async () => {
    const cases: [string[], RegExp][] = [
      [['--near', '95,10'], /latitude must be between -90 and 90/],
      [['--near', 'Atlantis'], /near/],
      [['--near', '39.7,-104.9', '--km', '-5'], /--km: km must be more than 0/],
      [['--km', '10'], /--km needs --near/],
      [['--kind', 'gig'], /--kind/],
      [['--max-hours', 'lots'], /--max-hours/],
    ];
    // The first through a real process (its exit code), the rest in-process on the test's database.
    for (const [i, [args, message]] of cases.entries()) {
      const command = ['opportunities', 'search', 'counselor', ...args];
      const run = i === 0 ? await runCli(command, cliEnv) : await runCliInProcess(command, t.db);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });
});
