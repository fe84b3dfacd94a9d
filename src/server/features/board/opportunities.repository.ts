import { and, asc, desc, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { OpportunityStatus } from '#contracts/board.js';
import { type BoundingBox, EARTH_RADIUS_KM, type LatLon } from '#domain/board/geo.js';
import type { DbOrTx } from '#server/db/client.js';
import { opportunities, savedOpportunities } from '#server/db/schema/board.js';
import { careers } from '#server/db/schema/core.js';

export type OpportunityInsert = typeof opportunities.$inferInsert;

export const opportunityColumns = {
  id: opportunities.id,
  organizationId: opportunities.organizationId,
  title: opportunities.title,
  kind: opportunities.kind,
  description: opportunities.description,
  causes: opportunities.causes,
  careerIds: opportunities.careerIds,
  isRemote: opportunities.isRemote,
  address: opportunities.address,
  lat: opportunities.lat,
  lon: opportunities.lon,
  hoursPerWeek: opportunities.hoursPerWeek,
  startDate: opportunities.startDate,
  endDate: opportunities.endDate,
  countsAsPlacement: opportunities.countsAsPlacement,
  placementLicense: opportunities.placementLicense,
  hasLicensedSupervisor: opportunities.hasLicensedSupervisor,
  skills: opportunities.skills,
  questions: opportunities.questions,
  status: opportunities.status,
  closedReason: opportunities.closedReason,
  publishedAt: opportunities.publishedAt,
  updatedAt: opportunities.updatedAt,
};

export interface OpportunityRecord {
  id: string;
  organizationId: string;
  title: string;
  kind: string;
  description: string;
  causes: string[];
  careerIds: string[];
  isRemote: boolean;
  address: string | null;
  lat: number | null;
  lon: number | null;
  hoursPerWeek: number;
  startDate: string | null;
  endDate: string | null;
  countsAsPlacement: boolean;
  placementLicense: string | null;
  hasLicensedSupervisor: boolean;
  skills: string[];
  questions: string[];
  status: string;
  closedReason: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  distanceKm?: number | null;
}

export async function insertOpportunity(db: DbOrTx, values: OpportunityInsert): Promise<string> {
  const [row] = await db.insert(opportunities).values(values).returning({ id: opportunities.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateOpportunity(db: DbOrTx, id: string, values: Partial<OpportunityInsert>): Promise<void> {
  await db.update(opportunities).set(values).where(eq(opportunities.id, id));
}

export async function findOpportunity(db: DbOrTx, id: string): Promise<OpportunityRecord | null> {
  const rows = await db.select(opportunityColumns).from(opportunities).where(eq(opportunities.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function listOrganizationOpportunities(
  db: DbOrTx,
  organizationId: string,
  statuses: OpportunityStatus[],
): Promise<OpportunityRecord[]> {
  return db
    .select(opportunityColumns)
    .from(opportunities)
    .where(and(eq(opportunities.organizationId, organizationId), inArray(opportunities.status, statuses)))
    .orderBy(
      sql`case ${opportunities.status} when 'open' then 0 when 'draft' then 1 else 2 end`,
      desc(opportunities.updatedAt),
    );
}

/** Curated careers among `ids`, for "prepares for" links (only curated careers may be named). */
export async function findCuratedCareers(db: DbOrTx, ids: string[]): Promise<{ id: string; title: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: careers.id, title: careers.title })
    .from(careers)
    .where(and(inArray(careers.id, ids), eq(careers.curated, true)));
}

/** Recomputes the searchable extra text of every listing of an organization (after a rename). */
export async function listSearchInputs(
  db: DbOrTx,
  organizationId: string,
): Promise<
  {
    id: string;
    title: string;
    description: string;
    kind: string;
    causes: string[];
    careerIds: string[];
    skills: string[];
    address: string | null;
    placementLicense: string | null;
  }[]
> {
  return db
    .select({
      id: opportunities.id,
      title: opportunities.title,
      description: opportunities.description,
      kind: opportunities.kind,
      causes: opportunities.causes,
      careerIds: opportunities.careerIds,
      skills: opportunities.skills,
      address: opportunities.address,
      placementLicense: opportunities.placementLicense,
    })
    .from(opportunities)
    .where(eq(opportunities.organizationId, organizationId));
}

/** Changes only the search text, so a rename does not count as an update of the listing (the stale clock). */
export async function setSearchText(db: DbOrTx, id: string, searchText: string): Promise<void> {
  await db.update(opportunities).set({ searchText }).where(eq(opportunities.id, id));
}

export interface SearchFilters {
  tsquery: string | null;
  kinds?: string[] | undefined;
  causes?: string[] | undefined;
  careerIds?: string[] | undefined;
  remote?: 'only' | 'exclude' | undefined;
  maxHours?: number | undefined;
  isPlacement?: boolean;
  near?: { point: LatLon; km: number; box: BoundingBox } | null;
  sort: 'relevance' | 'date' | 'distance';
  limit: number;
  offset: number;
}

/** Great-circle distance from a point, in SQL: the same haversine formula as domain/board/geo.ts. */
export function distanceSql(point: LatLon): SQL<number> {
  const lat = sql`${point.lat}::double precision`;
  const lon = sql`${point.lon}::double precision`;
  return sql<number>`(2 * ${EARTH_RADIUS_KM}::double precision * asin(least(1, sqrt(power(sin(radians(${opportunities.lat} - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(${opportunities.lat})) * power(sin(radians(${opportunities.lon} - ${lon}) / 2), 2)))))`;
}

/** Does the english configuration reduce this query to nothing (only stop words)? */
export async function isEmptyTsquery(db: DbOrTx, tsquery: string): Promise<boolean> {
  const result = await db.execute(sql`select numnode(to_tsquery('english', ${tsquery})) as n`);
  const rows = (result as unknown as { rows: { n: number | string }[] }).rows;
  return Number(rows[0]?.n ?? 0) === 0;
}

/**
 * Open listings matching the filters. With a place, rows are first narrowed to a latitude/longitude
 * box (answered by the partial (lat, lon) index) and only those get the exact distance.
 */
export async function searchOpportunities(
  db: DbOrTx,
  filters: SearchFilters,
): Promise<{ items: OpportunityRecord[]; total: number }> {
  const where: SQL[] = [eq(opportunities.status, 'open')];
  const query = filters.tsquery ? sql`to_tsquery('english', ${filters.tsquery})` : null;
  if (query) where.push(sql`${opportunities.searchVector} @@ ${query}`);
  if (filters.kinds?.length) where.push(inArray(opportunities.kind, filters.kinds));
  if (filters.causes?.length) where.push(sql`${opportunities.causes} && ${sql.param(filters.causes)}::text[]`);
  if (filters.careerIds?.length) {
    where.push(sql`${opportunities.careerIds} && ${sql.param(filters.careerIds)}::text[]`);
  }
  if (filters.remote === 'only') where.push(eq(opportunities.isRemote, true));
  if (filters.remote === 'exclude') where.push(eq(opportunities.isRemote, false));
  if (filters.maxHours !== undefined) where.push(lte(opportunities.hoursPerWeek, filters.maxHours));
  if (filters.isPlacement) where.push(eq(opportunities.countsAsPlacement, true));
  const distance = filters.near ? distanceSql(filters.near.point) : null;
  if (filters.near && distance) {
    const { box, km } = filters.near;
    where.push(sql`${opportunities.lat} is not null`);
    where.push(sql`${opportunities.lat} between ${box.minLat} and ${box.maxLat}`);
    const lonRanges = box.lonRanges.map(([min, max]) => sql`${opportunities.lon} between ${min} and ${max}`);
    if (lonRanges.length === 1 && lonRanges[0]) where.push(lonRanges[0]);
    else where.push(sql`(${sql.join(lonRanges, sql` or `)})`);
    where.push(sql`${distance} <= ${km}`);
  }
  const rank = query ? sql<number>`ts_rank(${opportunities.searchVector}, ${query})` : null;
  const order: SQL[] = [];
  if (filters.sort === 'distance' && distance) order.push(asc(distance));
  if (filters.sort === 'relevance' && rank) order.push(desc(rank));
  order.push(sql`${opportunities.publishedAt} desc nulls last`, asc(opportunities.id));

  const rows = await db
    .select({
      ...opportunityColumns,
      distanceKm: distance ?? sql<number | null>`null::double precision`,
      total: sql<number>`count(*) over ()`,
    })
    .from(opportunities)
    .where(and(...where))
    .orderBy(...order)
    .limit(filters.limit)
    .offset(filters.offset);
  const total = rows[0] ? Number(rows[0].total) : 0;
  return {
    items: rows.map(({ total: _total, ...row }) => ({
      ...row,
      distanceKm: row.distanceKm === null ? null : Number(row.distanceKm),
    })),
    total,
  };
}

/** Open listings sharing a cause or a career with the person's interests, most shared first. */
export async function listRecommended(
  db: DbOrTx,
  options: { causes: string[]; careerIds: string[]; excludeIds: string[]; limit: number },
): Promise<OpportunityRecord[]> {
  const causeOverlap = sql`cardinality(array(select unnest(${opportunities.causes}) intersect select unnest(${sql.param(options.causes)}::text[])))`;
  const careerOverlap = sql`cardinality(array(select unnest(${opportunities.careerIds}) intersect select unnest(${sql.param(options.careerIds)}::text[])))`;
  const where: SQL[] = [eq(opportunities.status, 'open')];
  const matches: SQL[] = [];
  if (options.causes.length) matches.push(sql`${opportunities.causes} && ${sql.param(options.causes)}::text[]`);
  if (options.careerIds.length)
    matches.push(sql`${opportunities.careerIds} && ${sql.param(options.careerIds)}::text[]`);
  if (matches.length) where.push(sql`(${sql.join(matches, sql` or `)})`);
  if (options.excludeIds.length) {
    where.push(sql`not (${opportunities.id} = any(${sql.param(options.excludeIds)}::uuid[]))`);
  }
  return db
    .select(opportunityColumns)
    .from(opportunities)
    .where(and(...where))
    .orderBy(
      desc(sql`${careerOverlap} * 2 + ${causeOverlap}`),
      sql`${opportunities.publishedAt} desc nulls last`,
      asc(opportunities.id),
    )
    .limit(options.limit);
}

// ---------- saved ----------

export async function saveOpportunity(db: DbOrTx, userId: string, opportunityId: string): Promise<void> {
  await db.insert(savedOpportunities).values({ userId, opportunityId }).onConflictDoNothing();
}

export async function unsaveOpportunity(db: DbOrTx, userId: string, opportunityId: string): Promise<void> {
  await db
    .delete(savedOpportunities)
    .where(and(eq(savedOpportunities.userId, userId), eq(savedOpportunities.opportunityId, opportunityId)));
}

export async function isSaved(db: DbOrTx, userId: string, opportunityId: string): Promise<boolean> {
  const rows = await db
    .select({ id: savedOpportunities.opportunityId })
    .from(savedOpportunities)
    .where(and(eq(savedOpportunities.userId, userId), eq(savedOpportunities.opportunityId, opportunityId)))
    .limit(1);
  return rows.length > 0;
}

export async function listSaved(db: DbOrTx, userId: string): Promise<(OpportunityRecord & { savedAt: Date })[]> {
  return db
    .select({ ...opportunityColumns, savedAt: savedOpportunities.savedAt })
    .from(savedOpportunities)
    .innerJoin(opportunities, eq(opportunities.id, savedOpportunities.opportunityId))
    .where(and(eq(savedOpportunities.userId, userId), inArray(opportunities.status, ['open', 'closed'])))
    .orderBy(desc(savedOpportunities.savedAt));
}

/** Causes of the listings a person saved, most frequent first. */
export async function listSavedCauses(db: DbOrTx, userId: string): Promise<string[]> {
  const result = await db.execute(sql`
    select cause, count(*) as n
    from ${savedOpportunities}
    join ${opportunities} on ${opportunities.id} = ${savedOpportunities.opportunityId},
      unnest(${opportunities.causes}) as cause
    where ${savedOpportunities.userId} = ${userId}
    group by cause
    order by count(*) desc, cause asc`);
  return (result as unknown as { rows: { cause: string }[] }).rows.map((r) => r.cause);
}
