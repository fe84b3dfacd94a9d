import { useQuery } from '@tanstack/react-query';
import { type CareerList, CareerListSchema } from '#contracts/careers.js';
import { apiRequest } from '#web/lib/api-client.js';

/** The curated careers (a few dozen), for the editor's "related careers" choices. */
export function listCuratedCareers(signal?: AbortSignal): Promise<CareerList> {
  return apiRequest('/api/careers?curated=true&pageSize=100', CareerListSchema, { signal });
}

export function useCuratedCareerChoices() {
  return useQuery({
    queryKey: ['guides', 'career-choices'],
    queryFn: ({ signal }) => listCuratedCareers(signal),
    staleTime: 10 * 60_000,
  });
}
