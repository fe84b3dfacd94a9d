import { type HoursEntry, HoursEntrySchema, type LogHoursBody } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { boardKeys } from './keys.js';

export function logHours(applicationId: string, body: LogHoursBody): Promise<HoursEntry> {
  return apiRequest(`/api/applications/${encodeURIComponent(applicationId)}/hours`, HoursEntrySchema, {
    method: 'POST',
    body,
  });
}

export function useLogHours(applicationId: string) {
  return useInvalidatingMutation(
    (body: LogHoursBody) => logHours(applicationId, body),
    [boardKeys.applicationHours(applicationId), boardKeys.myApplications],
  );
}
