import type {
  CreateOpportunityBody,
  OpportunityDetail,
  OpportunityList,
  OpportunityStatus,
  PlaceList,
  Recommendations,
  SearchOpportunitiesQuery,
  UpdateOpportunityBody,
} from '#contracts/board.js';
import type { ErrorDetail } from '#contracts/errors.js';
import type { CauseId } from '#contracts/vocabulary.js';
import { checkOpportunity, utcDate } from '#domain/board/board-rules.js';
import { resolvePlace } from '#domain/board/gazetteer.js';
import { boundingBox, KM_PER_MILE, type LatLon, parseLatLon } from '#domain/board/geo.js';
import { toOpportunityTsquery } from '#domain/board/search-query.js';
import type { DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import * as applicationRepo from './applications.repository.js';
import type { LatestAssessmentBasis } from './assessment-basis.port.js';
import { sweepBoard } from './board-sweep.service.js';
import { gazetteer } from './gazetteer.loader.js';
import * as repo from './opportunities.repository.js';
import { buildSearchText, toSummaries } from './opportunity-views.js';
import * as orgRepo from './organizations.repository.js';
import { type Actor, assertMember } from './organizations.service.js';
import { readPlacesSource } from './places.loader.js';
import * as placeRepo from './places.repository.js';

function badRequest(message: string, details: ErrorDetail[]): AppError {
  return new AppError('BAD_REQUEST', message, details);
}

/** Checks named careers against the curated atlas; unknown ids are a 400 naming each one. */
async function resolveCareers(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  const found = new Map((await repo.findCuratedCareers(db, ids)).map((c) => [c.id, c.title]));
  const details = ids.flatMap((id, index) =>
    found.has(id) ? [] : [{ path: `body.careerIds.${index}`, message: `"${id}" is not a curated career in the atlas` }],
  );
  if (details.length)
    throw badRequest(`Unknown career id ${details.map((d) => d.message.split(' ')[0]).join(', ')}.`, details);
  return found;
}

function assertRules(value: Parameters<typeof checkOpportunity>[0], now: Date): void {
  const problems = checkOpportunity(value, utcDate(now));
  if (problems.length) {
    const first = problems[0];
    throw badRequest(
      first ? `Invalid body.${first.field}: ${first.message}` : 'Invalid opportunity',
      problems.map((p) => ({ path: `body.${p.field}`, message: p.message })),
    );
  }
}

export async function createOpportunity(
  db: DbOrTx,
  actor: Actor,
  organizationId: string,
  body: CreateOpportunityBody,
  now: Date = new Date(),
): Promise<OpportunityDetail> {
  const organization = await assertMember(db, organizationId, actor, 'publish opportunities for it');
  const values = {
    title: body.title,
    kind: body.kind,
    // Stored exactly as typed: the web app makes it safe when it renders it (domain/markdown).
    description: body.description,
    causes: body.causes,
    careerIds: body.careerIds,
    isRemote: body.isRemote,
    address: body.address ?? null,
    lat: body.lat ?? null,
    lon: body.lon ?? null,
    hoursPerWeek: body.hoursPerWeek,
    startDate: body.startDate ?? null,
    endDate: body.endDate ?? null,
    countsAsPlacement: body.countsAsPlacement,
    placementLicense: body.placementLicense ?? null,
    hasLicensedSupervisor: body.hasLicensedSupervisor,
    skills: body.skills,
    questions: body.questions,
    status: body.status,
  };
  assertRules(values, now);
  const careerTitles = await resolveCareers(db, values.careerIds);
  const id = await repo.insertOpportunity(db, {
    ...values,
    organizationId,
    publishedAt: values.status === 'open' ? now : null,
    searchText: buildSearchText(values, organization.name, careerTitles),
    createdAt: now,
    updatedAt: now,
  });
  return getOpportunityDetail(db, id, actor);
}

export async function updateOpportunity(
  db: DbOrTx,
  actor: Actor,
  id: string,
  body: UpdateOpportunityBody,
  now: Date = new Date(),
): Promise<OpportunityDetail> {
  return db.transaction(async (tx) => {
    const current = await repo.findOpportunity(tx, id);
    if (!current) throw new AppError('NOT_FOUND', `No opportunity with id ${id}.`);
    const organization = await assertMember(tx, current.organizationId, actor, 'edit its opportunities');
    const given = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as UpdateOpportunityBody;
    const merged = {
      title: given.title ?? current.title,
      kind: given.kind ?? current.kind,
      description: given.description ?? current.description,
      causes: given.causes ?? current.causes,
      careerIds: given.careerIds ?? current.careerIds,
      isRemote: given.isRemote ?? current.isRemote,
      address: 'address' in given ? (given.address ?? null) : current.address,
      lat: 'lat' in given ? (given.lat ?? null) : current.lat,
      lon: 'lon' in given ? (given.lon ?? null) : current.lon,
      hoursPerWeek: given.hoursPerWeek ?? current.hoursPerWeek,
      startDate: 'startDate' in given ? (given.startDate ?? null) : current.startDate,
      endDate: 'endDate' in given ? (given.endDate ?? null) : current.endDate,
      countsAsPlacement: given.countsAsPlacement ?? current.countsAsPlacement,
      placementLicense: 'placementLicense' in given ? (given.placementLicense ?? null) : current.placementLicense,
      hasLicensedSupervisor: given.hasLicensedSupervisor ?? current.hasLicensedSupervisor,
      skills: given.skills ?? current.skills,
      questions: given.questions ?? current.questions,
      status: (given.status ?? current.status) as OpportunityStatus,
    };
    assertRules(merged, now);
    const careerTitles = await resolveCareers(tx, merged.careerIds);
    const isStatusChange = merged.status !== current.status;
    await repo.updateOpportunity(tx, id, {
      ...merged,
      searchText: buildSearchText(merged, organization.name, careerTitles),
      updatedAt: now,
      ...(merged.status === 'open' && !current.publishedAt ? { publishedAt: now } : {}),
      ...(isStatusChange && merged.status === 'closed' ? { closedReason: 'manual', closedAt: now } : {}),
      ...(isStatusChange && merged.status !== 'closed' ? { closedReason: null, closedAt: null } : {}),
    });
    return getOpportunityDetail(tx, id, actor);
  });
}

export async function getOpportunityDetail(db: DbOrTx, id: string, viewer: Actor | null): Promise<OpportunityDetail> {
  const record = await repo.findOpportunity(db, id);
  const isMember = record && viewer ? await orgRepo.isMember(db, record.organizationId, viewer.id) : false;
  // A draft is the organization's business until it is published.
  if (!record || (record.status === 'draft' && !isMember)) {
    throw new AppError('NOT_FOUND', `No opportunity with id ${id}.`);
  }
  const [summary] = await toSummaries(db, [record]);
  if (!summary) throw new AppError('NOT_FOUND', `No opportunity with id ${id}.`);
  const application = viewer ? await applicationRepo.findApplicationFor(db, id, viewer.id) : null;
  return {
    ...summary,
    description: record.description,
    questions: record.questions,
    viewer: {
      isSignedIn: viewer !== null,
      isMember,
      isSaved: viewer ? await repo.isSaved(db, viewer.id, id) : false,
      application: application ? { id: application.id, status: application.status as 'new' } : null,
    },
  };
}

/**
 * Where "near" points: "lat,lon", a US ZIP code or a US place ("Springfield, IL", or "Denver" when one place of
 * that name stands out). US places measure in miles, bare coordinates in km.
 */
export function resolveNear(text: string): { point: LatLon; label: string; unit: 'mi' | 'km' } {
  const parsed = parseLatLon(text);
  if (parsed && !parsed.ok) {
    throw nearError('That point is off the map: latitude goes from -90 to 90 and longitude from -180 to 180.');
  }
  if (parsed?.ok) return { point: parsed.point, label: `${parsed.point.lat}, ${parsed.point.lon}`, unit: 'km' };
  const place = resolvePlace(gazetteer(), text);
  if (!place.ok) throw nearError(place.message);
  return { point: place.point, label: place.label, unit: 'mi' };
}

function nearError(message: string): AppError {
  return badRequest(message, [{ path: 'query.near', message }]);
}

export async function searchOpportunities(
  db: DbOrTx,
  query: SearchOpportunitiesQuery,
  now: Date = new Date(),
): Promise<OpportunityList> {
  await sweepBoard(db, now);
  const near = query.near ? resolveNear(query.near) : null;
  const km = query.mi === undefined ? query.km : query.mi * KM_PER_MILE;
  if (query.sort === 'distance' && !near) {
    throw badRequest('Invalid query.sort: sorting by distance needs a place in near.', [
      { path: 'query.sort', message: 'sorting by distance needs a place' },
    ]);
  }
  const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const nearOut = near ? { ...near.point, label: near.label, km, unit: near.unit } : null;
  const tsquery = query.q ? toOpportunityTsquery(query.q) : null;
  if (query.q && !tsquery) return { ...empty, near: nearOut };
  const filters = {
    tsquery,
    kinds: query.kind,
    causes: query.cause,
    careerIds: query.career,
    remote: query.remote,
    maxHours: query.maxHours,
    isPlacement: query.placement === 'true',
    near: near ? { point: near.point, km, box: boundingBox(near.point, km) } : null,
    sort: query.sort,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
  let found = await repo.searchOpportunities(db, filters);
  // Only stop words ("the", "and") match nothing: search without a text filter instead. Checked
  // only after an empty result, so ordinary searches pay no extra round trip.
  if (found.total === 0 && tsquery && (await repo.isEmptyTsquery(db, tsquery))) {
    found = await repo.searchOpportunities(db, { ...filters, tsquery: null });
  }
  return {
    items: await toSummaries(db, found.items),
    total: found.total,
    page: query.page,
    pageSize: query.pageSize,
    near: nearOut,
  };
}

export async function listPlaces(db: DbOrTx): Promise<PlaceList> {
  const places = await placeRepo.listPlaces(db);
  return {
    places: places.map((p) => ({ id: p.id, label: `${p.name}, ${p.state}`, lat: p.lat, lon: p.lon })),
    source: readPlacesSource(),
  };
}

// ---------- saved and recommended ----------

async function assertVisible(db: DbOrTx, id: string): Promise<void> {
  const record = await repo.findOpportunity(db, id);
  if (!record || record.status === 'draft') throw new AppError('NOT_FOUND', `No opportunity with id ${id}.`);
}

export async function saveOpportunity(db: DbOrTx, actor: Actor, id: string): Promise<void> {
  await assertVisible(db, id);
  await repo.saveOpportunity(db, actor.id, id);
}

export async function unsaveOpportunity(db: DbOrTx, actor: Actor, id: string): Promise<void> {
  await repo.unsaveOpportunity(db, actor.id, id);
}

export async function listSaved(db: DbOrTx, actor: Actor) {
  const records = await repo.listSaved(db, actor.id);
  const summaries = await toSummaries(db, records);
  return { items: summaries.map((s, i) => ({ ...s, savedAt: records[i]?.savedAt.toISOString() ?? '' })) };
}

/**
 * Open listings for the home page. The person's causes (and top matched careers) come from their
 * latest saved assessment; without one, from the causes of listings they saved; with neither, the
 * newest listings. Listings they saved or applied to are left out.
 */
export async function getRecommendations(
  db: DbOrTx,
  actor: Actor,
  latestAssessmentBasis: LatestAssessmentBasis,
  limit = 6,
  now: Date = new Date(),
): Promise<Recommendations> {
  await sweepBoard(db, now);
  const assessment = await latestAssessmentBasis(db, actor.id);
  let basis: Recommendations['basis'] = 'none';
  let causes: CauseId[] = [];
  let careerIds: string[] = [];
  if (assessment && assessment.causes.length > 0) {
    basis = 'assessment';
    causes = assessment.causes;
    careerIds = assessment.careerIds;
  } else {
    causes = (await repo.listSavedCauses(db, actor.id)) as CauseId[];
    if (causes.length) basis = 'saved';
  }
  const saved = (await repo.listSaved(db, actor.id)).map((s) => s.id);
  const applied = await applicationRepo.listOpportunityIdsAppliedBy(db, actor.id);
  const records = await repo.listRecommended(db, {
    causes,
    careerIds,
    excludeIds: [...saved, ...applied],
    limit,
  });
  return { basis, causes, items: await toSummaries(db, records) };
}
