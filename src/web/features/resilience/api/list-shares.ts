import { useQuery } from '@tanstack/react-query';
import { type ShareList, ShareListSchema } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { resilienceKey } from './query-keys.js';

export function listShares(signal?: AbortSignal): Promise<ShareList> {
  return apiRequest('/api/resilience/shares', ShareListSchema, { signal });
}

export function useShares() {
  return useQuery({ queryKey: [...resilienceKey, 'shares'], queryFn: ({ signal }) => listShares(signal) });
}
