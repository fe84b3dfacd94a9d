import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';
import { importOnet } from './careers.import.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const FIXTURE = path.resolve(import.meta.dirname, '../../../../tests/fixtures/onet-small');

describe('catalog answers from memory', () => {
  it('answers a repeat request with 304 and a new import with a new ETag and the new rows', async () => {
    const url = '/api/careers?curated=all&q=counsellor';
    const first = await t.app.inject({ method: 'GET', url });
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"catalog-/);
    expect(first.json().items.map((c: { id: string }) => c.id)).toContain('licensed-professional-counselor');

    const repeat = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(repeat.statusCode).toBe(304);
    expect(repeat.body).toBe('');
    const detail = await t.app.inject({ method: 'GET', url: '/api/careers/psychologist' });
    expect(detail.headers.etag).toBe(etag);

    const files = fs
      .readdirSync(FIXTURE)
      .map((name) => ({ name, content: fs.readFileSync(path.join(FIXTURE, name), 'utf8') }));
    await importOnet(t.db.db, { files, source: 'fixture release' });
    const after = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    const imported = await t.app.inject({ method: 'GET', url: '/api/careers/onet-99-9999.01' });
    expect(imported.statusCode).toBe(200);
  });
});
