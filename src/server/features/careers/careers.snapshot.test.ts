import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '#tests/setup/test-db.js';
import { importOnet } from './careers.import.js';
import { getCatalogSnapshot } from './careers.snapshot.js';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

const FIXTURE = path.resolve(import.meta.dirname, '../../../../tests/fixtures/onet-small');
const fixtureFiles = () =>
  fs.readdirSync(FIXTURE).map((name) => ({ name, content: fs.readFileSync(path.join(FIXTURE, name), 'utf8') }));

describe('catalog snapshot', () => {
  it('serves the same copy while nothing changes and a fresh one after an import', async () => {
    const first = await getCatalogSnapshot(t.db);
    expect(first.all.length).toBeGreaterThan(1000);
    expect(first.curated.every((c) => c.curated)).toBe(true);
    expect(await getCatalogSnapshot(t.db)).toBe(first);

    await importOnet(t.db, { files: fixtureFiles(), source: 'fixture release' });
    const after = await getCatalogSnapshot(t.db);
    expect(after).not.toBe(first);
    expect(after.all.map((c) => c.id)).toContain('onet-99-9999.01');
    expect(first.all.map((c) => c.id)).not.toContain('onet-99-9999.01');
  });
});
