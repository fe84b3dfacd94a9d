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

/*
 * Credentials required for part of the hours, with the states' own words:
 * Maryland LCMFT, COMAR 10.58.08.05(A)(3)(d): "At least 80 percent of the requisite direct and indirect hours
 * included as supervised clinical experience hours shall be completed under the supervision of a Board-approved
 * marriage and family therapy supervisor who is a licensed clinical marriage and family therapist" (2,000 hours).
 * Minnesota LMFT, Minn. R. 5300.0155 subp. 3: "A minimum of 1,000 hours of clinical client contact supervised by a
 * board-approved, Minnesota-licensed marriage and family therapist supervisor", other hours by a licensed mental
 * health professional.
 */
describe('credential required for part of the hours', () => {
  const maryland = shippedRuleSet('US-MD:LCMFT');
  const minnesota = shippedRuleSet('US-MN:LMFT');
  const lcmft = { supervisorName: 'Dr. Okafor', holdsCredential: true, credentialFrom: null };
  const lcpc = { supervisorName: 'Ms. Lee', holdsCredential: false, credentialFrom: null };

  /** 1,000 direct + 1,000 indirect hours: `credentialedDirect` of the direct ones under the LCMFT, the rest not. */
  function marylandLog(credentialedDirect: number) {
    const entries: HourEntryForEvaluation[] = [];
    const supervisors = new Map<string, EntrySupervisorCredential>();
    for (let i = 0; i < 100; i++) {
      const date = new Date(Date.UTC(2024, 0, 1) + i * 7 * 86_400_000).toISOString().slice(0, 10);
      entries.push({ id: `d${i}`, date, hours: 10, category: 'direct' });
      entries.push({ id: `i${i}`, date, hours: 10, category: 'indirect' });
      supervisors.set(`d${i}`, i * 10 < credentialedDirect ? lcmft : lcpc);
      supervisors.set(`i${i}`, lcmft);
    }
    return { entries, supervisors };
  }

  it('ships the Maryland share verified from the code, on direct and indirect hours', () => {
    const req = maryland.requirements.find((r) => r.kind === 'supervisor-credential');
    expect(req).toMatchObject({ verified: true, minShare: 0.8, categories: ['direct', 'indirect'] });
    expect(req?.sources?.[0]?.quote).toContain('At least 80 percent of the requisite direct and indirect hours');
  });

  it('Maryland: hours of other supervisors count, and the rule is met once 80% of 2,000 hours had an LCMFT', () => {
    const under = marylandLog(500); // 1,500 of 2,000 hours under the LCMFT: 100 short of 1,600.
    const short = evaluateRules(maryland, under.entries, { supervisorCredentials: under.supervisors });
    const req = short.requirements.find((r) => r.kind === 'supervisor-credential');
    expect(short.requirements.find((r) => r.id === 'total-hours')?.counted).toBe(2000);
    expect(short.rejected).toEqual([]);
    expect(req).toMatchObject({ required: 1600, counted: 1500, met: false, remaining: 100 });
    expect(req?.explanation).toContain('500 hours of other supervisors count within the rest');
    expect(short.unmet).toContain(req?.id);

    const enough = marylandLog(600);
    const met = evaluateRules(maryland, enough.entries, { supervisorCredentials: enough.supervisors });
    expect(met.requirements.find((r) => r.kind === 'supervisor-credential')).toMatchObject({
      counted: 1600,
      met: true,
    });
  });

  it('Maryland: hours whose supervisor has not said may still make up the share, so the answer is open (null)', () => {
    const { entries } = marylandLog(0);
    const result = evaluateRules(maryland, entries, {});
    expect(result.requirements.find((r) => r.kind === 'supervisor-credential')).toMatchObject({
      counted: 0,
      required: 1600,
      met: null,
    });
  });

  it('Minnesota: only client-contact hours need the board-approved supervisor; other hours of the same person count', () => {
    const req = minnesota.requirements.find((r) => r.kind === 'supervisor-credential');
    expect(req).toMatchObject({ verified: true, categories: ['direct'] });
    expect(req?.sources?.some((s) => s.quote.includes('1,000 hours of clinical client contact supervised'))).toBe(true);
    const entries: HourEntryForEvaluation[] = [
      { id: 'a', date: '2025-03-03', hours: 6, category: 'direct' },
      { id: 'b', date: '2025-03-04', hours: 4, category: 'indirect' },
      { id: 'c', date: '2025-03-05', hours: 1, category: 'supervision-individual' },
    ];
    const notApproved = new Map(entries.map((e) => [e.id, lcpc]));
    const result = evaluateRules(minnesota, entries, { supervisorCredentials: notApproved });
    expect(result.rejected.map((r) => [r.entryId, r.hours])).toEqual([['a', 6]]);
    expect(result.requirements.find((r) => r.id === 'total-hours')?.counted).toBe(5);
  });
});
