import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ModerateCommentResponseSchema, type ModerationAction } from '#contracts/guides.js';
import { apiRequest } from '#web/lib/api-client.js';

export function moderateComment(id: string, action: ModerationAction) {
  return apiRequest(`/api/admin/comments/${encodeURIComponent(id)}/moderation`, ModerateCommentResponseSchema, {
    method: 'POST',
    body: { action },
  });
}

export function useModerateComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: ModerationAction }) => moderateComment(id, action),
    onSuccess: async () => {
      // The queue and any guide's published comments may both have changed.
      await queryClient.invalidateQueries({ queryKey: ['guides'] });
    },
  });
}
