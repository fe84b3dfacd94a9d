import { useQuery } from '@tanstack/react-query';
import { type CareerMap, CareerMapSchema } from '#contracts/careers.js';
import { apiRequest } from '#web/lib/api-client.js';

export function getCareerMap(signal?: AbortSignal): Promise<CareerMap> {
  return apiRequest('/api/careers/map', CareerMapSchema, { signal });
}

export function useCareerMap() {
  return useQuery({
    queryKey: ['careers', 'map'],
    queryFn: ({ signal }) => getCareerMap(signal),
    staleTime: 10 * 60_000,
  });
}
