import { describe, expect, it } from 'vitest';
import { pageCountOf, resultStatus } from './result-status.js';

const labels = {
  loading: 'Loading things…',
  failed: 'The things could not be loaded.',
  describe: (data: { total: number }) => `${data.total} things`,
};

describe('the status line of a results region', () => {
  it('says loading before any data, then the count', () => {
    expect(resultStatus({ data: undefined, isError: false, isPlaceholderData: false }, labels)).toBe('Loading things…');
    expect(resultStatus({ data: { total: 7 }, isError: false, isPlaceholderData: false }, labels)).toBe('7 things');
  });

  it('says the failure even when older data is still held', () => {
    expect(resultStatus({ data: { total: 7 }, isError: true, isPlaceholderData: false }, labels)).toBe(
      'The things could not be loaded.',
    );
  });

  it('says "searching" over older results only when the page asks for it', () => {
    const state = { data: { total: 7 }, isError: false, isPlaceholderData: true };
    expect(resultStatus(state, labels)).toBe('7 things');
    expect(resultStatus(state, { ...labels, searching: 'Searching…' })).toBe('Searching…');
  });
});

describe('the page count of a result list', () => {
  it('rounds up and never drops below one page', () => {
    expect(pageCountOf(0, 20)).toBe(1);
    expect(pageCountOf(20, 20)).toBe(1);
    expect(pageCountOf(21, 20)).toBe(2);
    expect(pageCountOf(5, 0)).toBe(1);
  });
});
