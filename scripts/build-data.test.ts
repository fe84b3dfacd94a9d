import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Career, CareerSchema, type Figure } from '#contracts/careers.js';
import { CAUSE_IDS, SCALE_IDS, SECTOR_IDS } from '#contracts/vocabulary.js';
import { readCsv } from '#server/lib/csv.js';
import { sharedDataFile } from '#tests/setup/shared-data.js';

// Checks the committed output of scripts/build-data.ts, not the script, so a hand edit or a stale build fails.
const root = new URL('../', import.meta.url);
const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(file, root), 'utf8'));

const onet = CareerSchema.array().parse(readJson('data/onet/occupations.json'));
const curated = CareerSchema.array().parse(readJson('data/careers/curated.json'));
const transitions = readJson('data/careers/transitions.json') as { from: string; to: string }[];
const related = readJson('data/onet/related.json') as { from: string; to: string; tier: string }[];

const figuresOf = (career: Career): [string, Figure][] => [
  ['medianPay', career.medianPay],
  ['growthPct', career.growthPct],
  ['employment', career.employment],
];

describe('data/onet/occupations.json', () => {
  it('holds every O*NET 29.3 occupation once, uncurated, with ids from the code', () => {
    expect(onet).toHaveLength(1016);
    expect(new Set(onet.map((c) => c.id)).size).toBe(1016);
    for (const career of onet) {
      expect(career.id).toBe(`onet-${career.socCode}`);
      expect(career.socCode).toMatch(/^\d{2}-\d{4}\.\d{2}$/);
      expect(career.curated).toBe(false);
      expect(career.summary).toBeNull();
      expect(career.onetSource).toBe('O*NET 29.3 Database (May 2025), USDOL/ETA, CC BY 4.0');
    }
  });

  it('is sorted by code', () => {
    const codes = onet.map((c) => c.socCode ?? '');
    expect(codes).toEqual([...codes].sort());
  });

  it('gives every figure with a value its source and year, and none without', () => {
    const source = /^BLS Employment Projections 2024-34 \(SOC \d{2}-\d{4}\)$/;
    const bad = onet.flatMap((career) =>
      figuresOf(career)
        .filter(([, figure]) =>
          figure.value === null
            ? figure.source !== null || figure.year !== null
            : !source.test(figure.source ?? '') || figure.year !== 2024,
        )
        .map(([name]) => `${career.id} ${name}`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps BLS employment in persons, not thousands', () => {
    const nurses = onet.find((c) => c.socCode === '29-1141.00');
    expect(nurses?.employment.value).toBe(3_391_000);
  });
});

describe('data/onet/related.json', () => {
  it('links only codes that are in occupations.json', () => {
    const codes = new Set(onet.map((c) => c.socCode));
    const tiers = new Set(['Primary-Short', 'Primary-Long', 'Supplemental']);
    expect(related.length).toBeGreaterThan(0);
    const bad = related.filter((link) => !codes.has(link.from) || !codes.has(link.to) || !tiers.has(link.tier));
    expect(bad).toEqual([]);
  });
});

describe('data/careers/curated.json', () => {
  it('has 30+ curated careers with unique kebab-case ids', () => {
    expect(curated.length).toBeGreaterThanOrEqual(30);
    expect(new Set(curated.map((c) => c.id)).size).toBe(curated.length);
    for (const career of curated) {
      expect(career.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(career.curated).toBe(true);
      expect(career.summary?.length ?? 0).toBeGreaterThan(0);
      expect(career.sector).not.toBeNull();
      expect(career.scale).not.toBeNull();
      expect(career.causes.length).toBeGreaterThan(0);
    }
  });

  it('includes every career the product brief names', () => {
    const ids = curated.map((c) => c.id);
    for (const id of [
      'registered-nurse',
      'primary-care-physician',
      'physical-therapist',
      'licensed-professional-counselor',
      'marriage-and-family-therapist',
      'clinical-social-worker',
      'psychologist',
      'occupational-therapist',
      'speech-language-pathologist',
      'addiction-counselor',
      'k-12-teacher',
      'special-education-teacher',
      'academic-and-career-counselor',
      'adult-literacy-instructor',
      'community-organizer',
      'nonprofit-program-manager',
      'public-interest-lawyer',
      'policy-analyst',
      'conservation-scientist',
      'environmental-engineer',
      'human-services-case-worker',
      'social-and-human-service-assistant',
      'community-health-worker',
      'rehabilitation-counselor',
      'health-education-specialist',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('covers every sector, scale and cause', () => {
    expect(new Set(curated.map((c) => c.sector))).toEqual(new Set(SECTOR_IDS));
    expect(new Set(curated.map((c) => c.scale))).toEqual(new Set(SCALE_IDS));
    expect(new Set(curated.flatMap((c) => c.causes))).toEqual(new Set(CAUSE_IDS));
  });

  it('gives every figure with a value its source and year', () => {
    for (const career of curated) {
      for (const [name, figure] of figuresOf(career)) {
        if (figure.value === null) continue;
        expect(figure.source, `${career.id} ${name}`).toMatch(
          /^BLS Employment Projections 2024-34 \(SOC \d{2}-\d{4}\)$/,
        );
        expect(figure.year, `${career.id} ${name}`).toBe(2024);
      }
    }
  });

  it('points at real O*NET codes and marks stand-ins as closest', () => {
    const byCode = new Map(onet.map((c) => [c.socCode, c]));
    for (const career of curated) {
      if (career.socCode === null) continue;
      expect(byCode.get(career.socCode)?.onetTitle, career.id).toBe(career.onetTitle);
      expect(['exact', 'closest']).toContain(career.socMatch);
    }
    const match = (id: string) => curated.find((c) => c.id === id)?.socMatch;
    expect(match('policy-analyst')).toBe('closest');
    expect(match('community-organizer')).toBe('closest');
    expect(match('registered-nurse')).toBe('exact');
  });

  it('explains every stand-in code in the figure notes', () => {
    for (const career of curated.filter((c) => c.socMatch === 'closest' && c.medianPay.value !== null)) {
      expect(career.medianPay.note?.length ?? 0, career.id).toBeGreaterThan(0);
    }
  });

  it('takes figures for codes outside occupations.csv from the O*NET and BLS rows, never from elsewhere', () => {
    const byCode = new Map(onet.map((c) => [c.socCode, c]));
    const outsideCsv = [
      '19-1031.03',
      '19-2041.01',
      '27-3031.00',
      '13-2071.00',
      '47-4011.01',
      '19-1041.00',
      '13-1041.03',
    ];
    const checked = curated.filter((c) => outsideCsv.includes(c.socCode ?? ''));
    expect(checked.length).toBeGreaterThanOrEqual(outsideCsv.length);
    for (const career of checked) {
      const source = byCode.get(career.socCode);
      expect(source, career.id).toBeDefined();
      expect(career.riasec).toEqual(source?.riasec);
      expect(career.interestCode).toBe(source?.interestCode);
      expect(career.jobZone).toBe(source?.jobZone);
      expect(career.workValues).toEqual(source?.workValues);
      expect(career.medianPay.value).toBe(source?.medianPay.value);
      expect(career.growthPct.value).toBe(source?.growthPct.value);
      expect(career.employment.value).toBe(source?.employment.value);
      expect(career.blsEducation).toBe(source?.blsEducation);
    }
  });
});

describe('data/careers/transitions.json', () => {
  const byId = new Map(curated.map((c) => [c.id, c]));

  it('has 15+ paths between existing curated careers', () => {
    expect(transitions.length).toBeGreaterThanOrEqual(15);
    for (const { from, to } of transitions) {
      expect(byId.has(from), from).toBe(true);
      expect(byId.has(to), to).toBe(true);
    }
  });

  it('moves between scales within a shared cause, each path once', () => {
    expect(new Set(transitions.map((t) => `${t.from}>${t.to}`)).size).toBe(transitions.length);
    for (const { from, to } of transitions) {
      const a = byId.get(from);
      const b = byId.get(to);
      expect(a?.scale, `${from} -> ${to}`).not.toBe(b?.scale);
      expect(
        a?.causes.some((cause) => b?.causes.includes(cause)),
        `${from} -> ${to}`,
      ).toBe(true);
    }
  });
});

// ../shared/data is the team's source folder: CI fails without it; a clone without it says loudly what did not run.
const csvPath = sharedDataFile('occupations.csv', 'curated figures against ../shared/data/occupations.csv');

describe.skipIf(csvPath === null)('curated figures against ../shared/data/occupations.csv', () => {
  const [header, ...records] = csvPath ? readCsv(readFileSync(csvPath, 'utf8'), { source: 'occupations.csv' }) : [];
  const rows = records.map((record) =>
    Object.fromEntries((header?.cells ?? []).map((name, i) => [name, record.cells[i] ?? ''])),
  );
  const num = (raw: string | undefined): number | null => (raw === undefined || raw === '' ? null : Number(raw));

  it('uses the exact values of the matching row', () => {
    let compared = 0;
    for (const career of curated) {
      const row = rows.find((r) => r.soc_code === career.socCode);
      if (row === undefined) continue;
      compared++;
      const label = `${career.id} (${career.socCode})`;
      expect(career.onetTitle, label).toBe(row.title);
      expect(career.jobZone, label).toBe(num(row.job_zone));
      expect(career.interestCode, label).toBe(row.interest_code || null);
      expect(career.riasec, label).toEqual(
        row.R === ''
          ? null
          : { R: num(row.R), I: num(row.I), A: num(row.A), S: num(row.S), E: num(row.E), C: num(row.C) },
      );
      expect(career.workValues, label).toEqual(
        row.wv_achievement === ''
          ? null
          : {
              achievement: num(row.wv_achievement),
              'working-conditions': num(row.wv_working_conditions),
              recognition: num(row.wv_recognition),
              relationships: num(row.wv_relationships),
              support: num(row.wv_support),
              independence: num(row.wv_independence),
            },
      );
      expect(career.medianPay.value, label).toBe(num(row.bls_median_pay_usd));
      expect(career.medianPay.year, label).toBe(num(row.bls_pay_year));
      expect(career.growthPct.value, label).toBe(num(row.bls_growth_pct));
      expect(career.employment.value, label).toBe(num(row.bls_jobs));
      expect(career.blsEducation, label).toBe(row.bls_entry_education || null);
      expect(career.outlookPeriod, label).toBe(row.bls_growth_period || null);
      const blsCode = /BLS EP (\d{2}-\d{4}) /.exec(row.source_notes ?? '')?.[1];
      expect(career.medianPay.source, label).toBe(`BLS Employment Projections 2024-34 (SOC ${blsCode})`);
    }
    expect(compared).toBeGreaterThanOrEqual(25);
  });

  it('carries the row’s caveats into the figure notes', () => {
    for (const career of curated) {
      const row = rows.find((r) => r.soc_code === career.socCode);
      if (row === undefined) continue;
      const caveats = (row.source_notes ?? '')
        .split('; ')
        .filter((part) => !part.startsWith('O*NET 29.3 (') && !/^BLS EP \d/.test(part));
      for (const caveat of caveats) expect(career.medianPay.note ?? '', career.id).toContain(caveat);
    }
  });
});
