import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JURISDICTION_CODES } from './jurisdictions.js';
import {
  HourEntryForEvaluationSchema,
  isVerifiedBySources,
  type RuleSet,
  RuleSetListItemSchema,
  RuleSetSchema,
  type RuleSource,
} from './licensure.js';

const rulesFile: unknown = JSON.parse(
  readFileSync(new URL('../../data/licensure/rules.json', import.meta.url), 'utf8'),
);
const shipped = RuleSetSchema.array().parse(rulesFile);

function validRuleSet(): RuleSet {
  return {
    id: 'US-TX:LPC',
    jurisdiction: 'US-TX',
    jurisdictionName: 'Texas',
    license: 'LPC',
    title: 'Licensed Professional Counselor',
    careers: ['licensed-professional-counselor'],
    minDegree: { level: 'master', text: "Master's" },
    exams: ['NCE'],
    requirements: [
      { id: 'total-hours', kind: 'total-hours', label: 'Total', verified: true, hours: 3000 },
      {
        id: 'direct-hours',
        kind: 'category-hours',
        label: 'Direct',
        verified: true,
        categories: ['direct'],
        hours: 1500,
      },
      {
        id: 'supervision-hours',
        kind: 'supervision-hours',
        label: 'Supervision',
        verified: true,
        hours: 100,
        groupCap: 50,
      },
      { id: 'min-duration', kind: 'min-duration', label: 'Duration', verified: true, months: 18 },
      { id: 'weekly', kind: 'max-hours-per-week', label: 'Weekly', verified: true, hours: 40 },
      { id: 'window', kind: 'window', label: 'Window', verified: true, months: 72 },
    ],
    notes: [],
    source: 'test',
    checkedDate: '2026-11-22',
    version: 1,
  };
}

