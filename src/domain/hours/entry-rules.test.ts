import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RuleSet } from '#contracts/licensure.js';
import { evaluateRules } from '../licensure/evaluate-rules.js';
import { type AgreementFacts, buildExclusions, exclusionOf, type LoggedEntry, warnEntries } from './entry-rules.js';

const agreement: AgreementFacts = {
  id: 'a1',
  supervisorName: 'Dr. Sam',
  startDate: '2026-01-05',
  endDate: '2026-06-30',
  license: { licenseType: 'LPC-S', licenseNumber: '12345', licenseJurisdiction: 'US-TX', licenseExpires: '2026-03-31' },
};
const agreements = new Map([[agreement.id, agreement]]);

function entry(id: string, date: string, hours: number, extra: Partial<LoggedEntry> = {}): LoggedEntry {
  return { id, date, hours, category: 'direct', status: 'unverified', supervisionId: 'a1', ...extra };
}

const ruleSet: RuleSet = {
  id: 'US-ZZ:TEST',
  jurisdiction: 'US-ZZ',
  jurisdictionName: 'Testland',
  license: 'TEST',
  title: 'Test license',
  careers: [],
  minDegree: { level: null, text: 'any' },
  exams: [],
  requirements: [
    { id: 'total-hours', kind: 'total-hours', label: 'Total hours', verified: true, hours: 100 },
    {
      id: 'supervision-hours',
      kind: 'supervision-hours',
      label: 'Supervision hours',
      verified: true,
      hours: 20,
      groupCap: 4,
    },
    { id: 'weekly', kind: 'max-hours-per-week', label: 'Maximum hours per week', verified: true, hours: 10 },
  ],
  notes: [],
  source: 'test',
  checkedDate: '2026-01-01',
  version: 3,
};

describe('exclusionOf', () => {
  it('names the agreement start, end, a lapsed license and a return, in that order of precedence', () => {
    expect(exclusionOf(entry('x', '2026-01-04', 1), agreement)?.rule).toBe('before-agreement-start');
    expect(exclusionOf(entry('x', '2026-01-04', 1), agreement)?.message).toBe(
      'before the supervision agreement with Dr. Sam started on 2026-01-05',
    );
    expect(exclusionOf(entry('x', '2026-07-01', 1), agreement)?.rule).toBe('after-agreement-end');
    expect(exclusionOf(entry('x', '2026-04-01', 1), agreement)?.message).toBe(
      "while Dr. Sam's license had lapsed (LPC-S 12345, US-TX, expired 2026-03-31)",
    );
    expect(exclusionOf(entry('x', '2026-03-31', 1), agreement)).toBeNull();
    expect(
      exclusionOf(entry('x', '2026-02-01', 1, { status: 'returned', returnComment: 'wrong date' }), agreement)?.message,
    ).toBe('returned by Dr. Sam for correction: "wrong date"');
    expect(exclusionOf(entry('x', '2020-01-01', 1), null)).toBeNull();
  });

  it('checks the license as it stood on each entry date: not before its valid-from date', () => {
    const renewed: AgreementFacts = {
      ...agreement,
      startDate: '2025-06-01',
      license: { ...(agreement.license as NonNullable<AgreementFacts['license']>), licenseValidFrom: '2026-02-01' },
    };
    expect(exclusionOf(entry('x', '2026-01-31', 1), renewed)).toEqual({
      rule: 'supervisor-license-not-yet-valid',
      message: "before Dr. Sam's license was valid (LPC-S 12345, US-TX, valid from 2026-02-01)",
    });
    expect(exclusionOf(entry('x', '2026-02-01', 1), renewed)).toBeNull();
    expect(exclusionOf(entry('x', '2026-03-31', 1), renewed)).toBeNull();
    expect(exclusionOf(entry('x', '2026-04-01', 1), renewed)?.rule).toBe('supervisor-license-lapsed');
    const log = [entry('early', '2026-01-20', 3), entry('ok', '2026-02-10', 2), entry('late', '2026-04-02', 1)];
    const excluded = buildExclusions(log, new Map([[renewed.id, renewed]]));
    const result = evaluateRules(ruleSet, log, { excluded });
    expect(result.requirements.find((r) => r.id === 'total-hours')?.counted).toBe(2);
    expect(result.rejected.map((r) => [r.entryId, r.reason])).toEqual([
      ['early', "before Dr. Sam's license was valid (LPC-S 12345, US-TX, valid from 2026-02-01)"],
      ['late', "while Dr. Sam's license had lapsed (LPC-S 12345, US-TX, expired 2026-03-31)"],
    ]);
  });
});

