import { describe, expect, it } from 'vitest';
import type { RuleSet } from '../../contracts/licensure.js';
import { buildExclusions, type LoggedEntry } from './entry-rules.js';
import { measureLog } from './measure-log.js';
import { inspectPdf } from './pdf-text.js';
import { buildVerificationSummaryPdf } from './verification-summary.js';

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
    { id: 'total-hours', kind: 'total-hours', label: 'Total supervised hours', verified: true, hours: 10 },
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

describe('buildVerificationSummaryPdf', () => {
  it('lays out totals, supervisors, per-requirement progress and the rules used, and reads back', () => {
    const measure = (basis: 'logged' | 'verified') =>
      measureLog(ruleSet, log, { asOf: '2026-01-31', excluded: buildExclusions(log, agreements, basis) });
    const bytes = buildVerificationSummaryPdf({
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
        },
      ],
    });
    const pdf = inspectPdf(bytes);
    expect(pdf.problems).toEqual([]);
    const lines = pdf.pages.flat();
    expect(lines).toContain('Trainee: Tomás Núñez');
    expect(lines).toContain('Rule set: US-ZZ:TEST version 7 (Test counselor, Testland); rules checked 2026-01-01.');
    expect(lines).toContain('Source of the rules: Testland Code § 1 (“the rules”)');
    // Per requirement: required, counted from logged hours, counted from verified hours, status.
    const at = lines.indexOf('Direct client contact hours');
    expect(lines.slice(at, at + 5)).toEqual([
      'Direct client contact hours',
      '6 hours',
      '4 hours',
      '4 hours',
      'not yet',
    ]);
    const total = lines.indexOf('Total supervised hours');
    expect(lines.slice(total, total + 5)).toEqual([
      'Total supervised hours',
      '10 hours',
      '6 hours',
      '4 hours',
      'not yet',
    ]);
    expect(lines).toContain('not verified');
    expect(lines).toContain('before the supervision agreement with Dr. Ortiz started on 2026-01-01');
    expect(lines.at(-1)).toBe('Page 1 of 1');
  });
});
