import { useQuery } from '@tanstack/react-query';
import type { ReplyNotificationList } from '#contracts/guides.js';
import { apiRequest, apiRequestNoContent } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';

// The contract (and Zod) loads with the first request, not with the page (ADR 0032).
const loadReplyNotificationListSchema = () => import('#contracts/guides.js').then((m) => m.ReplyNotificationListSchema);

const repliesQueryKey = ['guides', 'replies'] as const;

export function listReplies(signal?: AbortSignal): Promise<ReplyNotificationList> {
  return apiRequest('/api/me/replies', loadReplyNotificationListSchema, { signal });
}

export function useReplies(isEnabled = true) {
  return useQuery({ queryKey: repliesQueryKey, queryFn: ({ signal }) => listReplies(signal), enabled: isEnabled });
}

export function useMarkRepliesRead() {
  return useInvalidatingMutation(
    () => apiRequestNoContent('/api/me/replies/read', { method: 'POST' }),
    [repliesQueryKey],
  );
}
