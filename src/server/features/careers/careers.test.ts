import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Career, CareerDetail, CareerList } from '#contracts/careers.js';
import { educationRank } from '#contracts/vocabulary.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function list(query: string): Promise<CareerList> {
  const response = await t.app.inject({ method: 'GET', url: `/api/careers?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('GET /api/careers', () => {
  it('lists curated helping careers by default, each with the fields the contract promises', async () => {
    const body = await list('pageSize=100');
    expect(body.total).toBeGreaterThanOrEqual(30);
    expect(body.items.every((c) => c.curated)).toBe(true);
    for (const c of body.items) {
      expect(c).toMatchObject({ id: expect.any(String), title: expect.any(String), causes: expect.any(Array) });
      expect(c.scale).not.toBeNull();
      expect(c.sector).not.toBeNull();
    }
  });

  it('finds counselors and counseling with the prefix "counsel", best matches first', async () => {
    const body = await list('q=counsel&pageSize=50');
    const ids = body.items.map((c) => c.id);
    expect(ids).toContain('licensed-professional-counselor');
    expect(body.items.slice(0, 5).every((c) => /counsel/i.test(c.title))).toBe(true);
  });

  it('searches every O*NET occupation when asked', async () => {
    const all = await list('curated=all&pageSize=1');
    expect(all.total).toBeGreaterThan(1000);
    const plumbers = await list('q=plumbers&curated=all');
    expect(plumbers.items.map((c) => c.title)).toContain('Plumbers, Pipefitters, and Steamfitters');
    expect(plumbers.items.every((c) => !c.curated)).toBe(true);
  });

  it('filters by scale, sector, cause, education and license, alone and combined', async () => {
    const macro = await list('scale=macro&pageSize=100');
    expect(macro.total).toBeGreaterThan(0);
    expect(macro.items.every((c) => c.scale === 'macro')).toBe(true);

    const env = await list('cause=environment&pageSize=100');
    expect(env.total).toBeGreaterThan(0);
    expect(env.items.every((c) => c.causes.includes('environment'))).toBe(true);

    const twoScales = await list('scale=micro,mezzo&pageSize=100');
    expect(twoScales.items.every((c) => c.scale === 'micro' || c.scale === 'mezzo')).toBe(true);
    expect(new Set(twoScales.items.map((c) => c.scale)).size).toBe(2);

    const bachelor = await list('education=bachelor&pageSize=100');
    expect(bachelor.total).toBeGreaterThan(0);
    expect(
      bachelor.items.every(
        (c) => c.minEducation !== null && educationRank(c.minEducation) <= educationRank('bachelor'),
      ),
    ).toBe(true);

    const licensed = await list('license=required&pageSize=100');
    expect(licensed.items.every((c) => c.licenseRequired === true)).toBe(true);
    expect(licensed.items.map((c) => c.id)).toContain('licensed-professional-counselor');

    const combined = await list('sector=mental-health&license=required&q=therap&pageSize=100');
    expect(combined.items.map((c) => c.id)).toContain('marriage-and-family-therapist');
    expect(combined.items.every((c) => c.sector === 'mental-health' && c.licenseRequired)).toBe(true);
  });

  it('pages through results without overlap', async () => {
    const first = await list('pageSize=5&page=1');
    const second = await list('pageSize=5&page=2');
    expect(first.items).toHaveLength(5);
    expect(second.items).toHaveLength(5);
    const overlap = first.items.filter((a) => second.items.some((b) => b.id === a.id));
    expect(overlap).toEqual([]);
    expect(second.total).toBe(first.total);
  });

  it('answers a query of only punctuation with an empty list, not an error', async () => {
    const body = await list(`q=${encodeURIComponent('%%% ---')}`);
    expect(body).toMatchObject({ items: [], total: 0 });
  });

  it.each([
    ['page=0', 'query.page'],
    ['pageSize=1000', 'query.pageSize'],
    ['scale=nano', 'query.scale.0'],
    ['cause=world-peace', 'query.cause.0'],
    ['education=phd', 'query.education'],
    ['license=maybe', 'query.license'],
    [`q=${'a'.repeat(201)}`, 'query.q'],
  ])('rejects %s with 400 naming %s', async (query, path) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/careers?${query}` });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });
});

describe('GET /api/careers/:id', () => {
  it('returns a curated career with every figure sourced and dated, and related careers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/careers/licensed-professional-counselor' });
    expect(response.statusCode).toBe(200);
    const career: CareerDetail = response.json();
    expect(career).toMatchObject({ curated: true, socCode: '21-1014.00', licenseRequired: true });
    for (const figure of [career.medianPay, career.growthPct, career.employment]) {
      expect(figure.value).not.toBeNull();
      expect(figure.source).toMatch(/BLS/);
      expect(figure.year).toBe(2024);
    }
    expect(career.medianPay.value).toBe(59190);
    expect(career.riasec?.S).toBeCloseTo(6.76);
    expect(career.onetSource).toMatch(/O\*NET 29\.3/);
    expect(career.related.length).toBeGreaterThan(0);
  });

  it("gives a curated career that stands in for an O*NET code that code's related occupations", async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/careers/clinical-social-worker' });
    const career: CareerDetail = response.json();
    expect(career.socMatch).toBe('closest');
    expect(career.related.filter((r) => r.kind === 'onet-related').length).toBeGreaterThan(5);
  });

  it('returns an uncurated O*NET occupation marked as such', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/careers/onet-47-2152.00' });
    expect(response.statusCode).toBe(200);
    const career: Career = response.json();
    expect(career).toMatchObject({ curated: false, summary: null, socCode: '47-2152.00' });
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/careers/no-such-career' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('NOT_FOUND');
    const malformed = await t.app.inject({ method: 'GET', url: `/api/careers/${encodeURIComponent('<script>')}` });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].path).toBe('params.id');
  });
});

describe('GET /api/careers/map', () => {
  it('places every curated career on a scale and links transitions between existing careers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/careers/map' });
    expect(response.statusCode).toBe(200);
    const map = response.json() as {
      careers: { id: string; scale: string }[];
      transitions: { from: string; to: string }[];
    };
    const ids = new Set(map.careers.map((c) => c.id));
    expect(new Set(map.careers.map((c) => c.scale))).toEqual(new Set(['micro', 'mezzo', 'macro']));
    expect(map.transitions.length).toBeGreaterThanOrEqual(15);
    expect(map.transitions.every((tr) => ids.has(tr.from) && ids.has(tr.to))).toBe(true);
  });

  it('adds the O*NET occupations placed in cells no curated career fills, each with its reason', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/careers/map' });
    const map = response.json() as {
      careers: { id: string; sector: string; scale: string; curated: boolean; placement: string | null }[];
    };
    const onet = map.careers.filter((c) => !c.curated);
    expect(onet.map((c) => c.id).sort()).toEqual(['onet-19-1041.00', 'onet-19-3032.00', 'onet-19-3051.00']);
    expect(onet.find((c) => c.id === 'onet-19-1041.00')).toMatchObject({ sector: 'health-wellness', scale: 'macro' });
    expect(onet.every((c) => (c.placement ?? '').length > 20)).toBe(true);
    expect(map.careers.filter((c) => c.curated).every((c) => c.placement === null)).toBe(true);
    // No cell holds both a curated career and a stand-in.
    const curatedCells = new Set(map.careers.filter((c) => c.curated).map((c) => `${c.sector}/${c.scale}`));
    expect(onet.some((c) => curatedCells.has(`${c.sector}/${c.scale}`))).toBe(false);
  });
});
