import { describe, expect, it } from 'vitest';
import { countActiveFilters, parseAtlasFilters, toAtlasSearchParams } from './atlas-filters.js';

describe('atlas filters in the URL', () => {
  it('reads every filter and writes the same URL back', () => {
    const url =
      'q=counsel&sector=mental-health,human-services&scale=micro&cause=health&education=master&license=required&curated=all&page=2';
    const filters = parseAtlasFilters(new URLSearchParams(url));
    expect(filters).toEqual({
      q: 'counsel',
      sector: ['mental-health', 'human-services'],
      scale: ['micro'],
      cause: ['health'],
      education: 'master',
      license: 'required',
      includeAll: true,
      page: 2,
    });
    expect(toAtlasSearchParams(filters).toString()).toBe(new URLSearchParams(url).toString());
    expect(countActiveFilters(filters)).toBe(7);
  });

  it('drops unknown values instead of sending them to the API', () => {
    const filters = parseAtlasFilters(new URLSearchParams('scale=huge,macro&education=phd&license=maybe&page=-3'));
    expect(filters.scale).toEqual(['macro']);
    expect(filters.education).toBeNull();
    expect(filters.license).toBeNull();
    expect(filters.page).toBe(1);
  });

  it('writes a canonical URL: vocabulary order, defaults left out', () => {
    const filters = parseAtlasFilters(new URLSearchParams('scale=macro,micro&q=%20%20&page=1'));
    expect(toAtlasSearchParams(filters).toString()).toBe('scale=micro%2Cmacro');
  });
});
