import { useQuery } from '@tanstack/react-query';
import { type CareerList, CareerListSchema } from '#contracts/careers.js';
import { apiRequest } from '#web/lib/api-client.js';

/** The curated careers (a few dozen), to choose the career of a plan from. */
export function listPlannableCareers(signal?: AbortSignal): Promise<CareerList> {
  return apiRequest('/api/careers?curated=true&pageSize=100', CareerListSchema, { signal });
}

export function usePlannableCareers() {
  return useQuery({
    queryKey: ['pathways', 'careers'],
    queryFn: ({ signal }) => listPlannableCareers(signal),
    staleTime: 10 * 60_000,
  });
}
