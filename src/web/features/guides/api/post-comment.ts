import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type PostCommentInput, type PostCommentResponse, PostCommentResponseSchema } from '#contracts/guides.js';
import { apiRequest } from '#web/lib/api-client.js';
import { commentsQueryKey } from './list-comments.js';

export function postComment(slug: string, body: PostCommentInput): Promise<PostCommentResponse> {
  return apiRequest(`/api/guides/${encodeURIComponent(slug)}/comments`, PostCommentResponseSchema, {
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