/** Parses `input` expecting failure and returns its issues as "path: message" lines. */
function issuesOf(input: unknown): string[] {
  const result = RuleSetSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

function withRequirement(index: number, patch: Record<string, unknown>): unknown {
  const rs = validRuleSet();
  return { ...rs, requirements: rs.requirements.map((r, i) => (i === index ? { ...r, ...patch } : r)) };
}

describe('data/licensure/rules.json', () => {
  it('round-trips every rule set through RuleSetSchema unchanged', () => {
    expect(Array.isArray(rulesFile)).toBe(true);
    for (const raw of rulesFile as unknown[]) {
      const parsed = RuleSetSchema.parse(raw);
      expect(parsed).toEqual(raw);
      expect(RuleSetSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
    }
  });

  it('has the four licenses for every state and DC (plus the kept Illinois LPC), with unique ids', () => {
    expect(shipped).toHaveLength(205);
    expect(new Set(shipped.map((r) => r.id)).size).toBe(205);
    expect([...new Set(shipped.map((r) => r.jurisdiction))].sort()).toEqual([...JURISDICTION_CODES].sort());
    for (const code of JURISDICTION_CODES) {
      const families = shipped.filter((r) => r.jurisdiction === code && r.id !== 'US-IL:LPC').map((r) => r.family);
      expect(families.sort()).toEqual(['counselor', 'mft', 'psychology', 'social-work']);
    }
    // The 18 ids of the first release are still there, so logs and plans measured against them still evaluate.
    for (const id of [
      'US-TX:LPC',
      'US-TX:LMFT',
      'US-TX:LCSW',
      'US-TX:Psychologist',
      'US-CA:LMFT',
      'US-CA:LPCC',
      'US-CA:LCSW',
      'US-CA:Psychologist',
      'US-FL:LMHC',
      'US-FL:Psychologist',
      'US-NY:LMHC',
      'US-NY:LMFT',
      'US-NY:LCSW',
      'US-NY:Psychologist',
      'US-IL:LPC',
      'US-IL:LCPC',
      'US-IL:LCSW',
      'US-IL:Clinical-Psychologist',
    ]) {
      expect(shipped.some((r) => r.id === id)).toBe(true);
    }
  });

  it('marks missing figures as not verified rather than filling them in', () => {
    const byId = new Map(shipped.map((r) => [r.id, r]));
    const supervision = byId.get('US-TX:LPC')?.requirements.find((r) => r.id === 'supervision-hours');
    expect(supervision).toEqual({
      id: 'supervision-hours',
      kind: 'supervision-hours',
      label: 'Supervision hours',
      verified: false,
    });
    expect(byId.get('US-IL:LPC')?.requirements.every((r) => !r.verified)).toBe(true);
    expect(byId.get('US-GA:LMFT')?.exams).toBeNull();
    for (const rs of shipped) {
      for (const req of rs.requirements) {
        const hasTarget =
          ('hours' in req && req.hours !== undefined) ||
          ('months' in req && req.months !== undefined) ||
          ('credential' in req && req.credential !== undefined);
        expect(hasTarget).toBe(req.verified);
      }
    }
  });

  it('verifies a figure only from its sources: official text, or two third-party sites that agree', () => {
    let singleThirdParty = 0;
    for (const rs of shipped) {
      for (const req of rs.requirements) {
        if (req.verified) {
          expect(req.sources?.length, `${rs.id} ${req.id}`).toBeGreaterThan(0);
          expect(isVerifiedBySources(req.sources ?? []), `${rs.id} ${req.id}`).toBe(true);
        } else if (req.sources !== undefined && rs.effectiveFrom !== undefined && req.note?.startsWith('Changed by')) {
          // A figure a change of law amended without a new value read cites the amendment and is not applied.
          expect(req.note, `${rs.id} ${req.id}`).toContain(`in force from ${rs.effectiveFrom}`);
          expect(req.note).toContain('not verified');
        } else if (req.sources !== undefined) {
          // A figure found only on one third-party site keeps its quotation but is not applied, and says why.
          expect(isVerifiedBySources(req.sources), `${rs.id} ${req.id}`).toBe(false);
          expect(req.note).toContain('not verified');
          singleThirdParty++;
        }
        for (const s of req.sources ?? []) expect(s.quote.length).toBeGreaterThan(0);
      }
    }
    expect(singleThirdParty).toBeGreaterThan(0);
  });

  it('third-party sources alone verify only when two different sites agree', () => {
    const source = (url: string, kind: RuleSource['kind'] = 'third-party'): RuleSource => ({
      url,
      title: 't',
      kind,
      quote: 'q',
      readOn: '2026-12-04',
    });
    expect(isVerifiedBySources([source('https://a.example/x')])).toBe(false);
    expect(isVerifiedBySources([source('https://a.example/x'), source('https://www.a.example/y')])).toBe(false);
    expect(isVerifiedBySources([source('https://a.example/x'), source('https://b.example/y')])).toBe(true);
    expect(isVerifiedBySources([source('https://law.example/x', 'statute')])).toBe(true);
    expect(isVerifiedBySources([])).toBe(false);
  });

  it('names the board of every rule set with a web address where one was found', () => {
    const withBoard = shipped.filter((r) => r.board !== undefined);
    expect(withBoard.length).toBe(205);
    expect(shipped.find((r) => r.id === 'US-OH:LPCC')?.intermediate?.[0]?.license).toBe('LPC');
  });

  it('carries a source, a checked date and career ids on every rule set', () => {
    for (const rs of shipped) {
      expect(rs.source.length).toBeGreaterThan(10);
      expect(rs.checkedDate).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(rs.careers.length).toBeGreaterThan(0);
    }
  });
});

describe('RuleSetSchema refuses bad rule sets, naming the field', () => {
  it('accepts the valid fixture', () => {
    expect(RuleSetSchema.safeParse(validRuleSet()).success).toBe(true);
  });

  it.each([
    [0, { hours: -5 }, 'requirements.0.hours: hours must be greater than 0'],
    [0, { hours: 0 }, 'requirements.0.hours: hours must be greater than 0'],
    [0, { hours: 30_000 }, 'requirements.0.hours: hours must be at most 20000 hours'],
    [0, { hours: 10.1 }, 'requirements.0.hours: hours must be a multiple of a quarter hour'],
    [0, { hours: '3000' }, 'requirements.0.hours: hours must be a number of hours'],
    [2, { groupCap: -1 }, 'requirements.2.groupCap: groupCap must not be negative'],
    [3, { months: 0 }, 'requirements.3.months: months must be greater than 0'],
    [3, { months: 300 }, 'requirements.3.months: months must be at most 240 months'],
    [3, { months: 1.5 }, 'requirements.3.months: months must be a whole number of months'],
    [4, { hours: 200 }, 'requirements.4.hours: hours must be at most 168 (hours in a week)'],
    [5, { months: -1 }, 'requirements.5.months: months must be greater than 0'],
    [1, { categories: [] }, 'requirements.1.categories: categories must name at least one hour category'],
    [1, { categories: ['direct', 'direct'] }, 'requirements.1.categories: categories must not repeat a category'],
    [0, { hours: undefined }, 'requirements.0.hours: hours is required when verified is true'],
    [
      0,
      { verified: false },
      'requirements.0.hours: hours must be left out when verified is false (an unverified requirement has no target)',
    ],
    [1, { hours: 3500 }, 'requirements.1.hours: hours (3500) must not exceed the total-hours requirement (3000)'],
    [0, { id: 'Total Hours' }, 'requirements.0.id: id must be lower-case kebab-case (e.g. direct-hours)'],
    [0, { extra: 1 }, 'requirements.0: Unrecognized key: "extra"'],
  ])('requirements[%i] patched with %o', (index, patch, expected) => {
    expect(issuesOf(withRequirement(index, patch))).toContain(expected);
  });

  it('refuses an unknown hour category and an unknown kind', () => {
    expect(issuesOf(withRequirement(1, { categories: ['phone'] })).join('\n')).toMatch(
      /^requirements\.1\.categories\.0:/m,
    );
    expect(issuesOf(withRequirement(0, { kind: 'bonus-hours' })).join('\n')).toMatch(/^requirements\.0\.kind:/m);
  });

  it('refuses duplicate requirement ids and a second window', () => {
    const rs = validRuleSet();
    const dup = { ...rs, requirements: [...rs.requirements, { ...rs.requirements[0], label: 'Again' }] };
    expect(issuesOf(dup)).toContain('requirements.6.id: id "total-hours" is already used by requirements[0]');
    const windows = {
      ...rs,
      requirements: [...rs.requirements, { id: 'window-2', kind: 'window', label: 'W', verified: true, months: 12 }],
    };
    expect(issuesOf(windows)).toContain(
      'requirements.6.kind: kind "window" may appear only once (already at requirements[5])',
    );
  });

  it('refuses rule-set level mistakes with the field named', () => {
    const rs = validRuleSet();
    expect(issuesOf({ ...rs, id: 'US-TX:LMFT' })).toContain('id: id must be "US-TX:LPC" (jurisdiction:license)');
    expect(issuesOf({ ...rs, jurisdiction: 'Texas', id: 'Texas:LPC' })).toContain(
      'jurisdiction: jurisdiction must be a code like US-TX (country, hyphen, region)',
    );
    expect(issuesOf({ ...rs, checkedDate: '2026-02-30' })).toContain(
      'checkedDate: checkedDate must be a real calendar date',
    );
    expect(issuesOf({ ...rs, checkedDate: 'last spring' })).toContain(
      'checkedDate: checkedDate must be YYYY-MM-DD (or YYYY-MM / YYYY when only that is known)',
    );
    expect(issuesOf({ ...rs, version: 0 })).toContain('version: version must be at least 1');
    expect(issuesOf({ ...rs, minDegree: { level: 'phd', text: 'x' } }).join('\n')).toMatch(/^minDegree\.level:/m);
    expect(issuesOf({ ...rs, source: ' ' })).toContain('source: source must not be empty');
    expect(issuesOf({ ...rs, surprise: true })).toContain(': Unrecognized key: "surprise"');
  });

  it('accepts a partial checked date (month or year only)', () => {
    expect(RuleSetSchema.safeParse({ ...validRuleSet(), checkedDate: '2024-09' }).success).toBe(true);
    expect(RuleSetSchema.safeParse({ ...validRuleSet(), checkedDate: '2018' }).success).toBe(true);
  });
});

describe('RuleSetListItemSchema', () => {
  it('describes a list row built from a rule set', () => {
    const rs = validRuleSet();
    const item = {
      id: rs.id,
      jurisdiction: rs.jurisdiction,
      jurisdictionName: rs.jurisdictionName,
      license: rs.license,
      title: rs.title,
      careers: rs.careers,
      checkedDate: rs.checkedDate,
      version: rs.version,
      requirementCount: rs.requirements.length,
      unverifiedCount: 0,
    };
    expect(RuleSetListItemSchema.parse(item)).toEqual(item);
  });
});

describe('HourEntryForEvaluationSchema', () => {
  const entry = { id: 'e1', date: '2024-02-29', hours: 1.75, category: 'direct' };

  it('accepts a quarter-hour entry on a real date', () => {
    expect(HourEntryForEvaluationSchema.parse(entry)).toEqual(entry);
  });

  it.each([
    [{ hours: 0 }, 'hours: hours must be greater than 0'],
    [{ hours: -1 }, 'hours: hours must be greater than 0'],
    [{ hours: 24.25 }, 'hours: hours must be at most 24 (hours in a day)'],
    [{ hours: 1.1 }, 'hours: hours must be a multiple of a quarter hour'],
    [{ date: '2023-02-29' }, 'date: date must be a real calendar date'],
    [{ date: '29/02/2024' }, 'date: date must be in YYYY-MM-DD format'],
    [{ id: '' }, 'id: id must not be empty'],
  ])('refuses %o', (patch, expected) => {
    const result = HourEntryForEvaluationSchema.safeParse({ ...entry, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain(expected);
  });
});
