import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Career, CareerLink } from '#contracts/careers.js';
import type { DbOrTx } from '#server/db/client.js';
import { careerLinks, careers } from '#server/db/schema/core.js';

type CareerRow = typeof careers.$inferSelect;
export type CareerInsert = typeof careers.$inferInsert;

const careerColumns = {
  id: careers.id,
  title: careers.title,
  socCode: careers.socCode,
  socMatch: careers.socMatch,
  onetTitle: careers.onetTitle,
  curated: careers.curated,
  summary: careers.summary,
  sector: careers.sector,
  scale: careers.scale,
  causes: careers.causes,
  settings: careers.settings,
  clientContact: careers.clientContact,
  emotionalDemand: careers.emotionalDemand,
  minEducation: careers.minEducation,
  typicalEducation: careers.typicalEducation,
  flexibleStudy: careers.flexibleStudy,
  licenseRequired: careers.licenseRequired,
  licenses: careers.licenses,
  exams: careers.exams,
  qualities: careers.qualities,
  riasec: careers.riasec,
  interestCode: careers.interestCode,
  jobZone: careers.jobZone,
  workValues: careers.workValues,
  onetSource: careers.onetSource,
  medianPay: careers.medianPay,
  growthPct: careers.growthPct,
  employment: careers.employment,
  blsEducation: careers.blsEducation,
  outlookPeriod: careers.outlookPeriod,
};

type SelectedRow = Pick<CareerRow, keyof typeof careerColumns>;

/** Database rows hold vocabulary ids as text; the response schema re-checks them on the way out. */
function toCareer(row: SelectedRow): Career {
  return row as unknown as Career;
}

export function toCareerInsert(career: Career): CareerInsert {
  return {
    ...career,
    searchText: [...career.licenses, ...career.exams, ...career.settings, career.typicalEducation ?? '']
      .join(' ')
      .trim(),
    updatedAt: new Date(),
  };
}

export async function findCareer(db: DbOrTx, id: string): Promise<Career | null> {
  const rows = await db.select(careerColumns).from(careers).where(eq(careers.id, id)).limit(1);
  return rows[0] ? toCareer(rows[0]) : null;
}

export async function listAllCareers(db: DbOrTx, options: { curatedOnly: boolean }): Promise<Career[]> {
  const rows = await db
    .select(careerColumns)
    .from(careers)
    .where(options.curatedOnly ? eq(careers.curated, true) : undefined)
    .orderBy(asc(careers.title), asc(careers.id));
  return rows.map(toCareer);
}

export async function findCareersBySoc(db: DbOrTx, socCodes: string[]): Promise<Career[]> {
  if (socCodes.length === 0) return [];
  const rows = await db.select(careerColumns).from(careers).where(inArray(careers.socCode, socCodes));
  return rows.map(toCareer);
}

/** Links out of a career, both directions for curated transitions (a path can be walked either way). */
export async function listCareerLinks(db: DbOrTx, id: string): Promise<CareerLink[]> {
  const outgoing = await db
    .select({
      id: careers.id,
      title: careers.title,
      scale: careers.scale,
      curated: careers.curated,
      kind: careerLinks.kind,
    })
    .from(careerLinks)
    .innerJoin(careers, eq(careers.id, careerLinks.toId))
    .where(eq(careerLinks.fromId, id))
    .orderBy(asc(careerLinks.kind), asc(careerLinks.tier), asc(careers.title));
  return outgoing as CareerLink[];
}

export async function listTransitions(db: DbOrTx): Promise<{ from: string; to: string; kind: CareerLink['kind'] }[]> {
  const rows = await db
    .select({ from: careerLinks.fromId, to: careerLinks.toId, kind: careerLinks.kind })
    .from(careerLinks)
    .innerJoin(careers, eq(careers.id, careerLinks.toId))
    .where(and(eq(careerLinks.kind, 'scale-transition'), eq(careers.curated, true)))
    .orderBy(asc(careerLinks.fromId), asc(careerLinks.toId));
  return rows as { from: string; to: string; kind: CareerLink['kind'] }[];
}

export async function upsertCareers(db: DbOrTx, rows: CareerInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    await db
      .insert(careers)
      .values(chunk)
      .onConflictDoUpdate({
        target: careers.id,
        set: Object.fromEntries(
          Object.keys(careerColumns)
            .filter((k) => k !== 'id')
            .concat(['searchText', 'updatedAt'])
            .map((k) => {
              const column = careers[k as keyof typeof careerColumns];
              return [k, sql.raw(`excluded.${column.name}`)];
            }),
        ),
      });
  }
}

export async function updateCareer(db: DbOrTx, id: string, values: Partial<CareerInsert>): Promise<void> {
  await db
    .update(careers)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(careers.id, id));
}

export async function replaceLinks(
  db: DbOrTx,
  kind: CareerLink['kind'],
  links: { fromId: string; toId: string; tier: number | null }[],
): Promise<void> {
  await db.delete(careerLinks).where(eq(careerLinks.kind, kind));
  for (let i = 0; i < links.length; i += 1000) {
    const chunk = links.slice(i, i + 1000).map((l) => ({ ...l, kind }));
    if (chunk.length) await db.insert(careerLinks).values(chunk).onConflictDoNothing();
  }
}
