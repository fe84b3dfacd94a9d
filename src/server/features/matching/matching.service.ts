import type { Career } from '#contracts/careers.js';
import {
  ANSWER_FIELDS,
  type AnswerChange,
  type AnswerValue,
  type Assessment,
  type AssessmentComparison,
  type AssessmentList,
  type CareerChange,
  type DismissalList,
  type LatestAssessmentResponse,
  type MatchApiResponse,
  type MatchProfile,
  type MatchRequest,
  type MatchResult,
  type MatchScope,
  type MotivationId,
  type SameCauseResponse,
  type SavedProfile,
  type SavedResult,
} from '#contracts/matching.js';
import { type RankedCareer, rankCareers, sameCauseOtherScales, scoreCareers } from '#domain/matching/rank-careers.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import type { PersonalDataSection } from '#server/personal-data.js';
import type { SessionUser } from '#server/plugins/session.js';
import type { CatalogSnapshotOf } from './catalog.port.js';
import { type LicensureCoverage, toLicensedJurisdictions } from './licensure-coverage.js';
import * as repo from './matching.repository.js';

/** How many careers the history list shows per assessment. */
const HISTORY_TOP_COUNT = 5;

export interface MatchingContext {
  /** The catalog, read through the careers feature's port. */
  catalogOf: CatalogSnapshotOf;
  /** Licensure rules coverage, read once when the routes are registered (null when there are no rules). */
  coverage: LicensureCoverage | null;
}

/** The catalog a ranking in `scope` reads: the curated careers, or every career in the atlas. */
export async function loadCatalog(
  db: DbOrTx,
  scope: MatchScope,
  catalogOf: CatalogSnapshotOf,
): Promise<readonly Career[]> {
  const snapshot = await catalogOf(db);
  return scope === 'curated' ? snapshot.curated : snapshot.all;
}

/**
 * Ranks a catalog exactly as `POST /api/match` does before dismissals and `top`: the CLI calls this too, so the
 * terminal and the API can never disagree about an order.
 */
export function rankCatalog(
  profile: MatchProfile,
  catalog: readonly Career[],
  scope: MatchScope,
  coverage: LicensureCoverage | null,
): MatchResult[] {
  return rankCareers(profile, catalog, { scope, licensedJurisdictions: toLicensedJurisdictions(coverage, catalog) });
}

/** The same order as `rankCatalog`, scored as numbers; `explain` writes the full result of the ones shown. */
export function scoreCatalog(
  profile: MatchProfile,
  catalog: readonly Career[],
  scope: MatchScope,
  coverage: LicensureCoverage | null,
): { ranked: RankedCareer[]; explain: (ranked: RankedCareer) => MatchResult } {
  return scoreCareers(profile, catalog, { scope, licensedJurisdictions: toLicensedJurisdictions(coverage, catalog) });
}

/** The answers the matcher reads, without the request options and the motivation reflection. */
export function toSavedProfile(request: MatchRequest): SavedProfile {
  const { motivations: _motivations, scope: _scope, top: _top, dismissed: _dismissed, ...profile } = request;
  return profile;
}

export async function matchCareers(
  db: Db,
  user: SessionUser | null,
  request: MatchRequest,
  context: MatchingContext,
): Promise<MatchApiResponse> {
  const { scope } = request;
  const profile = toSavedProfile(request);
  const motivations = uniqueSorted(request.motivations ?? []);
  const catalog = await loadCatalog(db, scope, context.catalogOf);
  // Every career is scored; only the ones returned are explained (ADR 0030).
  const { ranked, explain } = scoreCatalog(request, catalog, scope, context.coverage);

  const dismissedIds = new Set(request.dismissed ?? []);
  if (user) for (const d of await repo.listDismissals(db, user.id)) dismissedIds.add(d.careerId);
  const visible = ranked.filter((r) => !dismissedIds.has(r.career.id));
  const base = {
    results: (request.top === undefined ? visible : visible.slice(0, request.top)).map(explain),
    total: visible.length,
    scope,
    dismissed: ranked.filter((r) => dismissedIds.has(r.career.id)).map(({ career: { id, title } }) => ({ id, title })),
    motivations,
  };
  if (!user) return { ...base, assessment: null, previous: null };

  const summary: SavedResult[] = ranked.map(({ career: { id, title }, score }) => ({ id, title, score }));
  const { saved, isNew, before } = await db.transaction(async (tx) => {
    // The latest two in this scope: the newest is "this time" when the answers are unchanged (a reload or a
    // re-rank after a dismissal must not add a history entry), and the one before it is "last time".
    const [latest, beforeLatest] = await repo.listAssessments(tx, user.id, { limit: 2, scope });
    if (latest && sameAnswers(latest, profile, motivations)) {
      return { saved: latest, isNew: false, before: beforeLatest ?? null };
    }
    const inserted = await repo.insertAssessment(tx, user.id, { scope, profile, motivations, results: summary });
    return { saved: inserted, isNew: true, before: latest ?? null };
  });
  return {
    ...base,
    assessment: { id: saved.id, createdAt: saved.createdAt.toISOString(), isNew },
    previous: before ? compareAssessments(before, { profile, motivations, results: summary }, dismissedIds) : null,
  };
}

type Answers = Pick<repo.AssessmentRecord, 'profile' | 'motivations'>;

function answerValue(answers: Answers, field: (typeof ANSWER_FIELDS)[number]): AnswerValue {
  const value = field === 'motivations' ? answers.motivations : answers.profile[field];
  if (value === undefined) return null;
  // Lists are sets: the order a person ticked them in is not a change, and an empty list is no answer.
  if (Array.isArray(value)) return value.length === 0 ? null : uniqueSorted<string>(value);
  if (typeof value === 'object') {
    return { R: value.R, I: value.I, A: value.A, S: value.S, E: value.E, C: value.C };
  }
  return value;
}

