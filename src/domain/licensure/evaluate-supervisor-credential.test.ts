import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type HourEntryForEvaluation, type RuleSet, RuleSetSchema } from '#contracts/licensure.js';
import { type EntrySupervisorCredential, evaluateRules } from './evaluate-rules.js';

/*
 * The supervisor-credential rule with real states' rules as shipped in data/licensure/rules.json:
 * Texas LPC, 22 TAC 681.91(d): "An LPC Associate may practice counseling ... only under the supervision of a
 * Licensed Professional Counselor Supervisor (LPC-S)" (every hour);
 * Texas LMFT, 22 TAC 801.142: "a minimum of 200 hours of supervision by an LMFT-S" (supervision hours only).
 */

const shipped = RuleSetSchema.array().parse(
  JSON.parse(readFileSync(new URL('../../../data/licensure/rules.json', import.meta.url), 'utf8')),
);

function shippedRuleSet(id: string): RuleSet {
  const found = shipped.find((r) => r.id === id);
  if (!found) throw new Error(`no shipped rule set ${id}`);
  return found;
}

const texasLpc = shippedRuleSet('US-TX:LPC');
const texasLmft = shippedRuleSet('US-TX:LMFT');

const log: HourEntryForEvaluation[] = [
  { id: 'a', date: '2025-03-03', hours: 6, category: 'direct' },
  { id: 'b', date: '2025-03-04', hours: 1, category: 'supervision-individual' },
  { id: 'c', date: '2025-06-02', hours: 5, category: 'direct' },
  { id: 'd', date: '2025-06-03', hours: 1, category: 'supervision-individual' },
];

function facts(holds: boolean | null, from: string | null): Map<string, EntrySupervisorCredential> {
  const fact = { supervisorName: 'Dr. Rivera', holdsCredential: holds, credentialFrom: from };
  return new Map(log.map((e) => [e.id, fact]));
}

function credentialProgress(ruleSet: RuleSet, supervisorCredentials?: Map<string, EntrySupervisorCredential>) {
  const result = evaluateRules(ruleSet, log, supervisorCredentials ? { supervisorCredentials } : {});
  const req = result.requirements.find((r) => r.kind === 'supervisor-credential');
  if (!req) throw new Error(`${ruleSet.id} has no supervisor-credential requirement`);
  const total = result.requirements.find((r) => r.id === 'total-hours');
  return { result, req, total };
}

describe('supervisor credential held on the date of each hour', () => {
  it('ships the Texas LPC rule verified, with the code it rests on', () => {
    const req = texasLpc.requirements.find((r) => r.kind === 'supervisor-credential');
    expect(req).toMatchObject({ verified: true, credential: 'Licensed Professional Counselor Supervisor (LPC-S)' });
    expect(req?.sources?.[0]?.quote).toContain('Licensed Professional Counselor Supervisor (LPC-S)');
    expect(req?.sources?.[0]?.kind).toBe('administrative-code');
  });

  it('counts no hour before the supervisor held the LPC-S, and says why', () => {
    const { result, req, total } = credentialProgress(texasLpc, facts(true, '2025-06-01'));
    expect(total?.counted).toBe(6);
    expect(req.counted).toBe(6);
    expect(req.met).toBe(true);
    const refused = result.rejected.filter((r) => r.reason.includes('LPC-S'));
    expect(refused.map((r) => [r.entryId, r.hours, r.requirementIds])).toEqual([
      ['a', 6, null],
      ['b', 1, null],
    ]);
    expect(refused[0]?.reason).toBe(
      'supervised by Dr. Rivera before they held the Licensed Professional Counselor Supervisor (LPC-S) (held from 2025-06-01)',
    );
  });

  it('counts no hour of a supervisor who said they do not hold it', () => {
    const { result, total } = credentialProgress(texasLpc, facts(false, null));
    expect(total?.counted).toBe(0);
    expect(result.rejected).toHaveLength(4);
    expect(result.rejected[0]?.reason).toContain('who has not recorded the Licensed Professional Counselor Supervisor');
  });

  it('counts every hour of a supervisor who holds it with no start date given', () => {
    const { result, req, total } = credentialProgress(texasLpc, facts(true, null));
    expect(total?.counted).toBe(13);
    expect(req.met).toBe(true);
    expect(result.rejected).toEqual([]);
  });

  it('counts but does not check hours whose supervisor has not said (met is null, never assumed)', () => {
    for (const supervisors of [facts(null, null), undefined]) {
      const { result, req, total } = credentialProgress(texasLpc, supervisors);
      expect(total?.counted).toBe(13);
      expect(req.met).toBeNull();
      expect(req.explanation).toContain('13 hours could not be checked');
      expect(result.rejected).toEqual([]);
    }
  });

  it('Texas LMFT: only supervision hours need the LMFT-S, so direct hours of the same supervisor count', () => {
    const { result, total } = credentialProgress(texasLmft, facts(true, '2025-06-01'));
    expect(total?.counted).toBe(12);
    expect(result.rejected.map((r) => r.entryId)).toEqual(['b']);
  });

  it('an unverified credential rule (one third-party site: Alaska LPC) is never applied', () => {
    const alaska = shippedRuleSet('US-AK:LPC');
    const { result, req } = credentialProgress(alaska, facts(false, null));
    expect(req.verified).toBe(false);
    expect(req.met).toBeNull();
    expect(result.rejected.filter((r) => r.reason.includes('supervis'))).toEqual([]);
  });
});
