import { describe, expect, it } from 'vitest';
import { parseBoardFilters, toBoardSearchParams } from './board-filters.js';

describe('board filters in the URL', () => {
  it('round-trips a full search', () => {
    const url =
      'q=counselor&kind=volunteer,field-placement&cause=mental-health&career=licensed-professional-counselor&remote=exclude&maxHours=10&placement=true&near=Denver%2C+CO&km=50&mi=30&sort=distance&page=2';
    const filters = parseBoardFilters(new URLSearchParams(url));
    expect(filters).toEqual({
      q: 'counselor',
      kind: ['volunteer', 'field-placement'],
      cause: ['mental-health'],
      career: 'licensed-professional-counselor',
      remote: 'exclude',
      maxHours: 10,
      isPlacement: true,
      near: 'Denver, CO',
      km: 50,
      mi: 30,
      sort: 'distance',
      page: 2,
    });
    expect(parseBoardFilters(toBoardSearchParams(filters))).toEqual(filters);
    expect(toBoardSearchParams(filters).get('near')).toBe('Denver, CO');
  });

  it('drops what it cannot use and keeps defaults out of the URL', () => {
    const filters = parseBoardFilters(
      new URLSearchParams('kind=gig,volunteer&maxHours=-3&km=9999&sort=distance&page=0'),
    );
    expect(filters).toMatchObject({ kind: ['volunteer'], maxHours: null, km: 25, sort: 'relevance', page: 1 });
    expect(toBoardSearchParams(filters).toString()).toBe('kind=volunteer');
  });
});
