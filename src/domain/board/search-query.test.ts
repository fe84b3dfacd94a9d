import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agentRoots, toOpportunityTsquery, wordRoot } from './search-query.js';

describe('toOpportunityTsquery', () => {
  it('adds the root of agent nouns so "counselor" reaches "counseling"', () => {
    expect(toOpportunityTsquery('Counselor')).toBe('(counselor | counsel | counsely)');
    expect(toOpportunityTsquery('family therapist')).toBe('family & (therapist | therap | therapy)');
  });

  it('leaves short roots alone so "mentor" does not find "mental"', () => {
    expect(wordRoot('mentor')).toBeNull();
    expect(toOpportunityTsquery('mentor')).toBe('(mentor | tutor)');
  });

  it('is null when nothing searchable is left', () => {
    expect(toOpportunityTsquery('!!! ---')).toBeNull();
  });

  it('passes only letters, digits and its own operators, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (input) => {
        const query = toOpportunityTsquery(input);
        if (query !== null) expect(query).toMatch(/^[\p{L}\p{N}|&() ]+$/u);
      }),
    );
  });
});

describe('agentRoots', () => {
  it('indexes the roots of agent nouns once each', () => {
    expect(agentRoots('Peer counselor; counselors and a therapist')).toEqual([
      'counsel',
      'counsely',
      'therap',
      'therapy',
    ]);
    expect(agentRoots('help at the food bank')).toEqual([]);
  });
});

describe('synonyms', () => {
  it('searches "tutor" as homework and mentor too, so it finds a homework-club mentor role', () => {
    expect(toOpportunityTsquery('tutor')).toBe('(tutor | homework | mentor)');
    expect(toOpportunityTsquery('tutoring')).toBe('(tutoring | tutor | tutory | homework | mentor)');
  });
});
