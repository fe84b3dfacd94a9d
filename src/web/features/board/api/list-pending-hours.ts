import { useQuery } from '@tanstack/react-query';
import { PendingHoursListSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function listPendingHours(id: string, signal?: AbortSignal) {
  return apiRequest(`/api/organizations/${encodeURIComponent(id)}/hours`, PendingHoursListSchema, { signal });
}

export function usePendingHours(id: string) {
  return useQuery({ queryKey: boardKeys.organizationHours(id), queryFn: ({ signal }) => listPendingHours(id, signal) });
}
