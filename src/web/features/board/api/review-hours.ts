import { type HoursEntry, HoursEntrySchema, type ReviewHoursBody } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { boardKeys } from './keys.js';

export function reviewHours(id: string, body: ReviewHoursBody): Promise<HoursEntry> {
  return apiRequest(`/api/volunteer-hours/${encodeURIComponent(id)}`, HoursEntrySchema, { method: 'PATCH', body });
}

export function useReviewHours(organizationId: string) {
  return useInvalidatingMutation(
    ({ id, body }: { id: string; body: ReviewHoursBody }) => reviewHours(id, body),
    [boardKeys.organizationHours(organizationId), boardKeys.organizationApplications(organizationId)],
  );
}
