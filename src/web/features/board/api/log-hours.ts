import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type HoursEntry, HoursEntrySchema, type LogHoursBody } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function logHours(applicationId: string, body: LogHoursBody): Promise<HoursEntry> {
  return apiRequest(`/api/applications/${encodeURIComponent(applicationId)}/hours`, HoursEntrySchema, {
    method: 'POST',
    body,
  });
}

export function useLogHours(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LogHoursBody) => logHours(applicationId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: boardKeys.applicationHours(applicationId) });
      await queryClient.invalidateQueries({ queryKey: boardKeys.myApplications });
    },
  });
}
