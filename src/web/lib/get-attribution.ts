import { useQuery } from '@tanstack/react-query';
import type { Attribution } from '#contracts/careers.js';
import { apiRequest } from './api-client.js';

// Shared by the layout footer and the career pages, so it lives below the features.
export function getAttribution(signal?: AbortSignal): Promise<Attribution> {
  return apiRequest('/api/attribution', () => import('#contracts/careers.js').then((m) => m.AttributionSchema), {
    signal,
  });
}

export function useAttribution() {
  return useQuery({
    queryKey: ['attribution'],
    queryFn: ({ signal }) => getAttribution(signal),
    // The credit text only changes with a new release of the data.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
