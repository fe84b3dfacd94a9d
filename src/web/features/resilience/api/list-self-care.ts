import { useQuery } from '@tanstack/react-query';
import { type SelfCareList, SelfCareListSchema } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { resilienceKey } from './query-keys.js';

export function listSelfCare(from: string, to: string, signal?: AbortSignal): Promise<SelfCareList> {
  return apiRequest(`/api/resilience/self-care?${new URLSearchParams({ from, to })}`, SelfCareListSchema, { signal });
}

export function useSelfCareDays(from: string, to: string) {
  return useQuery({
    queryKey: [...resilienceKey, 'self-care', from, to],
    queryFn: ({ signal }) => listSelfCare(from, to, signal),
  });
}
