import {
  CAUSE_IDS,
  type CauseId,
  EDUCATION_IDS,
  type EducationId,
  SCALE_IDS,
  type ScaleId,
  SECTOR_IDS,
  type SectorId,
} from '../../../contracts/vocabulary.js';

export const ATLAS_PAGE_SIZE = 20;
export const LICENSE_FILTERS = ['required', 'not-required'] as const;
export type LicenseFilter = (typeof LICENSE_FILTERS)[number];

/** The atlas's whole state. It lives in the URL, so back/forward and shared links reproduce it. */
export interface AtlasFilters {
  q: string;
  sector: SectorId[];
  scale: ScaleId[];
  cause: CauseId[];
  education: EducationId | null;
  license: LicenseFilter | null;
  includeAll: boolean;
  page: number;
}

function pickAll<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  const wanted = new Set(raw.split(',').map((part) => part.trim()));
  // Keep the vocabulary's order so equal filters give equal URLs (and cache keys).
  return allowed.filter((id) => wanted.has(id));
}

function pickOne<T extends string>(raw: string | null, allowed: readonly T[]): T | null {
  return allowed.find((id) => id === raw) ?? null;
}

/**
 * Reads the atlas state from the URL. Unknown values are dropped rather than sent on,
 * so a hand-edited or outdated link still shows a sensible page instead of an error.
 */
export function parseAtlasFilters(params: URLSearchParams): AtlasFilters {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    sector: pickAll(params.get('sector'), SECTOR_IDS),
    scale: pickAll(params.get('scale'), SCALE_IDS),
    cause: pickAll(params.get('cause'), CAUSE_IDS),
    education: pickOne(params.get('education'), EDUCATION_IDS),
    license: pickOne(params.get('license'), LICENSE_FILTERS),
    includeAll: params.get('curated') === 'all',
    page: Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The canonical URL query for a state: defaults left out, so links stay short. */
export function toAtlasSearchParams(filters: AtlasFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  if (filters.sector.length > 0) params.set('sector', filters.sector.join(','));
  if (filters.scale.length > 0) params.set('scale', filters.scale.join(','));
  if (filters.cause.length > 0) params.set('cause', filters.cause.join(','));
  if (filters.education) params.set('education', filters.education);
  if (filters.license) params.set('license', filters.license);
  if (filters.includeAll) params.set('curated', 'all');
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function countActiveFilters(filters: AtlasFilters): number {
  return (
    filters.sector.length +
    filters.scale.length +
    filters.cause.length +
    (filters.education ? 1 : 0) +
    (filters.license ? 1 : 0) +
    (filters.includeAll ? 1 : 0)
  );
}
