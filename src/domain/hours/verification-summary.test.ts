import { describe, expect, it } from 'vitest';
import type { RuleSet } from '#contracts/licensure.js';
import { buildExclusions, type LoggedEntry } from './entry-rules.js';
import { measureLog } from './measure-log.js';
import { describeVerificationSummary } from './verification-summary.js';

const ruleSet: RuleSet = {
  id: 'US-ZZ:TEST',
  jurisdiction: 'US-ZZ',
  jurisdictionName: 'Testland',
  license: 'TEST',
  title: 'Test counselor',
  careers: [],
  minDegree: { level: null, text: 'any' },
  exams: [],
  requirements: [
    {
      id: 'total-hours',
      kind: 'total-hours',
      label: 'Total supervised hours',
      verified: true,
      hours: 10,
      sources: [
        {
          url: 'https://example.org/testland-code-1',
          title: 'Testland Code § 1',
          kind: 'statute',
          quote: 'ten hours of supervised experience',
          readOn: '2026-01-01',
          effectiveDate: '2025-07-01',
        },
      ],
    },
    {
      id: 'direct-hours',
      kind: 'category-hours',
      label: 'Direct client contact hours',
      verified: true,
      categories: ['direct'],
      hours: 6,
    },
    { id: 'supervision-hours', kind: 'supervision-hours', label: 'Supervision hours', verified: false },
  ],
  notes: [],
  source: 'Testland Code § 1 (“the rules”)',
  checkedDate: '2026-01-01',
  version: 7,
};

const log: LoggedEntry[] = [
  { id: 'a', date: '2026-01-05', hours: 4, category: 'direct', status: 'verified', supervisionId: 's' },
  { id: 'b', date: '2026-01-06', hours: 2, category: 'indirect', status: 'unverified', supervisionId: 's' },
  { id: 'c', date: '2025-12-01', hours: 3, category: 'direct', status: 'verified', supervisionId: 's' },
];
const agreements = new Map([
  ['s', { id: 's', supervisorName: 'Dr. Ortiz', startDate: '2026-01-01', endDate: null, license: null }],
]);

