import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GuideFileError } from '#domain/guides/front-matter.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';
import { ensureGuidesLoaded, type GuideSourceFile, readGuideFiles } from './guides.loader.js';
import { findGuideBySlug, listGuidesForLoader } from './guides.repository.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

function guideFile(
  name: string,
  overrides: { title?: string; careers?: string; extra?: string } = {},
): GuideSourceFile {
  return {
    name,
    text: [
      '---',
      `title: ${overrides.title ?? `Title of ${name}`}`,
      'summary: A summary.',
      'tags: [testing]',
      `careers: [${overrides.careers ?? 'registered-nurse'}]`,
      'causes: [health]',
      'author: Test',
      'date: 2026-05-01',
      overrides.extra ?? '',
      '---',
      'Body of the guide.',
    ].join('\n'),
  };
}

async function snapshot() {
  return (await listGuidesForLoader(t.db.db)).sort((a, b) => a.slug.localeCompare(b.slug));
}

describe('ensureGuidesLoaded', () => {
  it('skips everything when the shipped files are unchanged', async () => {
    const before = await snapshot();
    const result = await ensureGuidesLoaded(t.db.db, readGuideFiles());
    expect(result.loaded).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('adds, updates only what changed, and withdraws guides whose file is gone', async () => {
    const first = await ensureGuidesLoaded(t.db.db, [guideFile('loader-a.md'), guideFile('loader-b.md')]);
    expect(first).toMatchObject({ loaded: true, added: ['loader-a', 'loader-b'] });
    // Every shipped guide is withdrawn, not deleted: comments under them survive.
    expect(first.withdrawn.length).toBeGreaterThanOrEqual(9);
    expect((await findGuideBySlug(t.db.db, 'licensure-and-supervised-hours'))?.status).toBe('draft');

    const second = await ensureGuidesLoaded(t.db.db, [
      guideFile('loader-a.md'),
      guideFile('loader-b.md', { title: 'Changed' }),
    ]);
    expect(second).toMatchObject({ loaded: true, added: [], updated: ['loader-b'], unchanged: ['loader-a'] });
    expect((await findGuideBySlug(t.db.db, 'loader-b'))?.title).toBe('Changed');

    const restored = await ensureGuidesLoaded(t.db.db, readGuideFiles());
    expect(restored.updated.length).toBeGreaterThanOrEqual(9);
    expect(restored.withdrawn).toEqual(['loader-a', 'loader-b']);
    expect((await findGuideBySlug(t.db.db, 'licensure-and-supervised-hours'))?.status).toBe('published');
  });

  it('refuses a bad file naming file and field, and changes nothing', async () => {
    const before = await snapshot();
    const cases: [GuideSourceFile, string, string | null][] = [
      [guideFile('bad-career.md', { careers: 'registered-nurse, astronaut' }), 'data/guides/bad-career.md', 'careers'],
      [guideFile('bad-field.md', { extra: 'colour: blue' }), 'data/guides/bad-field.md', 'colour'],
      [{ name: 'no-front-matter.md', text: 'Just text' }, 'data/guides/no-front-matter.md', null],
    ];
    for (const [bad, file, field] of cases) {
      const error = await ensureGuidesLoaded(t.db.db, [...readGuideFiles(), bad]).catch((err: unknown) => err);
      expect(error).toBeInstanceOf(GuideFileError);
      expect((error as GuideFileError).file).toBe(file);
      expect((error as GuideFileError).field).toBe(field);
      expect((error as Error).message).toContain(file);
    }
    const careerError = await ensureGuidesLoaded(t.db.db, [
      guideFile('bad-career.md', { careers: 'registered-nurse, astronaut' }),
    ]).catch((err: unknown) => err);
    expect((careerError as Error).message).toBe(
      'data/guides/bad-career.md: field "careers": "astronaut" is not a career in the atlas',
    );
    expect(await snapshot()).toEqual(before);
  });
});
