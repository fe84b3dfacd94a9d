import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type MatchApiResponse, MatchApiResponseSchema, type MatchRequest } from '#contracts/matching.js';
import { apiRequest } from '#web/lib/api-client.js';

export const matchQueryRoot = ['assessment', 'match'] as const;

export function matchCareers(body: MatchRequest, signal?: AbortSignal): Promise<MatchApiResponse> {
  return apiRequest('/api/match', MatchApiResponseSchema, { method: 'POST', body, signal });
}

/**
 * The ranking for a set of answers. A POST, but safe to repeat: signed in, unchanged answers are not saved twice,
 * so a reload or a re-rank after a dismissal shows the same saved assessment and the same comparison.
 */
export function useMatchResults(request: MatchRequest | null) {
  return useQuery({
    queryKey: [...matchQueryRoot, request === null ? null : JSON.stringify(request)],
    queryFn: ({ signal }) => matchCareers(request as MatchRequest, signal),
    enabled: request !== null,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
