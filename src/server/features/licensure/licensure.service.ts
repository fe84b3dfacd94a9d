import type { RuleSet } from '#contracts/licensure.js';
import type { ListRuleSetsQuery, RuleSetDetail, RuleSetList, RulesCoverage } from '#contracts/licensure-api.js';
import { toListItem } from '#domain/licensure/rule-set-list-item.js';
import { pickVersionInForce } from '#domain/licensure/rule-set-versions.js';
import { summarizeCoverage } from '#domain/licensure/rules-coverage.js';
import type { DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import type { SessionUser } from '#server/plugins/session.js';
import { ruleSetContentHash } from './licensure.loader.js';
import * as repo from './licensure.repository.js';

/**
 * The current version of every rule set, optionally only those licensing a career or in a jurisdiction.
 * The pathway planner calls this to pick the rule set for a career.
 */
export async function listCurrentRuleSets(db: DbOrTx, query: ListRuleSetsQuery = {}): Promise<RuleSet[]> {
  const all = await repo.listCurrentRuleSets(db);
  return all.filter(
    (r) =>
      (query.career === undefined || r.careers.includes(query.career)) &&
      (query.jurisdiction === undefined || r.jurisdiction === query.jurisdiction),
  );
}

export async function listRuleSets(db: DbOrTx, query: ListRuleSetsQuery): Promise<RuleSetList> {
  return { items: (await listCurrentRuleSets(db, query)).map(toListItem) };
}

/**
 * One rule set at a kept version (the current one when `version` is left out). The pathway planner and the hours
 * log call this to measure against the exact version they recorded. Throws NOT_FOUND naming what is missing.
 */
export async function getRuleSet(db: DbOrTx, id: string, version?: number): Promise<RuleSet> {
  const row = await repo.findRuleSetRow(db, id);
  if (!row) throw new AppError('NOT_FOUND', `No rule set with id "${id}".`);
  const wanted = version ?? row.currentVersion;
  const found = await repo.findVersion(db, id, wanted);
  if (!found) {
    throw new AppError(
      'NOT_FOUND',
      `Rule set ${id} has no version ${wanted} (the current version is ${row.currentVersion}).`,
    );
  }
  return found.body;
}

/**
 * The version of a rule set in force on `date` (ADR 0025): among the stored versions whose effective dates include
 * it, the newest. A rule set whose versions carry no dates answers its current version; so does one with no
 * version covering the date (the answer then names its own dates). NOT_FOUND names a missing id.
 */
export async function getRuleSetInForce(db: DbOrTx, id: string, date: string): Promise<RuleSet> {
  const versions = await repo.listVersionBodies(db, id);
  if (versions.length === 0) throw new AppError('NOT_FOUND', `No rule set with id "${id}".`);
  return pickVersionInForce(versions, date) ?? getRuleSet(db, id);
}

export async function getRuleSetDetail(db: DbOrTx, id: string, version?: number): Promise<RuleSetDetail> {
  const ruleSet = await getRuleSet(db, id, version);
  const row = await repo.findRuleSetRow(db, id);
  return {
    ruleSet,
    currentVersion: row?.currentVersion ?? ruleSet.version,
    versions: await repo.listVersions(db, id),
    hasPendingShipped: row?.hasPendingShipped ?? false,
  };
}

/** Adds a new rule set as version 1 written by `admin`; CONFLICT when the id is taken. */
export async function createRuleSet(db: DbOrTx, admin: SessionUser, body: RuleSet): Promise<RuleSetDetail> {
  await db.transaction(async (tx) => {
    const ruleSet: RuleSet = { ...body, version: 1 };
    const inserted = await repo.insertRuleSetRow(tx, {
      id: ruleSet.id,
      jurisdiction: ruleSet.jurisdiction,
      license: ruleSet.license,
      currentVersion: 1,
      shippedHash: null,
    });
    if (!inserted) {
      throw new AppError('CONFLICT', `A rule set with id "${ruleSet.id}" already exists: edit it instead.`, [
        { path: 'body.id', message: `id "${ruleSet.id}" is already taken` },
      ]);
    }
    await repo.insertVersion(tx, {
      ruleSetId: ruleSet.id,
      version: 1,
      body: ruleSet,
      origin: 'admin',
      contentHash: ruleSetContentHash(ruleSet),
      createdBy: admin.id,
    });
  });
  return getRuleSetDetail(db, body.id);
}

/**
 * Stores an admin's edit as a new version. `body.version` is the version the admin edited: when someone saved a
 * newer one meanwhile, CONFLICT (nothing is overwritten). An edit that changes nothing creates no version.
 */
export async function updateRuleSet(db: DbOrTx, admin: SessionUser, id: string, body: RuleSet): Promise<RuleSetDetail> {
  if (body.id !== id) {
    throw new AppError('BAD_REQUEST', `The rule set's id cannot change: it must stay "${id}".`, [
      { path: 'body.id', message: `id must be "${id}" (the rule set being edited)` },
    ]);
  }
  await db.transaction(async (tx) => {
    const row = await repo.findRuleSetRow(tx, id, { forUpdate: true });
    if (!row) throw new AppError('NOT_FOUND', `No rule set with id "${id}".`);
    if (body.version !== row.currentVersion) {
      throw new AppError(
        'CONFLICT',
        `Rule set ${id} is at version ${row.currentVersion}, but this edit started from version ${body.version}. Reload it and edit again.`,
        [{ path: 'body.version', message: `version must be ${row.currentVersion} (the current version)` }],
      );
    }
    const current = await repo.findVersion(tx, id, row.currentVersion);
    const version = row.currentVersion + 1;
    const ruleSet: RuleSet = { ...body, version };
    const hash = ruleSetContentHash(ruleSet);
    if (current?.contentHash === hash) return;
    await repo.insertVersion(tx, {
      ruleSetId: id,
      version,
      body: ruleSet,
      origin: 'admin',
      contentHash: hash,
      createdBy: admin.id,
    });
    await repo.updateRuleSetRow(tx, id, { currentVersion: version });
  });
  return getRuleSetDetail(db, id);
}

/** The shipped rule set held back while an admin's version is in force (null when there is none). */
export async function getPendingShipped(db: DbOrTx, id: string): Promise<RuleSet | null> {
  const row = await repo.findRuleSetRow(db, id);
  if (!row) throw new AppError('NOT_FOUND', `No rule set with id "${id}".`);
  return repo.findPendingShipped(db, id);
}

/** Coverage of the rule sets in force (current versions, admin edits included). */
export async function getRulesCoverage(db: DbOrTx): Promise<RulesCoverage> {
  return summarizeCoverage(await listCurrentRuleSets(db));
}
