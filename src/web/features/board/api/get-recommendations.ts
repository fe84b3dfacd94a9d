import { useQuery } from '@tanstack/react-query';
import { type Recommendations, RecommendationsSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function getRecommendations(signal?: AbortSignal): Promise<Recommendations> {
  return apiRequest('/api/me/recommendations', RecommendationsSchema, { signal });
}

export function useRecommendations(isEnabled: boolean) {
  return useQuery({
    queryKey: boardKeys.recommendations,
    queryFn: ({ signal }) => getRecommendations(signal),
    enabled: isEnabled,
    staleTime: 60_000,
  });
}
