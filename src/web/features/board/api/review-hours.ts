import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type HoursEntry, HoursEntrySchema, type ReviewHoursBody } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function reviewHours(id: string, body: ReviewHoursBody): Promise<HoursEntry> {
  return apiRequest(`/api/volunteer-hours/${encodeURIComponent(id)}`, HoursEntrySchema, { method: 'PATCH', body });
}

export function useReviewHours(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReviewHoursBody }) => reviewHours(id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: boardKeys.organizationHours(organizationId) });
      await queryClient.invalidateQueries({ queryKey: boardKeys.organizationApplications(organizationId) });
    },
  });
}
