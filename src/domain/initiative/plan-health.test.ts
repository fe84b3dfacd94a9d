import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '#contracts/initiative.js';
import { budgetTotals, checkLineOfSight, indicatorTrend, planHealth } from './plan-health.js';
import { nextItemId, planFromTemplate } from './templates.js';

function plan(overrides: (p: PlanDocument) => void = () => {}): PlanDocument {
  const p = planFromTemplate('blank');
  p.model.activities = [
    { id: 'a1', text: 'Train tutors' },
    { id: 'a2', text: 'Hold sessions' },
  ];
  p.model.outputs = [{ id: 'o1', text: 'Sessions held', kind: 'output' }];
  p.model.outcomes = [
    { id: 'c1', text: 'Pupils read better', term: 'short' },
    { id: 'c2', text: 'Pupils stay in school', term: 'long' },
  ];
  p.model.links = [
    { from: 'a1', to: 'o1' },
    { from: 'a2', to: 'o1' },
    { from: 'o1', to: 'c1' },
    { from: 'c1', to: 'c2' },
  ];
  overrides(p);
  return p;
}

describe('line of sight', () => {
  it('follows activity -> output -> outcome -> outcome chains', () => {
    expect(checkLineOfSight(plan().model)).toEqual({
      outcomesWithoutActivity: [],
      activitiesLeadingNowhere: [],
      outputsWithoutActivity: [],
    });
  });

  it('finds an outcome no activity leads to, and an activity leading nowhere', () => {
    const p = plan((x) => {
      x.model.links = [
        { from: 'a1', to: 'o1' },
        { from: 'o1', to: 'c1' },
      ];
    });
    expect(checkLineOfSight(p.model)).toEqual({
      outcomesWithoutActivity: ['c2'],
      activitiesLeadingNowhere: ['a2'],
      outputsWithoutActivity: [],
    });
  });

  it('an output alone does not give an outcome line of sight: some activity must produce it', () => {
    const p = plan((x) => {
      x.model.links = [{ from: 'o1', to: 'c1' }];
    });
    const sight = checkLineOfSight(p.model);
    expect(sight.outcomesWithoutActivity).toEqual(['c1', 'c2']);
    expect(sight.outputsWithoutActivity).toEqual(['o1']);
    expect(sight.activitiesLeadingNowhere).toEqual(['a1', 'a2']);
  });

  it('a direct activity -> outcome link counts, and cycles do not hang', () => {
    const p = plan((x) => {
      x.model.links = [
        { from: 'a1', to: 'c2' },
        { from: 'c2', to: 'c1' },
        { from: 'c1', to: 'c2' },
        { from: 'a2', to: 'c1' },
      ];
    });
    expect(checkLineOfSight(p.model).outcomesWithoutActivity).toEqual([]);
  });
});