describe('buildExclusions', () => {
  it('feeds the evaluator, which then counts none of those hours and says why', () => {
    const log = [
      entry('a', '2026-01-04', 2),
      entry('b', '2026-01-06', 3),
      entry('c', '2026-01-07', 4, { status: 'verified' }),
    ];
    const excluded = buildExclusions(log, agreements);
    const result = evaluateRules(ruleSet, log, { asOf: '2026-01-31', excluded });
    expect(result.requirements.find((r) => r.id === 'total-hours')?.counted).toBe(7);
    expect(result.rejected).toEqual([
      {
        entryId: 'a',
        hours: 2,
        reason: 'before the supervision agreement with Dr. Sam started on 2026-01-05',
        requirementIds: null,
      },
    ]);
    const verifiedOnly = buildExclusions(log, agreements, 'verified');
    expect(verifiedOnly.get('b')).toBe('not verified by a supervisor yet');
    expect(evaluateRules(ruleSet, log, { asOf: '2026-01-31', excluded: verifiedOnly }).requirements[0]?.counted).toBe(
      4,
    );
  });
});

describe('warnEntries', () => {
  it('warns when an entry is made before the agreement starts, naming the rule', () => {
    const [w] = warnEntries([entry('n', '2026-01-02', 1)], [], agreements, null);
    expect(w).toEqual([
      {
        rule: 'before-agreement-start',
        message: 'These hours will not count: before the supervision agreement with Dr. Sam started on 2026-01-05.',
        ruleSetId: null,
        requirementId: null,
      },
    ]);
  });

  it('warns when a week goes over the weekly limit, counting only hours that count', () => {
    const existing = [entry('e1', '2026-01-12', 6), entry('e2', '2026-01-13', 3), entry('early', '2026-01-04', 8)];
    const [w] = warnEntries([entry('n', '2026-01-18', 2)], existing, agreements, ruleSet);
    expect(w).toEqual([
      {
        rule: 'weekly-limit',
        message:
          'The week of 2026-01-12 to 2026-01-18 has 11 hours; US-ZZ:TEST counts at most 10 hours a week (rule "Maximum hours per week"), so 1 of them will not count.',
        ruleSetId: 'US-ZZ:TEST',
        requirementId: 'weekly',
      },
    ]);
    // The same entry in a quiet week: no warning. An entry replacing itself is not counted twice.
    expect(warnEntries([entry('n', '2026-01-19', 2)], existing, agreements, ruleSet)).toEqual([[]]);
    expect(warnEntries([entry('e1', '2026-01-12', 7)], existing, agreements, ruleSet)).toEqual([[]]);
  });

  it('warns about group supervision beyond the cap, filling the cap in date order across a batch', () => {
    const group = (id: string, date: string, hours: number) =>
      entry(id, date, hours, { category: 'supervision-group' });
    const warnings = warnEntries(
      [group('b', '2026-02-10', 2), group('a', '2026-02-03', 1)],
      [group('old', '2026-01-20', 2)],
      agreements,
      ruleSet,
    );
    expect(warnings[1]).toEqual([]);
    expect(warnings[0]).toEqual([
      {
        rule: 'group-supervision-cap',
        message:
          'Group supervision would total 5 hours; US-ZZ:TEST counts at most 4 hours of group supervision (rule "Supervision hours"), so 1 of these hours will not count.',
        ruleSetId: 'US-ZZ:TEST',
        requirementId: 'supervision-hours',
      },
    ]);
    // What the warning said is what the evaluator does.
    const log = [group('old', '2026-01-20', 2), group('a', '2026-02-03', 1), group('b', '2026-02-10', 2)];
    const result = evaluateRules(ruleSet, log, { asOf: '2026-02-28' });
    expect(result.requirements.find((r) => r.id === 'supervision-hours')?.counted).toBe(4);
  });
});

