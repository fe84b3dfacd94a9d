import { useQuery } from '@tanstack/react-query';
import type { Recommendations } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

// The contract (and Zod) loads with the first request, not with the page (ADR 0032).
const loadRecommendationsSchema = () => import('#contracts/board.js').then((m) => m.RecommendationsSchema);

export function getRecommendations(signal?: AbortSignal): Promise<Recommendations> {
  return apiRequest('/api/me/recommendations', loadRecommendationsSchema, { signal });
}

export function useRecommendations(isEnabled: boolean) {
  return useQuery({
    queryKey: boardKeys.recommendations,
    queryFn: ({ signal }) => getRecommendations(signal),
    enabled: isEnabled,
    staleTime: 60_000,
  });
}
