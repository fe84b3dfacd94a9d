import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PostCommentInput, PostCommentResponse } from '#contracts/guides.js';
import { apiRequest } from '#web/lib/api-client.js';
import { commentsQueryKey } from './list-comments.js';

// The contract (and Zod) loads with the first request, not with the page (ADR 0032).
const loadPostCommentResponseSchema = () => import('#contracts/guides.js').then((m) => m.PostCommentResponseSchema);

export function postComment(slug: string, body: PostCommentInput): Promise<PostCommentResponse> {
  return apiRequest(`/api/guides/${encodeURIComponent(slug)}/comments`, loadPostCommentResponseSchema, {
    method: 'POST',
    body,
  });
}

export function usePostComment(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PostCommentInput) => postComment(slug, body),
    onSuccess: async (response) => {
      if (response.comment.status === 'approved') {
        await queryClient.invalidateQueries({ queryKey: commentsQueryKey(slug) });
      }
    },
  });
}
