import { useQuery } from '@tanstack/react-query';
import { type HoursEntry, HoursListSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function listApplicationHours(applicationId: string, signal?: AbortSignal): Promise<HoursEntry[]> {
  return apiRequest(`/api/applications/${encodeURIComponent(applicationId)}/hours`, HoursListSchema, { signal }).then(
    (body) => body.items,
  );
}

export function useApplicationHours(applicationId: string) {
  return useQuery({
    queryKey: boardKeys.applicationHours(applicationId),
    queryFn: ({ signal }) => listApplicationHours(applicationId, signal),
  });
}
