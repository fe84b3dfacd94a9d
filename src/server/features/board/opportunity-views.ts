// Shapes stored listings into the API's summaries: career titles, organization response times,
// a plain-text excerpt. Shared by search, organization pages, saved lists and recommendations.
import {
  type ClosedReason,
  OPPORTUNITY_KIND_LABELS,
  type OpportunityKind,
  type OpportunityStatus,
  type OpportunitySummary,
} from '#contracts/board.js';
import { CAUSE_LABELS, type CauseId } from '#contracts/vocabulary.js';
import { agentRoots } from '#domain/board/search-query.js';
import { excerpt } from '#domain/markdown/plain-text.js';
import type { DbOrTx } from '#server/db/client.js';
import type { OpportunityRecord } from './opportunities.repository.js';
import { findCuratedCareers } from './opportunities.repository.js';
import { findOrganizationFacts } from './organizations.repository.js';

/** How much of a description a search result shows, in characters. */
const EXCERPT_LENGTH = 220;

/**
 * Words a listing can be found by besides its title and description: its organization, kind,
 * causes, careers, skills and place, plus the roots of the agent nouns in all of its text (so a
 * search for "counsel" finds a "counselor" listing; see domain/board/search-query.ts).
 */
export function buildSearchText(
  listing: {
    title: string;
    description: string;
    kind: string;
    causes: string[];
    careerIds: string[];
    skills: string[];
    address: string | null;
    placementLicense: string | null;
  },
  organizationName: string,
  careerTitles: Map<string, string>,
): string {
  const parts = [
    organizationName,
    OPPORTUNITY_KIND_LABELS[listing.kind as OpportunityKind] ?? listing.kind,
    ...listing.causes.map((c) => CAUSE_LABELS[c as CauseId] ?? c),
    ...listing.careerIds.map((id) => careerTitles.get(id) ?? ''),
    ...listing.skills,
    listing.address ?? '',
    listing.placementLicense ?? '',
  ].filter((part) => part.trim() !== '');
  const roots = agentRoots([listing.title, listing.description, ...parts].join(' '));
  return [...parts, ...roots].join(' ');
}

export async function toSummaries(db: DbOrTx, records: OpportunityRecord[]): Promise<OpportunitySummary[]> {
  if (records.length === 0) return [];
  const careerIds = [...new Set(records.flatMap((r) => r.careerIds))];
  const careers = new Map((await findCuratedCareers(db, careerIds)).map((c) => [c.id, c.title]));
  const organizations = await findOrganizationFacts(
    db,
    records.map((r) => r.organizationId),
  );
  return records.map((record) => ({
    id: record.id,
    title: record.title,
    kind: record.kind as OpportunityKind,
    status: record.status as OpportunityStatus,
    closedReason: record.closedReason as ClosedReason | null,
    organization: {
      id: record.organizationId,
      name: organizations.get(record.organizationId)?.name ?? '',
      responseTime: organizations.get(record.organizationId)?.responseTime ?? { medianHours: null, sampleSize: 0 },
    },
    excerpt: excerpt(record.description, EXCERPT_LENGTH),
    causes: record.causes as CauseId[],
    careers: record.careerIds.flatMap((id) => {
      const title = careers.get(id);
      return title ? [{ id, title }] : [];
    }),
    isRemote: record.isRemote,
    address: record.address,
    lat: record.lat,
    lon: record.lon,
    hoursPerWeek: record.hoursPerWeek,
    startDate: record.startDate,
    endDate: record.endDate,
    isOngoing: record.endDate === null,
    countsAsPlacement: record.countsAsPlacement,
    placementLicense: record.placementLicense,
    hasLicensedSupervisor: record.hasLicensedSupervisor,
    skills: record.skills,
    publishedAt: record.publishedAt ? record.publishedAt.toISOString() : null,
    updatedAt: record.updatedAt.toISOString(),
    distanceKm:
      record.distanceKm === undefined || record.distanceKm === null ? null : Math.round(record.distanceKm * 10) / 10,
  }));
}
