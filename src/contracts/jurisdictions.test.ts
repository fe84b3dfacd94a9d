import { describe, expect, it } from 'vitest';
import {
  JURISDICTION_CODES,
  jurisdictionCode,
  jurisdictionField,
  jurisdictionName,
  US_JURISDICTIONS,
} from './jurisdictions.js';
import { ListRuleSetsQuerySchema, RuleSetIdSchema } from './licensure-api.js';

describe('jurisdictions', () => {
  it('lists the 50 states and DC once each', () => {
    expect(US_JURISDICTIONS).toHaveLength(51);
    expect(new Set(JURISDICTION_CODES).size).toBe(51);
    expect(new Set(US_JURISDICTIONS.map(([, name]) => name)).size).toBe(51);
  });

  it('maps every name and code both ways', () => {
    for (const [code, name] of US_JURISDICTIONS) {
      expect(jurisdictionCode(name)).toBe(code);
      expect(jurisdictionCode(name.toUpperCase())).toBe(code);
      expect(jurisdictionCode(code)).toBe(code);
      expect(jurisdictionCode(code.slice(3).toLowerCase())).toBe(code);
      expect(jurisdictionName(code)).toBe(name);
    }
  });

  it('maps "Arizona" to US-AZ and refuses what is not a state', () => {
    expect(jurisdictionCode('Arizona')).toBe('US-AZ');
    expect(jurisdictionCode('  new   york ')).toBe('US-NY');
    expect(jurisdictionCode('Washington, D.C.')).toBe('US-DC');
    expect(jurisdictionCode('Arizonia')).toBeNull();
    expect(jurisdictionCode('US-PR')).toBeNull();
    expect(jurisdictionName('US-XX')).toBeNull();
  });

  it('the field stores the code and names the field when refusing', () => {
    const field = jurisdictionField('state');
    expect(field.parse('Ohio')).toBe('US-OH');
    const result = field.safeParse('Ohioo');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('state "Ohioo" is not a US state or DC');
  });

  it('rule set ids and rule filters take the state by name too, and refuse an unknown one', () => {
    expect(RuleSetIdSchema.parse('Arizona:LPC')).toBe('US-AZ:LPC');
    expect(RuleSetIdSchema.parse('new york:LMHC')).toBe('US-NY:LMHC');
    expect(RuleSetIdSchema.parse('US-OH:LPCC')).toBe('US-OH:LPCC');
    const unknown = RuleSetIdSchema.safeParse('Arizonia:LPC');
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]?.message).toContain('"Arizonia" is not a US state or DC');
    expect(RuleSetIdSchema.safeParse('Arizona').success).toBe(false);
    expect(ListRuleSetsQuerySchema.parse({ jurisdiction: 'arizona' })).toEqual({ jurisdiction: 'US-AZ' });
    expect(ListRuleSetsQuerySchema.safeParse({ jurisdiction: 'Atlantis' }).success).toBe(false);
  });
});
