import { OPPORTUNITY_KINDS, type OpportunityKind, SEARCH_SORTS } from '../../../contracts/board.js';
import { CAUSE_IDS, type CauseId } from '../../../contracts/vocabulary.js';

export const BOARD_PAGE_SIZE = 20;
export const DISTANCE_CHOICES = [5, 10, 25, 50, 100] as const;
export const REMOTE_CHOICES = ['only', 'exclude'] as const;
export type RemoteChoice = (typeof REMOTE_CHOICES)[number];
export type SortChoice = (typeof SEARCH_SORTS)[number];

/** The board search's whole state. It lives in the URL, so back/forward and shared links reproduce it. */
export interface BoardFilters {
  q: string;
  kind: OpportunityKind[];
  cause: CauseId[];
  career: string | null;
  remote: RemoteChoice | null;
  maxHours: number | null;
  isPlacement: boolean;
  near: string;
  km: number;
  sort: SortChoice;
  page: number;
}

function pickAll<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  const wanted = new Set(raw.split(',').map((part) => part.trim()));
  // The vocabulary's order, so equal filters give equal URLs (and cache keys).
  return allowed.filter((id) => wanted.has(id));
}

function pickOne<T extends string>(raw: string | null, allowed: readonly T[]): T | null {
  return allowed.find((id) => id === raw) ?? null;
}

function positive(raw: string | null, max: number): number | null {
  if (!raw) return null;
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 && value <= max ? value : null;
}

/**
 * Reads the search from the URL. Unknown values are dropped rather than sent on, so a hand-edited
 * or outdated link still shows a sensible page; a place the server cannot read is reported by it.
 */
export function parseBoardFilters(params: URLSearchParams): BoardFilters {
  const near = (params.get('near') ?? '').slice(0, 100);
  const sort = pickOne(params.get('sort'), SEARCH_SORTS) ?? 'relevance';
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  const career = params.get('career');
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    kind: pickAll(params.get('kind'), OPPORTUNITY_KINDS),
    cause: pickAll(params.get('cause'), CAUSE_IDS),
    career: career && /^[a-z0-9.-]{1,100}$/.test(career) ? career : null,
    remote: pickOne(params.get('remote'), REMOTE_CHOICES),
    maxHours: positive(params.get('maxHours'), 80),
    isPlacement: params.get('placement') === 'true',
    near,
    km: positive(params.get('km'), 500) ?? 25,
    // Distance order needs a place; without one the server would refuse it.
    sort: sort === 'distance' && !near ? 'relevance' : sort,
    page: Number.isFinite(page) && page >= 1 && page <= 1000 ? page : 1,
  };
}

/** The canonical URL query for a state, in the API's own parameter names; defaults left out. */
export function toBoardSearchParams(filters: BoardFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  const near = filters.near.trim();
  if (q) params.set('q', q);
  if (filters.kind.length > 0) params.set('kind', filters.kind.join(','));
  if (filters.cause.length > 0) params.set('cause', filters.cause.join(','));
  if (filters.career) params.set('career', filters.career);
  if (filters.remote) params.set('remote', filters.remote);
  if (filters.maxHours !== null) params.set('maxHours', String(filters.maxHours));
  if (filters.isPlacement) params.set('placement', 'true');
  if (near) {
    params.set('near', near);
    params.set('km', String(filters.km));
  }
  if (filters.sort !== 'relevance' && (filters.sort !== 'distance' || near)) params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function countActiveFilters(filters: BoardFilters): number {
  return (
    filters.kind.length +
    filters.cause.length +
    (filters.career ? 1 : 0) +
    (filters.remote ? 1 : 0) +
    (filters.maxHours !== null ? 1 : 0) +
    (filters.isPlacement ? 1 : 0) +
    (filters.near.trim() ? 1 : 0)
  );
}
