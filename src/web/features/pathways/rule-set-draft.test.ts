import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleSetSchema } from '#contracts/licensure.js';
import { draftFieldOf, emptyRequirement, toDraft, toRuleSetBody } from './rule-set-draft.js';

const readRules = (file: string) =>
  RuleSetSchema.array().parse(
    JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../../../data/licensure/${file}`), 'utf8')),
  );
// The latest versions and the earlier versions of the law: an edit keeps effective dates, groups and shares.
const rules = [...readRules('rules.json'), ...readRules('earlier-versions.json')];

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

  it('places an error path of the body on the draft input that holds it', () => {
    expect(draftFieldOf('body.requirements.0.hours')).toBe('requirements.0.target');
    expect(draftFieldOf('requirements.2.months')).toBe('requirements.2.target');
    expect(draftFieldOf('body.requirements.1.categories.0')).toBe('requirements.1.categories');
    expect(draftFieldOf('body.requirements.1')).toBe('requirements.1');
    expect(draftFieldOf('body.minDegree.text')).toBe('minDegreeText');
    expect(draftFieldOf('body.minDegree.level')).toBe('minDegreeLevel');
    expect(draftFieldOf('body.careers.3')).toBe('careers');
    expect(draftFieldOf('body.id')).toBe('license');
    expect(draftFieldOf('body.version')).toBeNull();
    expect(draftFieldOf('body')).toBeNull();
  });
});
