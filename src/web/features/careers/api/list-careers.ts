import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CareerList } from '#contracts/careers.js';
import { apiRequest } from '#web/lib/api-client.js';
import { ATLAS_PAGE_SIZE, type AtlasFilters, toAtlasSearchParams } from '../atlas-filters.js';

// The contract (and Zod) loads with the first request, not with the page (ADR 0032).
const loadCareerListSchema = () => import('#contracts/careers.js').then((m) => m.CareerListSchema);

export function listCareers(filters: AtlasFilters, signal?: AbortSignal): Promise<CareerList> {
  // The atlas URL uses the API's own parameter names, so the same query serves both.
  const params = toAtlasSearchParams(filters);
  params.set('pageSize', String(ATLAS_PAGE_SIZE));
  return apiRequest(`/api/careers?${params.toString()}`, loadCareerListSchema, { signal });
}

export function useCareerList(filters: AtlasFilters) {
  return useQuery({
    queryKey: ['careers', 'list', toAtlasSearchParams(filters).toString()],
    queryFn: ({ signal }) => listCareers(filters, signal),
    // Keep the last results on screen while the next ones load, so the list does not flash empty.
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** Every curated career (there are a few dozen), for pickers such as "add a career to compare". */
export function listCuratedCareers(signal?: AbortSignal): Promise<CareerList> {
  return apiRequest('/api/careers?curated=true&pageSize=100', loadCareerListSchema, { signal });
}

export function useCuratedCareers() {
  return useQuery({
    queryKey: ['careers', 'curated'],
    queryFn: ({ signal }) => listCuratedCareers(signal),
    staleTime: 10 * 60_000,
  });
}
