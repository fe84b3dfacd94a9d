import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '#contracts/errors.js';
import type { RuleSet } from '#contracts/licensure.js';
import type { RuleSetDetail, RuleSetList, RulesCoverage } from '#contracts/licensure-api.js';
import { meta } from '#server/db/schema/core.js';
import { ruleSets } from '#server/db/schema/licensure.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';
import { applyShippedHistory, applyShippedRuleSet, ensureRuleSetsLoaded } from './licensure.loader.js';

let t: TestApp;
let admin: TestClient;
let explorer: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedInClient(t.app, t.db.db, ['admin'], { displayName: 'Rita Rules' })).client;
  explorer = (await signedInClient(t.app, t.db.db, ['explorer', 'trainee'])).client;
});
afterAll(async () => t.close());

async function detail(id: string, query = ''): Promise<RuleSetDetail> {
  const response = await t.app.inject({ method: 'GET', url: `/api/rules/${encodeURIComponent(id)}${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

function withHours(ruleSet: RuleSet, requirementId: string, hours: number): RuleSet {
  return {
    ...ruleSet,
    requirements: ruleSet.requirements.map((r) =>
      r.id === requirementId ? { ...r, hours } : r,
    ) as RuleSet['requirements'],
  };
}

describe('GET /api/rules', () => {
  it('lists every shipped rule set with its unverified count', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/rules' });
    expect(response.statusCode).toBe(200);
    const body: RuleSetList = response.json();
    const ids = body.items.map((r) => r.id);
    for (const id of ['US-TX:LPC', 'US-CA:LMFT', 'US-NY:LCSW', 'US-IL:Clinical-Psychologist'])
      expect(ids).toContain(id);
    const illinois = body.items.find((r) => r.id === 'US-IL:LPC');
    expect(illinois).toMatchObject({ requirementCount: 4, unverifiedCount: 4, version: 1 });
  });

  it('filters by career and jurisdiction, and refuses a malformed filter naming it', async () => {
    const psych: RuleSetList = (await t.app.inject({ method: 'GET', url: '/api/rules?career=psychologist' })).json();
    expect(psych.items.length).toBeGreaterThanOrEqual(5);
    expect(psych.items.every((r) => r.careers.includes('psychologist'))).toBe(true);
    const texas: RuleSetList = (
      await t.app.inject({ method: 'GET', url: '/api/rules?jurisdiction=US-TX&career=licensed-professional-counselor' })
    ).json();
    expect(texas.items.map((r) => r.id)).toEqual(['US-TX:LPC']);
    const byName: RuleSetList = (
      await t.app.inject({ method: 'GET', url: '/api/rules?jurisdiction=texas&career=licensed-professional-counselor' })
    ).json();
    expect(byName.items.map((r) => r.id)).toEqual(['US-TX:LPC']);
    const bad = await t.app.inject({ method: 'GET', url: '/api/rules?jurisdiction=atlantis' });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as ErrorResponse).error.details?.[0]?.path).toBe('query.jurisdiction');
  });
});

describe('GET /api/rules/:id', () => {
  it('reads a rule set by id, with the colon plain or URL-encoded', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/api/rules/US-TX:LPC' });
    expect(plain.statusCode).toBe(200);
    const encoded = await detail('US-TX:LPC');
    expect(plain.json()).toEqual(encoded);
    expect(encoded.ruleSet).toMatchObject({ id: 'US-TX:LPC', jurisdiction: 'US-TX', license: 'LPC', version: 1 });
    expect(encoded.ruleSet.source).toContain('22 TAC 681.92');
    expect(encoded.versions).toEqual([
      { version: 1, origin: 'shipped', createdAt: expect.any(String), createdBy: null },
    ]);
    expect(encoded.hasPendingShipped).toBe(false);
  });

  it('answers 404 for an unknown rule set or version and 400 for a malformed id or version', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/rules/US-WY:NOPE' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toContain('US-WY:NOPE');
    const version = await t.app.inject({ method: 'GET', url: '/api/rules/US-TX:LPC?version=9' });
    expect(version.statusCode).toBe(404);
    expect(version.json().error.message).toContain('has no version 9');
    const badId = await t.app.inject({ method: 'GET', url: '/api/rules/texas-lpc' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.details[0].path).toBe('params.id');
    const badVersion = await t.app.inject({ method: 'GET', url: '/api/rules/US-TX:LPC?version=first' });
    expect(badVersion.statusCode).toBe(400);
    expect(badVersion.json().error.details[0].path).toBe('query.version');
  });
});

describe('GET /api/rules/coverage', () => {
  it('counts the rule sets in force per state and license, an admin correction included', async () => {
    const coverage = async (): Promise<RulesCoverage> =>
      (await t.app.inject({ method: 'GET', url: '/api/rules/coverage' })).json();
    const before = await coverage();
    expect(before).toMatchObject({ ruleSets: 205, jurisdictions: 51 });
    const row = (c: RulesCoverage) => c.rows.find((r) => r.ruleSetId === 'US-OH:LPCC');
    expect(row(before)?.family).toBe('counselor');
    // An admin who finds the Ohio supervision total in the code enters it: coverage counts it as verified.
    const ohio = (await detail('US-OH:LPCC')).ruleSet;
    const target = ohio.requirements.find((r) => !r.verified && r.kind === 'supervision-hours');
    if (!target) throw new Error('US-OH:LPCC has its supervision total verified; pick another rule set');
    const edited = {
      ...ohio,
      requirements: ohio.requirements.map((r) =>
        r.id === target.id ? { id: r.id, kind: r.kind, label: r.label, verified: true, hours: 100 } : r,
      ),
    };
    const saved = await admin.put('/api/rules/US-OH:LPCC', edited);
    expect(saved.statusCode, saved.body).toBe(200);
    const after = await coverage();
    expect(row(after)?.verified).toBe((row(before)?.verified ?? 0) + 1);
    expect(after.verified).toBe(before.verified + 1);
    // An admin's figure cites no official text, so the official count does not move.
    expect(after.officialSources).toBe(before.officialSources);
  });
});

describe('editing rule sets', () => {
  it('an admin edit becomes a new version; the old one stays readable', async () => {
    const before = await detail('US-TX:LMFT');
    const edited = withHours(before.ruleSet, 'total-hours', 3200);
    const response = await admin.put('/api/rules/US-TX%3ALMFT', edited);
    expect(response.statusCode, response.body).toBe(200);
    const after: RuleSetDetail = response.json();
    expect(after.currentVersion).toBe(2);
    expect(after.ruleSet.version).toBe(2);
    expect(after.ruleSet.requirements.find((r) => r.id === 'total-hours')).toMatchObject({ hours: 3200 });
    expect(after.versions.map((v) => [v.version, v.origin, v.createdBy])).toEqual([
      [2, 'admin', 'Rita Rules'],
      [1, 'shipped', null],
    ]);
    const old = await detail('US-TX:LMFT', '?version=1');
    expect(old.ruleSet.requirements.find((r) => r.id === 'total-hours')).toMatchObject({ hours: 3000 });
    expect(old.currentVersion).toBe(2);
    const list: RuleSetList = (await t.app.inject({ method: 'GET', url: '/api/rules?jurisdiction=US-TX' })).json();
    expect(list.items.find((r) => r.id === 'US-TX:LMFT')?.version).toBe(2);
  });

  it('an edit that changes nothing stores no version', async () => {
    const before = await detail('US-FL:LMHC');
    const response = await admin.put('/api/rules/US-FL:LMHC', before.ruleSet);
    expect(response.statusCode).toBe(200);
    expect((response.json() as RuleSetDetail).versions).toHaveLength(before.versions.length);
  });

  it('non-admins get 403, anonymous callers 401, and nothing changes', async () => {
    const before = await detail('US-TX:LPC');
    const edited = withHours(before.ruleSet, 'total-hours', 100);
    const forbidden = await explorer.put('/api/rules/US-TX:LPC', edited);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.message).toContain('admin');
    // Even a malformed body from a non-admin is refused for who they are, not for the body.
    expect((await explorer.put('/api/rules/US-TX:LPC', { nonsense: true })).statusCode).toBe(403);
    expect((await explorer.post('/api/rules', { ...edited, id: 'US-PR:LPC', jurisdiction: 'US-PR' })).statusCode).toBe(
      403,
    );
    const anonymous = await new TestClient(t.app).put('/api/rules/US-TX:LPC', edited);
    expect(anonymous.statusCode).toBe(401);
    expect(await detail('US-TX:LPC')).toEqual(before);
  });

  it('refuses bad edits naming the field, and stores nothing', async () => {
    const before = await detail('US-CA:LMFT');
    const base = before.ruleSet;
    const cases: [unknown, string, RegExp][] = [
      [withHours(base, 'total-hours', -5), 'body.requirements.0.hours', /greater than 0/],
      [withHours(base, 'total-hours', 30000), 'body.requirements.0.hours', /at most 20000/],
      [withHours(base, 'direct-hours', 3000.1), 'body.requirements.1.hours', /quarter hour/],
      [{ ...base, checkedDate: '2026-13-01' }, 'body.checkedDate', /real calendar date/],
      [{ ...base, jurisdiction: 'California' }, 'body.jurisdiction', /code like US-TX/],
      [{ ...base, extra: 1 }, 'body', /extra/i],
      // California's weekly limit (BPC 4980.43: "A maximum of 40 hours in any seven consecutive days") typed as 200.
      [withHours(base, 'max-hours-per-week', 200), 'body.requirements.5.hours', /at most 168/],
      [
        {
          ...base,
          requirements: [
            ...base.requirements,
            { id: 'weekly-again', kind: 'max-hours-per-week', label: 'Weekly', verified: true, hours: 40 },
          ],
        },
        'body.requirements.6.kind',
        /may appear only once/,
      ],
      [
        {
          ...base,
          requirements: [
            { id: 'x', kind: 'category-hours', label: 'X', verified: true, hours: 10, categories: ['phone'] },
          ],
        },
        'body.requirements.0.categories.0',
        /./,
      ],
      [
        { ...base, requirements: [{ id: 'x', kind: 'total-hours', label: 'X', verified: false, hours: 10 }] },
        'body.requirements.0.hours',
        /left out when verified is false/,
      ],
      [withHours(base, 'direct-hours', 5000), 'body.requirements.1.hours', /must not exceed the total-hours/],
    ];
    for (const [body, path, message] of cases) {
      const response = await admin.put('/api/rules/US-CA:LMFT', body);
      expect(response.statusCode, `${path}: ${response.body}`).toBe(400);
      const error = (response.json() as ErrorResponse).error;
      const named = error.details?.find((d) => d.path === path);
      expect(named, `${path} in ${JSON.stringify(error.details)}`).toBeDefined();
      expect(named?.message).toMatch(message);
    }
    const idChange = await admin.put('/api/rules/US-CA:LMFT', { ...base, id: 'US-CA:LPCC', license: 'LPCC' });
    expect(idChange.statusCode).toBe(400);
    expect(idChange.json().error.details[0].path).toBe('body.id');
    const stale = await admin.put('/api/rules/US-CA:LMFT', withHours({ ...base, version: 7 }, 'total-hours', 3100));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toContain('version 1');
    expect(await detail('US-CA:LMFT')).toEqual(before);
  });

  it('an admin adds a rule set as version 1; a second with the same id is a conflict', async () => {
    const base = (await detail('US-TX:LPC')).ruleSet;
    const created: RuleSet = {
      ...base,
      id: 'US-PR:LMHC',
      jurisdiction: 'US-PR',
      jurisdictionName: 'Puerto Rico',
      license: 'LMHC',
      title: 'Licensed Mental Health Counselor',
      notes: ['Entered by hand for a test.'],
      version: 1,
    };
    const response = await admin.post('/api/rules', created);
    expect(response.statusCode, response.body).toBe(201);
    expect((response.json() as RuleSetDetail).versions).toEqual([
      { version: 1, origin: 'admin', createdAt: expect.any(String), createdBy: 'Rita Rules' },
    ]);
    expect((await detail('US-PR:LMHC')).ruleSet.title).toBe('Licensed Mental Health Counselor');
    const again = await admin.post('/api/rules', created);
    expect(again.statusCode).toBe(409);
    const bad = await admin.post('/api/rules', { ...created, id: 'US-PR:LMFT' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({
      path: 'body.id',
      message: expect.stringContaining('US-PR:LMHC'),
    });
  });
});

describe('shipped rule sets and admin versions', () => {
  it('loading the shipped file again changes nothing', async () => {
    expect((await ensureRuleSetsLoaded(t.db.db)).loaded).toBe(false);
    await t.db.db.delete(meta).where(eq(meta.key, 'licensure-rules-version'));
    const again = await ensureRuleSetsLoaded(t.db.db);
    expect(again.loaded).toBe(true);
    expect(again.outcomes.added + again.outcomes.updated).toBe(0);
    expect((await detail('US-NY:LMFT')).versions).toHaveLength(1);
  });

  it('a changed shipped rule set becomes a new version while a shipped one is in force', async () => {
    const current = (await detail('US-NY:LMHC')).ruleSet;
    const outcome = await applyShippedRuleSet(t.db.db, {
      ...current,
      notes: [...current.notes, 'A later release note.'],
    });
    expect(outcome).toBe('updated');
    const after = await detail('US-NY:LMHC');
    expect(after.currentVersion).toBe(2);
    expect(after.versions.map((v) => v.origin)).toEqual(['shipped', 'shipped']);
  });

  it('never overwrites an admin’s version: the shipped change is held back for review', async () => {
    const current = (await detail('US-IL:LCSW')).ruleSet;
    const byAdmin = await admin.put('/api/rules/US-IL:LCSW', withHours(current, 'total-hours', 3100));
    expect(byAdmin.statusCode).toBe(200);
    const shipped = { ...current, notes: [...current.notes, 'Shipped later.'] };
    expect(await applyShippedRuleSet(t.db.db, shipped)).toBe('held-back');
    const after = await detail('US-IL:LCSW');
    expect(after.currentVersion).toBe(2);
    expect(after.ruleSet.requirements.find((r) => r.id === 'total-hours')).toMatchObject({ hours: 3100 });
    expect(after.hasPendingShipped).toBe(true);
    const pending = await admin.get('/api/rules/US-IL:LCSW/shipped');
    expect(pending.statusCode).toBe(200);
    expect(pending.json().ruleSet.notes).toContain('Shipped later.');
    expect((await explorer.get('/api/rules/US-IL:LCSW/shipped')).statusCode).toBe(403);
    // The same shipped content again is not "new".
    expect(await applyShippedRuleSet(t.db.db, shipped)).toBe('unchanged');
  });
});

describe('versions of the law (effective dates)', () => {
  it('ships Virginia LPC as two versions and answers the one in force on a date', async () => {
    const now = await detail('US-VA:LPC');
    expect(now.currentVersion).toBe(2);
    expect(now.ruleSet.effectiveFrom).toBe('2025-12-18');
    expect(now.versions.map((v) => [v.version, v.effectiveFrom, v.effectiveUntil])).toEqual([
      [2, '2025-12-18', undefined],
      [1, undefined, '2025-12-17'],
    ]);
    const before = await detail('US-VA:LPC', '?on=2025-06-01');
    expect(before.ruleSet.version).toBe(1);
    expect(before.ruleSet.requirements.find((r) => r.id === 'total-hours')).toMatchObject({ hours: 3400 });
    expect((await detail('US-VA:LPC', '?on=2025-12-18')).ruleSet.version).toBe(2);
    // A rule set without a change of law answers its one version on any date.
    expect((await detail('US-TX:LPC', '?on=1990-01-01')).ruleSet.version).toBe(1);
    const both = await t.app.inject({ method: 'GET', url: '/api/rules/US-VA:LPC?version=1&on=2025-06-01' });
    expect(both.statusCode).toBe(400);
    expect(JSON.stringify((both.json() as ErrorResponse).error.details)).toContain('either version or on');
  });

  it('an existing single-version rule set gains the earlier version, and a second load adds nothing', async () => {
    const latest = (await detail('US-NY:LCSW')).ruleSet;
    const v1: RuleSet = { ...latest, version: 1, effectiveUntil: '2024-12-31', notes: [...latest.notes, 'Old law.'] };
    const v2: RuleSet = { ...latest, version: 2, effectiveFrom: '2025-01-01' };
    expect(await applyShippedHistory(t.db.db, [v1, v2])).toBe('updated');
    const after = await detail('US-NY:LCSW');
    expect(after.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(after.ruleSet.effectiveFrom).toBe('2025-01-01');
    expect((await detail('US-NY:LCSW', '?on=2024-06-01')).ruleSet.notes).toContain('Old law.');
    // Loading the same history again stores nothing.
    await t.db.db.update(ruleSets).set({ shippedHash: null }).where(eq(ruleSets.id, 'US-NY:LCSW'));
    expect(await applyShippedHistory(t.db.db, [v1, v2])).toBe('unchanged');
    expect((await detail('US-NY:LCSW')).versions).toHaveLength(3);
  });
});