function sameAnswers(record: Answers, profile: SavedProfile, motivations: MotivationId[]): boolean {
  return diffAnswers(record, { profile, motivations }).length === 0;
}

/** Which answers differ, field by field, in the order the assessment asks them. */
export function diffAnswers(before: Answers, after: Answers): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const field of ANSWER_FIELDS) {
    const old = answerValue(before, field);
    const now = answerValue(after, field);
    if (JSON.stringify(old) !== JSON.stringify(now)) changes.push({ field, before: old, after: now });
  }
  return changes;
}

/**
 * Careers whose score or place changed between two rankings of the same scope. Places are in the full ranking
 * (before dismissals), so setting a career aside never shows up as everything below it moving; careers set aside
 * now are left out of the list.
 */
export function compareAssessments(
  before: repo.AssessmentRecord,
  after: Answers & { results: SavedResult[] },
  dismissed: ReadonlySet<string> = new Set(),
): AssessmentComparison {
  const placed = (results: SavedResult[]) =>
    new Map(results.map((r, i) => [r.id, { title: r.title, score: r.score, rank: i + 1 }]));
  const old = placed(before.results);
  const now = placed(after.results);
  const careers: CareerChange[] = [];
  for (const id of new Set([...now.keys(), ...old.keys()])) {
    if (dismissed.has(id)) continue;
    const a = old.get(id);
    const b = now.get(id);
    if (a && b && a.score === b.score && a.rank === b.rank) continue;
    careers.push({
      id,
      title: b?.title ?? a?.title ?? id,
      before: a ? { score: a.score, rank: a.rank } : null,
      after: b ? { score: b.score, rank: b.rank } : null,
    });
  }
  const order = (c: CareerChange) => c.after?.rank ?? Number.MAX_SAFE_INTEGER;
  careers.sort((x, y) => order(x) - order(y) || (x.before?.rank ?? 0) - (y.before?.rank ?? 0));
  return {
    assessmentId: before.id,
    createdAt: before.createdAt.toISOString(),
    answers: diffAnswers(before, after),
    careers,
  };
}

function toAssessment(record: repo.AssessmentRecord): Assessment {
  return { ...record, createdAt: record.createdAt.toISOString() };
}

export async function listAssessments(db: DbOrTx, userId: string, limit: number): Promise<AssessmentList> {
  const heads = await repo.listAssessmentHeads(db, userId, { limit, topCount: HISTORY_TOP_COUNT });
  return { items: heads.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })) };
}

export async function getLatestAssessment(db: DbOrTx, userId: string): Promise<LatestAssessmentResponse> {
  const [latest] = await repo.listAssessments(db, userId, { limit: 1 });
  return { assessment: latest ? toAssessment(latest) : null };
}

export async function getAssessment(db: DbOrTx, userId: string, id: string): Promise<Assessment> {
  const record = await repo.findAssessment(db, userId, id);
  if (!record) throw new AppError('NOT_FOUND', `No saved assessment with id "${id}".`);
  return toAssessment(record);
}

export async function deleteAssessment(db: DbOrTx, userId: string, id: string): Promise<void> {
  if (!(await repo.deleteAssessment(db, userId, id))) {
    throw new AppError('NOT_FOUND', `No saved assessment with id "${id}".`);
  }
}

export async function listDismissals(db: DbOrTx, userId: string): Promise<DismissalList> {
  const rows = await repo.listDismissals(db, userId);
  return { items: rows.map((r) => ({ ...r, dismissedAt: r.dismissedAt.toISOString() })) };
}

/** Sets a career aside; dismissing one already set aside is not an error. Returns whether it was new. */
export async function dismissCareer(db: DbOrTx, userId: string, careerId: string): Promise<boolean> {
  if ((await repo.findCareerTitle(db, careerId)) === null) {
    throw new AppError('NOT_FOUND', `No career with id "${careerId}".`, [
      { path: 'body.careerId', message: `no career has the id "${careerId}"` },
    ]);
  }
  return repo.insertDismissal(db, userId, careerId);
}

export async function restoreCareer(db: DbOrTx, userId: string, careerId: string): Promise<void> {
  await repo.deleteDismissal(db, userId, careerId);
}

/** "Same cause, different level": curated careers sharing a cause with this one, at each other scale. */
export async function getSameCause(db: DbOrTx, id: string, catalogOf: CatalogSnapshotOf): Promise<SameCauseResponse> {
  const { all, curated } = await catalogOf(db);
  const career = all.find((c) => c.id === id);
  if (!career) throw new AppError('NOT_FOUND', `No career with id "${id}".`);
  const causes = new Set(career.causes);
  return {
    career: { id: career.id, title: career.title, scale: career.scale, curated: career.curated, causes: career.causes },
    groups: sameCauseOtherScales(career, [...curated]).map(({ scale, careers }) => ({
      scale,
      careers: careers.map((c) => ({
        id: c.id,
        title: c.title,
        scale,
        sector: c.sector,
        causes: c.causes,
        sharedCauses: c.causes.filter((cause) => causes.has(cause)),
      })),
    })),
  };
}

function uniqueSorted<T extends string>(items: readonly T[]): T[] {
  return [...new Set(items)].sort();
}

/** The person's saved assessments (full rankings) and dismissals, for the personal data export. */
export const matchingPersonalData: PersonalDataSection = {
  name: 'matching',
  async collect(db: DbOrTx, userId: string) {
    const assessments = await repo.listAssessments(db, userId, { limit: 100_000 });
    return {
      assessments: assessments.map(toAssessment),
      dismissals: (await listDismissals(db, userId)).items,
    };
  },
};
