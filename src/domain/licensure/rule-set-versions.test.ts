import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type HourEntryForEvaluation,
  type RuleSet,
  RuleSetHistorySchema,
  RuleSetSchema,
} from '#contracts/licensure.js';
import { evaluateRules } from './evaluate-rules.js';
import { describeRuleSetVersion, pickVersionInForce } from './rule-set-versions.js';

/*
 * Versions of a rule set as the law changes, with the real case shipped: Virginia amended its counselor residency
 * rules (18VAC115-20-52) by a fast-track regulation effective 2025-12-18 (Virginia Register). Version 1 holds the
 * figures of the text current through September 2024 (3,400 residency hours, 200 hours of supervision); version 2
 * starts on 2025-12-18 and, since the amended figures were in no text read, its residency figures are not verified.
 */

function readRules(file: string): RuleSet[] {
  return RuleSetSchema.array().parse(
    JSON.parse(readFileSync(new URL(`../../../data/licensure/${file}`, import.meta.url), 'utf8')),
  );
}

const current = readRules('rules.json');
const earlier = readRules('earlier-versions.json');

function historyOf(id: string): RuleSet[] {
  const latest = current.find((r) => r.id === id);
  if (!latest) throw new Error(`no shipped rule set ${id}`);
  return [...earlier.filter((r) => r.id === id), latest];
}

const virginiaLpc = historyOf('US-VA:LPC');

describe('shipped versions', () => {
  it('every shipped rule set with its earlier versions is a valid history (ordered, no overlap, no gap)', () => {
    for (const latest of current) {
      const parsed = RuleSetHistorySchema.safeParse(historyOf(latest.id));
      expect(parsed.success, `${latest.id}: ${parsed.error?.message}`).toBe(true);
    }
    // Every earlier version belongs to a shipped rule set.
    for (const e of earlier) expect(current.some((r) => r.id === e.id)).toBe(true);
  });

  it('Virginia LPC has version 1 until 2025-12-17 and version 2 from 2025-12-18', () => {
    expect(virginiaLpc.map((v) => [v.version, v.effectiveFrom, v.effectiveUntil])).toEqual([
      [1, undefined, '2025-12-17'],
      [2, '2025-12-18', undefined],
    ]);
    const [v1, v2] = virginiaLpc as [RuleSet, RuleSet];
    const total1 = v1.requirements.find((r) => r.id === 'total-hours');
    const total2 = v2.requirements.find((r) => r.id === 'total-hours');
    expect(total1).toMatchObject({ verified: true, hours: 3400 });
    // The amended figure is not in any text read: not verified, no target, the amendment cited.
    expect(total2).toMatchObject({ verified: false });
    expect(total2 && 'hours' in total2 ? total2.hours : undefined).toBeUndefined();
    expect(total2?.sources?.some((s) => s.effectiveDate === '2025-12-18' && s.quote.includes('18VAC115-20-52'))).toBe(
      true,
    );
    expect(v2.requirements.every((r) => !r.verified)).toBe(true);
    expect(describeRuleSetVersion(v2)).toBe('version 2 (in force from 2025-12-18)');
    expect(describeRuleSetVersion(v1)).toBe('version 1 (in force until 2025-12-17)');
  });
});

describe('pickVersionInForce', () => {
  it('picks the version in force before, on and after the change', () => {
    expect(pickVersionInForce(virginiaLpc, '2024-03-01')?.version).toBe(1);
    expect(pickVersionInForce(virginiaLpc, '2025-12-17')?.version).toBe(1);
    expect(pickVersionInForce(virginiaLpc, '2025-12-18')?.version).toBe(2);
    expect(pickVersionInForce(virginiaLpc, '2026-12-06')?.version).toBe(2);
  });

  it('prefers the newest version covering the date (a correction of the same period), and answers null for none', () => {
    const base = { version: 1, effectiveUntil: '2025-12-17' };
    const amended = { version: 2, effectiveFrom: '2025-12-18' };
    const corrected = { version: 3, effectiveFrom: '2025-12-18' };
    expect(pickVersionInForce([base, amended, corrected], '2026-01-05')?.version).toBe(3);
    expect(pickVersionInForce([base, amended, corrected], '2025-01-05')?.version).toBe(1);
    expect(pickVersionInForce([{ version: 1, effectiveFrom: '2030-01-01' }], '2026-01-01')).toBeNull();
    // Undated versions (every rule set without a change of law) are in force on any date.
    expect(pickVersionInForce([{ version: 4 }], '1999-01-01')?.version).toBe(4);
  });
});

