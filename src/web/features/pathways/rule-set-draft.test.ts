import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleSetSchema } from '../../../contracts/licensure.js';
import { emptyRequirement, fieldNames, fieldOfPath, toDraft, toRuleSetBody } from './rule-set-draft.js';

const rules = RuleSetSchema.array().parse(
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../../data/licensure/rules.json'), 'utf8')),
);

describe('rule set draft', () => {
  it('every shipped rule set survives the editor unchanged when nothing is edited', () => {
    for (const ruleSet of rules) expect(toRuleSetBody(toDraft(ruleSet)), ruleSet.id).toEqual(ruleSet);
  });

  it('sends what was typed, leaving the server to judge it', () => {
    const draft = toDraft(rules[0] ?? (undefined as never));
    const first = draft.requirements[0];
    if (!first) throw new Error('no requirement');
    first.target = '-5';
    const bad = { ...emptyRequirement(), kind: 'min-duration' as const, verified: true, target: 'soon' };
    const body = toRuleSetBody({ ...draft, requirements: [first, bad] }) as { requirements: Record<string, unknown>[] };
    expect(body.requirements[0]?.hours).toBe(-5);
    expect(body.requirements[1]?.months).toBe('soon');
    // An unverified requirement never carries a target, whatever the input held.
    const unverified = toRuleSetBody({ ...draft, requirements: [{ ...first, verified: false }] }) as {
      requirements: Record<string, unknown>[];
    };
    expect(unverified.requirements[0]).not.toHaveProperty('hours');
  });

  it('places an API error path on the input that holds the field', () => {
    const draft = toDraft(rules[0] ?? (undefined as never));
    const known = fieldNames(draft);
    expect(fieldOfPath('body.requirements.0.hours', known)).toBe('requirements.0.hours');
    expect(fieldOfPath('body.requirements.1.categories.0', known)).toBe('requirements.1.categories');
    expect(fieldOfPath('body.minDegree.text', known)).toBe('minDegree.text');
    expect(fieldOfPath('body.version', known)).toBeNull();
    expect(fieldOfPath('body', known)).toBeNull();
  });
});
