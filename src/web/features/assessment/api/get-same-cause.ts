import { useQuery } from '@tanstack/react-query';
import { type SameCauseResponse, SameCauseResponseSchema } from '#contracts/matching.js';
import { apiRequest } from '#web/lib/api-client.js';

export function getSameCause(careerId: string, signal?: AbortSignal): Promise<SameCauseResponse> {
  return apiRequest(`/api/careers/${encodeURIComponent(careerId)}/same-cause`, SameCauseResponseSchema, { signal });
}

/** Asked for only when a career's reasons are opened, so a results page does not fire dozens of requests. */
export function useSameCause(careerId: string, isOpen: boolean) {
  return useQuery({
    queryKey: ['assessment', 'same-cause', careerId],
    queryFn: ({ signal }) => getSameCause(careerId, signal),
    enabled: isOpen,
    staleTime: 10 * 60_000,
  });
}
