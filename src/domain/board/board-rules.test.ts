import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '#contracts/board.js';
import {
  checkOpportunity,
  type OpportunityShape,
  organizationMoveProblem,
  utcDate,
  withdrawProblem,
} from './board-rules.js';

const base: OpportunityShape = {
  isRemote: false,
  lat: 39.7,
  lon: -105,
  startDate: '2030-01-01',
  endDate: '2030-06-30',
  status: 'open',
  questions: [],
};

describe('checkOpportunity', () => {
  it('accepts a sound listing', () => {
    expect(checkOpportunity(base, '2029-12-01')).toEqual([]);
    expect(checkOpportunity({ ...base, isRemote: true, lat: null, lon: null }, '2029-12-01')).toEqual([]);
  });

  it('names the field of each problem', () => {
    const fields = (shape: Partial<OpportunityShape>, today = '2029-12-01') =>
      checkOpportunity({ ...base, ...shape }, today).map((p) => p.field);
    expect(fields({ endDate: '2029-12-31' })).toEqual(['endDate']);
    expect(fields({ lat: null })).toEqual(['lat']);
    expect(fields({ lon: null })).toEqual(['lon']);
    expect(fields({ lat: null, lon: null })).toEqual(['lat']);
    expect(fields({}, '2031-01-01')).toEqual(['endDate']);
    expect(fields({ status: 'draft' }, '2031-01-01')).toEqual([]);
    expect(fields({ questions: ['Why?', 'why? '] })).toEqual(['questions.1']);
  });
});

describe('application moves', () => {
  it('lets the organization move forward only, and never after a decision or withdrawal', () => {
    const allowed = APPLICATION_STATUSES.flatMap((from) =>
      APPLICATION_STATUSES.filter((to) => organizationMoveProblem(from, to) === null).map((to) => `${from}->${to}`),
    );
    expect(allowed.sort()).toEqual(
      ['new->reviewing', 'new->accepted', 'new->declined', 'reviewing->accepted', 'reviewing->declined'].sort(),
    );
  });

  it('lets the applicant withdraw until declined', () => {
    expect(APPLICATION_STATUSES.filter((s) => withdrawProblem(s) === null)).toEqual(['new', 'reviewing', 'accepted']);
  });

  it('writes UTC dates', () => {
    expect(utcDate(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
  });
});