describe('plan health', () => {
  it('asks for an indicator per outcome and a dated, owned milestone per activity', () => {
    const health = planHealth(plan());
    const codes = health.findings.map((f) => `${f.code}:${f.itemId}`);
    expect(codes).toEqual([
      'outcome-without-indicator:c1',
      'outcome-without-indicator:c2',
      'activity-without-milestone:a1',
      'activity-without-milestone:a2',
    ]);
    expect(health.ok).toBe(false);
  });

  it('is healthy when both are there, and warns about a milestone without a date or owner', () => {
    const p = plan((x) => {
      x.indicators = ['c1', 'c2'].map((outcomeId, i) => ({
        id: `i${i}`,
        outcomeId,
        measure: 'Reading level',
        unit: '',
        baseline: 1,
        target: 3,
        source: 'School',
        frequency: 'monthly',
      }));
      x.milestones = [
        {
          id: 'm1',
          title: 'Ten tutors',
          activityId: 'a1',
          dueDate: '2027-01-10',
          owner: 'Dana',
          status: 'not-started',
        },
        { id: 'm2', title: 'First session', activityId: 'a2', dueDate: '2027-02-01', owner: 'Ōta', status: 'done' },
        { id: 'm3', title: 'Later', activityId: 'a2', dueDate: null, owner: '', status: 'not-started' },
      ];
    });
    const health = planHealth(p);
    expect(health.ok).toBe(true);
    expect(health.findings.map((f) => f.code)).toEqual(['milestone-without-date', 'milestone-without-owner']);
  });

  it('a milestone without owner does not satisfy its activity', () => {
    const p = plan((x) => {
      x.milestones = [
        { id: 'm1', title: 'Ten tutors', activityId: 'a1', dueDate: '2027-01-10', owner: '', status: 'not-started' },
      ];
    });
    const finding = planHealth(p).findings.find((f) => f.itemId === 'a1');
    expect(finding?.message).toContain('no milestone with both a date and an owner');
  });

  it('reports links and references to items that do not exist, and duplicate ids', () => {
    const p = plan((x) => {
      x.model.links.push({ from: 'a1', to: 'ghost' });
      x.indicators = [
        {
          id: 'a1',
          outcomeId: 'nope',
          measure: 'x',
          unit: '',
          baseline: null,
          target: null,
          source: '',
          frequency: 'once',
        },
      ];
    });
    const codes = planHealth(p).findings.map((f) => f.code);
    expect(codes).toContain('unknown-reference');
    expect(codes).toContain('duplicate-id');
  });

  it('the community template starts with findings to resolve', () => {
    const health = planHealth(planFromTemplate('community'));
    expect(health.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['outcome-without-activity', 'activity-leads-nowhere', 'outcome-without-indicator']),
    );
  });
});

describe('trends and totals', () => {
  const indicator = {
    id: 'i1',
    outcomeId: 'c1',
    measure: 'Families served',
    unit: '',
    baseline: 10,
    target: 50,
    source: '',
    frequency: 'monthly' as const,
  };

  it('orders check-ins by date and says which way an indicator moves and whether toward the target', () => {
    const p = plan((x) => {
      x.indicators = [indicator];
      x.checkIns = [
        { id: 'k2', date: '2027-03-01', note: '', values: [{ indicatorId: 'i1', value: 30 }], milestones: [] },
        { id: 'k1', date: '2027-02-01', note: '', values: [{ indicatorId: 'i1', value: 12 }], milestones: [] },
      ];
    });
    expect(indicatorTrend(p, indicator)).toEqual({
      indicatorId: 'i1',
      points: [
        { date: '2027-02-01', value: 12 },
        { date: '2027-03-01', value: 30 },
      ],
      direction: 'up',
      towardTarget: true,
    });
  });

  it('has no direction with fewer than two values, and a falling value away from a higher target', () => {
    const one = plan((x) => {
      x.checkIns = [
        { id: 'k1', date: '2027-02-01', note: '', values: [{ indicatorId: 'i1', value: 5 }], milestones: [] },
      ];
    });
    expect(indicatorTrend(one, indicator)).toMatchObject({ direction: null, towardTarget: false });
    const none = indicatorTrend(plan(), indicator);
    expect(none).toMatchObject({ points: [], direction: null, towardTarget: null });
  });

  it('totals cash and in-kind lines and the cash not covered by committed funding', () => {
    const p = plan((x) => {
      x.budget = {
        lines: [
          { id: 'b1', label: 'Books', amount: 1200, kind: 'cash', fundingSourceId: 'f1' },
          { id: 'b2', label: 'Room', amount: 3000, kind: 'in-kind', fundingSourceId: null },
          { id: 'b3', label: 'Snacks', amount: 300, kind: 'cash', fundingSourceId: null },
        ],
        fundingSources: [
          { id: 'f1', name: 'Ward grant', amount: 1000, status: 'committed' },
          { id: 'f2', name: 'Bake sale', amount: 400, status: 'pending' },
        ],
      };
    });
    expect(budgetTotals(p)).toEqual({
      cash: 1500,
      inKind: 3000,
      total: 4500,
      committed: 1000,
      pending: 400,
      cashGap: 500,
    });
  });

  it('gives the next free id for a prefix', () => {
    const p = planFromTemplate('community');
    expect(nextItemId(p, 'act')).toBe('act-4');
    expect(nextItemId(p, 'ind')).toBe('ind-1');
  });
});
