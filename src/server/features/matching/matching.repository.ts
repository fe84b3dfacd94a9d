import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { MatchScope, MotivationId, SavedProfile, SavedResult } from '#contracts/matching.js';
import type { DbOrTx } from '#server/db/client.js';
import { careers } from '#server/db/schema/core.js';
import { assessments, matchDismissals } from '#server/db/schema/matching.js';

export interface AssessmentRecord {
  id: string;
  createdAt: Date;
  scope: MatchScope;
  profile: SavedProfile;
  motivations: MotivationId[];
  results: SavedResult[];
}

export interface AssessmentHead extends Omit<AssessmentRecord, 'results'> {
  topResults: SavedResult[];
  careerCount: number;
}

const assessmentColumns = {
  id: assessments.id,
  createdAt: assessments.createdAt,
  scope: assessments.scope,
  profile: assessments.profile,
  motivations: assessments.motivations,
  results: assessments.results,
};

type AssessmentRow = { [K in keyof typeof assessmentColumns]: (typeof assessments.$inferSelect)[K] };

/** Rows hold vocabulary ids as text; they were checked by the request schema before they were written. */
function toRecord(row: AssessmentRow): AssessmentRecord {
  return {
    ...row,
    scope: row.scope as MatchScope,
    motivations: row.motivations as MotivationId[],
  };
}

export async function insertAssessment(
  db: DbOrTx,
  userId: string,
  values: Omit<AssessmentRecord, 'id' | 'createdAt'>,
): Promise<AssessmentRecord> {
  const rows = await db
    .insert(assessments)
    .values({ userId, ...values })
    .returning(assessmentColumns);
  const row = rows[0];
  if (!row) throw new Error('insert into assessments returned no row');
  return toRecord(row);
}

/** The user's newest assessments first; `scope` narrows to one scope. Ties on time fall back to id for a fixed order. */
export async function listAssessments(
  db: DbOrTx,
  userId: string,
  options: { limit: number; scope?: MatchScope },
): Promise<AssessmentRecord[]> {
  const where = options.scope
    ? and(eq(assessments.userId, userId), eq(assessments.scope, options.scope))
    : eq(assessments.userId, userId);
  const rows = await db
    .select(assessmentColumns)
    .from(assessments)
    .where(where)
    .orderBy(desc(assessments.createdAt), desc(assessments.id))
    .limit(options.limit);
  return rows.map(toRecord);
}

/** The history list: the full ranking stays in the database; only its first few careers and its length come back. */
export async function listAssessmentHeads(
  db: DbOrTx,
  userId: string,
  options: { limit: number; topCount: number },
): Promise<AssessmentHead[]> {
  const rows = await db
    .select({
      id: assessments.id,
      createdAt: assessments.createdAt,
      scope: assessments.scope,
      profile: assessments.profile,
      motivations: assessments.motivations,
      topResults: sql<
        SavedResult[]
      >`coalesce(jsonb_path_query_array(${assessments.results}, ${`$[0 to ${options.topCount - 1}]`}::jsonpath), '[]'::jsonb)`,
      careerCount: sql<number>`jsonb_array_length(${assessments.results})`,
    })
    .from(assessments)
    .where(eq(assessments.userId, userId))
    .orderBy(desc(assessments.createdAt), desc(assessments.id))
    .limit(options.limit);
  return rows.map((row) => ({
    ...row,
    scope: row.scope as MatchScope,
    motivations: row.motivations as MotivationId[],
    careerCount: Number(row.careerCount),
  }));
}

/** Only the owner's row: another person's id reads as "not found". */
export async function findAssessment(db: DbOrTx, userId: string, id: string): Promise<AssessmentRecord | null> {
  const rows = await db
    .select(assessmentColumns)
    .from(assessments)
    .where(and(eq(assessments.id, id), eq(assessments.userId, userId)))
    .limit(1);
  return rows[0] ? toRecord(rows[0]) : null;
}

export async function deleteAssessment(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(assessments)
    .where(and(eq(assessments.id, id), eq(assessments.userId, userId)))
    .returning({ id: assessments.id });
  return rows.length > 0;
}

export interface DismissalRecord {
  careerId: string;
  title: string;
  dismissedAt: Date;
}

export async function listDismissals(db: DbOrTx, userId: string): Promise<DismissalRecord[]> {
  return db
    .select({ careerId: matchDismissals.careerId, title: careers.title, dismissedAt: matchDismissals.createdAt })
    .from(matchDismissals)
    .innerJoin(careers, eq(careers.id, matchDismissals.careerId))
    .where(eq(matchDismissals.userId, userId))
    .orderBy(desc(matchDismissals.createdAt), asc(matchDismissals.careerId));
}

/** Adds the dismissal unless it exists; returns whether a row was added. */
export async function insertDismissal(db: DbOrTx, userId: string, careerId: string): Promise<boolean> {
  const rows = await db
    .insert(matchDismissals)
    .values({ userId, careerId })
    .onConflictDoNothing()
    .returning({ careerId: matchDismissals.careerId });
  return rows.length > 0;
}

export async function deleteDismissal(db: DbOrTx, userId: string, careerId: string): Promise<boolean> {
  const rows = await db
    .delete(matchDismissals)
    .where(and(eq(matchDismissals.userId, userId), eq(matchDismissals.careerId, careerId)))
    .returning({ careerId: matchDismissals.careerId });
  return rows.length > 0;
}

/** The title of a career, to check a dismissal names a real one (a cross-feature read of one column). */
export async function findCareerTitle(db: DbOrTx, careerId: string): Promise<string | null> {
  const rows = await db.select({ title: careers.title }).from(careers).where(eq(careers.id, careerId)).limit(1);
  return rows[0]?.title ?? null;
}
