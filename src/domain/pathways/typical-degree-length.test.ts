import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CareerSchema } from '#contracts/careers.js';
import { RuleSetSchema } from '#contracts/licensure.js';
import { DegreeLengthsFileSchema, PathwayFactsFileSchema, PathwayRoutesFileSchema } from '#contracts/pathways.js';
import { planPathway } from './plan-pathway.js';
import { typicalDegreeLengthFact } from './typical-degree-length.js';

const DATA = path.resolve(import.meta.dirname, '../../../data');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8'));
const lengths = DegreeLengthsFileSchema.parse(readJson('pathways/degree-lengths.json'));
const facts = PathwayFactsFileSchema.parse(readJson('pathways/facts.json'));
const routes = PathwayRoutesFileSchema.parse(readJson('pathways/routes.json'));
const careers = CareerSchema.array().parse(readJson('careers/curated.json'));
const ruleSets = RuleSetSchema.array().parse(readJson('licensure/rules.json'));

function counselorPlan(withTypicalLengths: boolean) {
  const career = careers.find((c) => c.id === 'licensed-professional-counselor');
  if (!career) throw new Error('no curated counselor');
  return planPathway({
    career,
    route: routes.find((r) => r.careerId === career.id) ?? null,
    facts: withTypicalLengths ? [...facts, ...lengths.map(typicalDegreeLengthFact)] : facts,
    ruleSet: ruleSets.find((r) => r.id === 'US-TX:LPC') ?? null,
    stage: 'starting',
    startDate: '2026-09-01',
  });
}

describe('typical degree lengths (data/pathways/degree-lengths.json)', () => {
  it('each length is sourced: an address, the definition quoted, and the date it was read', () => {
    expect(lengths.map((l) => l.level).sort()).toEqual(['associate', 'bachelor', 'master']);
    for (const length of lengths) {
      expect(length.source).toMatch(/^https?:\/\//);
      expect(length.quotation).toMatch(/years/);
      expect(length.authority).toContain('IPEDS');
      expect(length.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('a default plan with no target dates has dated steps', () => {
    const without = counselorPlan(false);
    const withLengths = counselorPlan(true);
    const bachelor = withLengths.stages.find((s) => s.id === 'degree-bachelor');
    const master = withLengths.stages.find((s) => s.id === 'degree-master');
    expect(bachelor).toMatchObject({ durationMonths: 48, projectedStart: '2026-09-01', projectedEnd: '2030-09-01' });
    expect(master).toMatchObject({ durationMonths: 12, projectedStart: '2030-09-01', projectedEnd: '2031-09-01' });
    // The figure travels with the stage, so the page can say where it comes from.
    expect(bachelor?.facts[0]).toMatchObject({ id: 'typical-degree-length.bachelor', value: '4-5', unit: 'years' });
    expect(bachelor?.durationNote).toContain('IPEDS');
    expect(withLengths.totals.unknownDurations).toBe(0);
    // The calendar file dates a stage only when it has a projected end: more stages are dated than before.
    const dated = (roadmap: typeof without) => roadmap.stages.filter((s) => s.projectedEnd !== null).length;
    expect(dated(withLengths)).toBeGreaterThan(dated(without) + 3);
  });
});
