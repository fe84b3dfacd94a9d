import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './api-client.js';

// Shared by the layout footer and the career pages, so it lives below the features.
export const AttributionSchema = z.object({ onet: z.string(), bls: z.string() });
export type Attribution = z.infer<typeof AttributionSchema>;

export function getAttribution(signal?: AbortSignal): Promise<Attribution> {
  return apiRequest('/api/attribution', AttributionSchema, { signal });
}

export function useAttribution() {
  return useQuery({
    queryKey: ['attribution'],
    queryFn: ({ signal }) => getAttribution(signal),
    // The credit text only changes with a new release of the data.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