describe('RuleSetHistorySchema', () => {
  const [v1, v2] = virginiaLpc as [RuleSet, RuleSet];

  function messages(versions: unknown[]): string[] {
    const parsed = RuleSetHistorySchema.safeParse(versions);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }

  it('accepts the shipped Virginia history', () => {
    expect(messages([v1, v2])).toEqual([]);
  });

  it('refuses overlapping versions', () => {
    expect(messages([v1, { ...v2, effectiveFrom: '2025-12-01' }])).toEqual([
      '1.effectiveFrom: version 2 starts on 2025-12-01, while version 1 is in force until 2025-12-17: versions must not overlap',
    ]);
  });

  it('refuses a gap between versions', () => {
    expect(messages([v1, { ...v2, effectiveFrom: '2026-01-01' }])).toEqual([
      '1.effectiveFrom: version 2 must start the day after version 1 ends (2025-12-17)',
    ]);
  });

  it('refuses versions out of order, an open-ended earlier version, and a mixed id', () => {
    expect(messages([v2, { ...v1, effectiveFrom: '2026-01-01' }])).toContain(
      '1.version: version 1 must be greater than the version before it (2)',
    );
    const { effectiveUntil: _dropped, ...open } = v1;
    expect(messages([open, v2])).toEqual(['0.effectiveUntil: version 1 needs an effectiveUntil: version 2 follows it']);
    expect(messages([v1, { ...v2, id: 'US-VA:LMFT', license: 'LMFT' }])).toEqual([
      '1.id: every version must have the id "US-VA:LPC"',
    ]);
  });

  it('refuses a version that ends before it starts', () => {
    const parsed = RuleSetSchema.safeParse({ ...v2, effectiveUntil: '2025-01-01' });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([
      'effectiveUntil (2025-01-01) must not be before effectiveFrom (2025-12-18)',
    ]);
  });
});

describe('a log evaluated under each version', () => {
  // 104 weeks of 30 direct, 3 indirect and 2 supervision hours (3,640 in all, 208 of supervision, at least one
  // hour of supervision per 40 of work each week): meets every verified requirement of version 1.
  const log: HourEntryForEvaluation[] = [];
  for (let week = 0; week < 104; week++) {
    const date = new Date(Date.UTC(2023, 6, 3) + week * 7 * 86_400_000).toISOString().slice(0, 10);
    log.push({ id: `d${week}`, date, hours: 15, category: 'direct' });
    log.push({ id: `e${week}`, date, hours: 15, category: 'direct' });
    log.push({ id: `i${week}`, date, hours: 3, category: 'indirect' });
    log.push({ id: `s${week}`, date, hours: 2, category: 'supervision-individual' });
  }

  it('is complete under version 1 (the rule in force before 2025-12-18)', () => {
    const v1 = pickVersionInForce(virginiaLpc, '2025-06-30');
    if (!v1) throw new Error('no version in force');
    const result = evaluateRules(v1, log, { asOf: '2025-06-30' });
    expect(result.ruleSetVersion).toBe(1);
    expect(result.unmet).toEqual([]);
    expect(result.complete).toBe(true);
  });

  it('cannot be complete under version 2: its amended figures are not verified, so nothing is assumed met', () => {
    const v2 = pickVersionInForce(virginiaLpc, '2026-01-05');
    if (!v2) throw new Error('no version in force');
    const result = evaluateRules(v2, log, { asOf: '2025-06-30' });
    expect(result.ruleSetVersion).toBe(2);
    expect(result.verifiedCount).toBe(0);
    expect(result.complete).toBe(false);
    expect(result.requirements.find((r) => r.id === 'total-hours')).toMatchObject({ required: null, met: null });
  });
});
