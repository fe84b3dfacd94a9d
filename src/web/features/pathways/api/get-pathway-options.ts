import { useQuery } from '@tanstack/react-query';
import { type PathwayOptions, PathwayOptionsSchema } from '#contracts/pathways.js';
import { apiRequest } from '#web/lib/api-client.js';

export function getPathwayOptions(careerId: string, signal?: AbortSignal): Promise<PathwayOptions> {
  return apiRequest(`/api/pathways/options?${new URLSearchParams({ careerId })}`, PathwayOptionsSchema, { signal });
}

export function usePathwayOptions(careerId: string | null) {
  return useQuery({
    queryKey: ['pathways', 'options', careerId],
    queryFn: ({ signal }) => getPathwayOptions(careerId ?? '', signal),
    enabled: careerId !== null,
    staleTime: 5 * 60_000,
  });
}
