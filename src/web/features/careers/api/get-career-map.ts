import { useQuery } from '@tanstack/react-query';
import type { CareerMap } from '#contracts/careers.js';
import { apiRequest } from '#web/lib/api-client.js';

// The contract (and Zod) loads with the first request, not with the page (ADR 0032).
const loadCareerMapSchema = () => import('#contracts/careers.js').then((m) => m.CareerMapSchema);

export function getCareerMap(signal?: AbortSignal): Promise<CareerMap> {
  return apiRequest('/api/careers/map', loadCareerMapSchema, { signal });
}

export function useCareerMap() {
  return useQuery({
    queryKey: ['careers', 'map'],
    queryFn: ({ signal }) => getCareerMap(signal),
    staleTime: 10 * 60_000,
  });
}