describe('describeVerificationSummary', () => {
  it('says totals, supervisors, per-requirement progress and the rules used', () => {
    const measure = (basis: 'logged' | 'verified') =>
      measureLog(ruleSet, log, { asOf: '2026-01-31', excluded: buildExclusions(log, agreements, basis) });
    const doc = describeVerificationSummary({
      traineeName: 'Tomás Núñez',
      generatedOn: '2026-02-01',
      ruleSet: {
        id: ruleSet.id,
        version: 7,
        title: ruleSet.title,
        jurisdictionName: 'Testland',
        source: ruleSet.source,
        checkedDate: '2026-01-01',
      },
      asOf: '2026-01-31',
      logged: measure('logged'),
      verified: measure('verified'),
      totals: {
        entries: 3,
        hours: 9,
        firstDate: '2025-12-01',
        lastDate: '2026-01-06',
        byCategory: { direct: 7, indirect: 2, 'supervision-individual': 0, 'supervision-group': 0 },
        verifiedByCategory: { direct: 7, indirect: 0, 'supervision-individual': 0, 'supervision-group': 0 },
      },
      byStatus: {
        verified: { entries: 2, hours: 7 },
        unverified: { entries: 1, hours: 2 },
        returned: { entries: 0, hours: 0 },
      },
      supervisors: [
        {
          name: 'Dr. Ortiz',
          license: null,
          agreement: 'from 2026-01-01',
          status: 'active',
          logged: 9,
          verified: 7,
          waiting: 2,
          licenseDetail: {
            licenseType: 'LPC-S',
            licenseNumber: '777',
            licenseJurisdiction: 'US-ZZ',
            licenseExpires: '2027-06-30',
            licenseValidFrom: '2020-01-01',
          },
        },
      ],
      rules: ruleSet,
      degreeDate: null,
      entries: log.map((e) => ({ ...e, supervisor: 'Dr. Ortiz' })),
    });
    const paragraphs = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    const rows = doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
    const row = (label: string) => rows.find((r) => r[0] === label);
    expect(doc.blocks[0]).toEqual({ kind: 'title', text: 'Supervised hours verification summary' });
    expect(paragraphs).toContain('Trainee: Tomás Núñez');
    // Issue 18, item 10: one unverified requirement (supervision hours) reads "1 requirement", not "requirement(s)".
    expect(paragraphs).toContain(
      '1 requirement of this rule set has no verified figure and is not counted as met or unmet.',
    );
    expect(paragraphs).toContain(
      'Rule set: US-ZZ:TEST version 7 (Test counselor, Testland); rules checked 2026-01-01.',
    );
    expect(paragraphs).toContain('Source of the rules: Testland Code § 1 (“the rules”)');
    // Per requirement: required, counted from logged hours, counted from verified hours, status.
    expect(row('Direct client contact hours')).toEqual([
      'Direct client contact hours',
      '6 hours',
      '4 hours',
      '4 hours',
      'not yet',
    ]);
    expect(row('Total supervised hours')).toEqual([
      'Total supervised hours',
      '10 hours',
      '6 hours',
      '4 hours',
      'not yet',
    ]);
    expect(row('Supervision hours')?.[1]).toBe('not verified');
    expect(row('Verified by a supervisor')).toEqual(['Verified by a supervisor', '2', '7']);
    expect(row('Dr. Ortiz (active)')).toEqual(['Dr. Ortiz (active)', 'not recorded', 'from 2026-01-01', '9', '7', '2']);
    expect(rows.map((r) => r[0])).toContain('before the supervision agreement with Dr. Ortiz started on 2026-01-01');
    expect(doc.footer).toBe('Vocare verification summary - US-ZZ:TEST v7 - Tomás Núñez');
    // The attestation names the supervisor's license and leaves a line to sign and date.
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings.slice(-3)).toEqual([
      'Supervisor attestation',
      'Appendix A: the rules and their sources',
      'Appendix B: counted entries',
    ]);
    expect(paragraphs.some((p) => p.startsWith('I attest that Tomás Núñez performed the hours marked verified'))).toBe(
      true,
    );
    expect(paragraphs).toContain('Supervisor: Dr. Ortiz');
    expect(paragraphs).toContain(
      'License: LPC-S, number 777, jurisdiction US-ZZ, valid from 2020-01-01, expires 2027-06-30',
    );
    expect(paragraphs.filter((p) => p.startsWith('Signature: ____'))).toHaveLength(1);
    // Appendix A: each rule with its address, quotation, date read and effective date.
    expect(row('Total supervised hours: 10 hours')).toEqual([
      'Total supervised hours: 10 hours',
      'Testland Code § 1 (statute) https://example.org/testland-code-1',
      'ten hours of supervised experience',
      '2026-01-01',
      '2025-07-01',
    ]);
    expect(row('Supervision hours: not verified')?.[1]).toBe('no source read states this figure');
    // Appendix B: the two entries that count (c is before the agreement), oldest first.
    expect(rows.filter((r) => r[4] === 'verified' || r[4] === 'unverified')).toEqual([
      ['2026-01-05', 'Direct client contact', '4', 'Dr. Ortiz', 'verified'],
      ['2026-01-06', 'Indirect', '2', 'Dr. Ortiz', 'unverified'],
    ]);
  });

  it('says nothing is verified yet, not "every verified requirement is met", when no requirement is verified', () => {
    // As US-AL:Psychologist ships: every requirement is still "not verified".
    const noneVerified: RuleSet = {
      ...ruleSet,
      requirements: ruleSet.requirements.map((r) => ({ ...r, verified: false }) as RuleSet['requirements'][number]),
    };
    const measure = (basis: 'logged' | 'verified') =>
      measureLog(noneVerified, log, { asOf: '2026-01-31', excluded: buildExclusions(log, agreements, basis) });
    const doc = describeVerificationSummary({
      traineeName: 'Tomás Núñez',
      generatedOn: '2026-02-01',
      ruleSet: {
        id: ruleSet.id,
        version: 7,
        title: ruleSet.title,
        jurisdictionName: 'Testland',
        source: ruleSet.source,
        checkedDate: '2026-01-01',
      },
      asOf: '2026-01-31',
      logged: measure('logged'),
      verified: measure('verified'),
      totals: {
        entries: 3,
        hours: 9,
        firstDate: '2025-12-01',
        lastDate: '2026-01-06',
        byCategory: { direct: 7, indirect: 2, 'supervision-individual': 0, 'supervision-group': 0 },
        verifiedByCategory: { direct: 7, indirect: 0, 'supervision-individual': 0, 'supervision-group': 0 },
      },
      byStatus: {
        verified: { entries: 2, hours: 7 },
        unverified: { entries: 1, hours: 2 },
        returned: { entries: 0, hours: 0 },
      },
      supervisors: [
        {
          name: 'Dr. Ortiz',
          license: null,
          agreement: 'from 2026-01-01',
          status: 'active',
          logged: 9,
          verified: 7,
          waiting: 2,
          licenseDetail: {
            licenseType: 'LPC-S',
            licenseNumber: '777',
            licenseJurisdiction: 'US-ZZ',
            licenseExpires: '2027-06-30',
            licenseValidFrom: '2020-01-01',
          },
        },
      ],
      rules: noneVerified,
      degreeDate: null,
      entries: log.map((e) => ({ ...e, supervisor: 'Dr. Ortiz' })),
    });
    const paragraphs = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(paragraphs.some((p) => p.startsWith('No requirement of this rule set is verified by a source yet'))).toBe(
      true,
    );
    expect(paragraphs.join(' ')).not.toContain('Every verified requirement is met');
  });
});