/*
 * The supervisor credential at logging time, with shipped rule sets: Texas LPC requires the LPC-S for every hour
 * (22 TAC 681.91), Minnesota LMFT the board-approved supervisor for clinical client contact only (Minn. R.
 * 5300.0155), Maryland LCMFT for at least 80 percent of the direct and indirect hours (COMAR 10.58.08.05).
 */
describe('warnEntries: the supervisor credential on the date of the hour', () => {
  const shipped = JSON.parse(
    readFileSync(new URL('../../../data/licensure/rules.json', import.meta.url), 'utf8'),
  ) as RuleSet[];
  const rules = (id: string) => {
    const found = shipped.find((r) => r.id === id);
    if (!found) throw new Error(`no shipped rule set ${id}`);
    return found;
  };
  const withCredential = (holds: boolean | null, from: string | null = null) =>
    new Map([
      [
        'a1',
        {
          ...agreement,
          license: {
            licenseType: 'LPC',
            licenseNumber: '12345',
            licenseJurisdiction: 'US-TX',
            licenseExpires: '2027-03-31',
            holdsSupervisorCredential: holds,
            supervisorCredentialFrom: from,
          },
        },
      ],
    ]);

  it('Texas LPC: says the hours will not count before the supervisor held the LPC-S, and nothing after', () => {
    const [before] = warnEntries(
      [entry('n', '2026-02-02', 3)],
      [],
      withCredential(true, '2026-03-01'),
      rules('US-TX:LPC'),
    );
    expect(before).toEqual([
      {
        rule: 'supervisor-credential',
        message:
          'These hours will not count: Dr. Sam held the Licensed Professional Counselor Supervisor (LPC-S) only from 2026-03-01, after 2026-02-02, which the rules require of the supervisor on the date of the hour.',
        ruleSetId: 'US-TX:LPC',
        requirementId: 'supervisor-credential',
      },
    ]);
    expect(
      warnEntries([entry('n', '2026-03-02', 3)], [], withCredential(true, '2026-03-01'), rules('US-TX:LPC')),
    ).toEqual([[]]);
    const [never] = warnEntries([entry('n', '2026-03-02', 3)], [], withCredential(false), rules('US-TX:LPC'));
    expect(never?.[0]?.message).toContain(
      'Dr. Sam has recorded that they do not hold the Licensed Professional Counselor Supervisor',
    );
    // Not said: nothing to warn about at logging time (progress reports such hours as not checked).
    expect(warnEntries([entry('n', '2026-03-02', 3)], [], withCredential(null), rules('US-TX:LPC'))).toEqual([[]]);
  });

  it('Minnesota LMFT: warns for client contact only; indirect hours of the same supervisor count', () => {
    const mn = rules('US-MN:LMFT');
    const [direct, indirect] = warnEntries(
      [entry('d', '2026-02-02', 3), entry('i', '2026-02-02', 2, { category: 'indirect' })],
      [],
      withCredential(false),
      mn,
    );
    expect(direct?.map((w) => w.rule)).toEqual(['supervisor-credential']);
    expect(direct?.[0]?.message).toContain('Board-approved LMFT supervisor status');
    expect(indirect).toEqual([]);
  });

  it('Maryland LCMFT: the hours count, and the warning names the 80% share', () => {
    const [w] = warnEntries([entry('n', '2026-02-02', 3)], [], withCredential(false), rules('US-MD:LCMFT'));
    expect(w?.[0]?.message).toMatch(
      /^Dr\. Sam has recorded that they do not hold the .*: these hours count, but at least 80% of the hours must be supervised by someone who held it on the date of the hour\.$/,
    );
  });
});
