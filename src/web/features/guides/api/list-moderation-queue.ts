import { useQuery } from '@tanstack/react-query';
import { type CommentStatus, type ModerationQueue, ModerationQueueSchema } from '#contracts/guides.js';
import { apiRequest } from '#web/lib/api-client.js';

export const moderationQueryKey = ['guides', 'moderation'] as const;

export function listModerationQueue(status: CommentStatus, signal?: AbortSignal): Promise<ModerationQueue> {
  return apiRequest(`/api/admin/comments?status=${status}`, ModerationQueueSchema, { signal });
}

export function useModerationQueue(status: CommentStatus) {
  return useQuery({
    queryKey: [...moderationQueryKey, status],
    queryFn: ({ signal }) => listModerationQueue(status, signal),
  });
}
