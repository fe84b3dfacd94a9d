import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Career, type ListCareersQuery, ListCareersQuerySchema } from '#contracts/careers.js';
import { buildCatalogIndex, searchCatalog, stemWord } from './catalog-search.js';

// The shipped catalog as the loader writes it: a curated career that IS an O*NET occupation replaces its row.
const dataDir = path.resolve(import.meta.dirname, '../../../data');
const read = (file: string): Career[] => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8'));
const curated = read('careers/curated.json');
const claimed = new Set(curated.filter((c) => c.socMatch === 'exact').map((c) => c.socCode));
const catalog = [...read('onet/occupations.json').filter((o) => !claimed.has(o.socCode)), ...curated].sort((a, b) =>
  a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : 1,
);
const index = buildCatalogIndex(catalog);

function search(query: Record<string, string>): Career[] {
  const parsed: ListCareersQuery = ListCareersQuerySchema.parse({ pageSize: '100', ...query });
  return searchCatalog(index, parsed).items;
}
const ids = (careers: Career[]) => careers.map((c) => c.id);

describe('atlas search', () => {
  it('folds British spellings and word forms to one stem', () => {
    expect(new Set(['counsellor', 'counselor', 'counselling', 'counseling', 'counselors'].map(stemWord))).toEqual(
      new Set(['counsel']),
    );
    expect(stemWord('therapy')).toBe(stemWord('therapist'));
    expect(stemWord('policy')).not.toBe(stemWord('police'));
  });

  it('finds counselors for "counsellor", curated ones first', () => {
    const found = search({ q: 'counsellor' });
    expect(ids(found)).toContain('licensed-professional-counselor');
    expect(found.slice(0, 3).every((c) => /counsel/i.test(c.title))).toBe(true);
  });

  it('finds social workers for "social worker" and therapists for "therapy"', () => {
    expect(ids(search({ q: 'social worker' }))).toEqual(
      expect.arrayContaining(['clinical-social-worker', 'child-and-family-social-worker']),
    );
    const therapy = search({ q: 'therapy' });
    expect(ids(therapy)).toEqual(expect.arrayContaining(['marriage-and-family-therapist', 'physical-therapist']));
  });

  it('forgives one typing slip when a word matches nothing', () => {
    expect(ids(search({ q: 'counsler' }))).toContain('licensed-professional-counselor');
    expect(search({ q: 'zzzzzzzz' })).toEqual([]);
  });

  it('keeps "policy" apart from police officers', () => {
    const found = search({ q: 'policy', curated: 'all' });
    expect(ids(found)).toContain('policy-analyst');
    expect(found.some((c) => /police/i.test(c.title))).toBe(false);
  });

  it('ranks curated careers above O*NET rows that match the same words', () => {
    for (const q of ['counselor', 'social worker', 'therapist']) {
      const found = search({ q, curated: 'all' });
      const firstUncurated = found.findIndex((c) => !c.curated);
      const lastCuratedInTitle = found.findLastIndex((c) => c.curated && c.title.toLowerCase().includes(q));
      expect(firstUncurated, q).toBeGreaterThan(0);
      expect(lastCuratedInTitle, q).toBeLessThan(firstUncurated);
    }
  });

  it('lists without a query in title order, and a query of stop words filters nothing', () => {
    const all = search({});
    expect(all.length).toBe(Math.min(curated.length, 100));
    expect(ids(search({ q: 'the and of' }))).toEqual(ids(all));
    expect(search({ q: '%%% ---' })).toEqual([]);
  });
});
