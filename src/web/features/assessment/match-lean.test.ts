import { describe, expect, it } from 'vitest';
import { formatFromNeutral, matchLean } from './match-lean.js';

describe('match lean, measured from the neutral 50', () => {
  it('calls a score of 50 neutral, not half a match', () => {
    expect(matchLean(50)).toEqual({ words: 'Neutral: nothing much for or against', fromNeutral: 0 });
    expect(formatFromNeutral(0)).toBe('at neutral');
  });

  it('words the lean by the distance from neutral, both ways', () => {
    expect(matchLean(58).words).toBe('Leans your way');
    expect(matchLean(70).words).toBe('A good fit');
    expect(matchLean(90).words).toBe('A strong fit');
    expect(matchLean(42).words).toBe('Leans away from you');
    expect(matchLean(20).words).toBe('A poor fit');
    expect(formatFromNeutral(matchLean(62).fromNeutral)).toBe('+12 from neutral');
    expect(formatFromNeutral(matchLean(41).fromNeutral)).toBe('−9 from neutral');
  });
});
