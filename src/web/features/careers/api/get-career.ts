import { useQueries, useQuery } from '@tanstack/react-query';
import type { CareerDetail } from '#contracts/careers.js';
import { apiRequest } from '#web/lib/api-client.js';

// The contract (and Zod) loads with the first request, not with the page (ADR 0032).
const loadCareerDetailSchema = () => import('#contracts/careers.js').then((m) => m.CareerDetailSchema);

export function getCareer(id: string, signal?: AbortSignal): Promise<CareerDetail> {
  return apiRequest(`/api/careers/${encodeURIComponent(id)}`, loadCareerDetailSchema, { signal });
}

const careerQuery = (id: string) => ({
  queryKey: ['careers', 'detail', id] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => getCareer(id, signal),
  staleTime: 10 * 60_000,
});

export function useCareer(id: string) {
  return useQuery(careerQuery(id));
}

/** Several careers at once, for the comparison table; each keeps its own loading and error state. */
export function useCareers(ids: readonly string[]) {
  return useQueries({ queries: ids.map((id) => careerQuery(id)) });
}
