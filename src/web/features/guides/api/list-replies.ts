import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReplyNotificationList, ReplyNotificationListSchema } from '#contracts/guides.js';
import { apiRequest, apiRequestNoContent } from '#web/lib/api-client.js';

const repliesQueryKey = ['guides', 'replies'] as const;

export function listReplies(signal?: AbortSignal): Promise<ReplyNotificationList> {
  return apiRequest('/api/me/replies', ReplyNotificationListSchema, { signal });
}

export function useReplies(isEnabled = true) {
  return useQuery({ queryKey: repliesQueryKey, queryFn: ({ signal }) => listReplies(signal), enabled: isEnabled });
}

export function useMarkRepliesRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequestNoContent('/api/me/replies/read', { method: 'POST' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: repliesQueryKey });
    },
  });
}
