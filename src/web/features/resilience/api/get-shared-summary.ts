import { useQuery } from '@tanstack/react-query';
import { type ShareSnapshot, ShareSnapshotSchema } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';

export function getSharedSummary(token: string, signal?: AbortSignal): Promise<ShareSnapshot> {
  return apiRequest(`/api/shared/resilience/${encodeURIComponent(token)}`, ShareSnapshotSchema, { signal });
}

export function useSharedSummary(token: string) {
  return useQuery({
    queryKey: ['shared-resilience', token],
    queryFn: ({ signal }) => getSharedSummary(token, signal),
    retry: false,
  });
}
