import { useQuery } from '@tanstack/react-query';
import type { CommentForm } from '#contracts/guides.js';
import { apiRequest } from '#web/lib/api-client.js';

// The contract (and Zod) loads with the first request, not with the page (ADR 0032).
const loadCommentFormSchema = () => import('#contracts/guides.js').then((m) => m.CommentFormSchema);

export function getCommentForm(slug: string, signal?: AbortSignal): Promise<CommentForm> {
  return apiRequest(`/api/guides/${encodeURIComponent(slug)}/comment-form`, loadCommentFormSchema, { signal });
}

/** The form's signed timestamp, fetched once when the form appears and kept (refetching would reset the clock). */
export function useCommentForm(slug: string) {
  return useQuery({
    queryKey: ['guides', 'comment-form', slug],
    queryFn: ({ signal }) => getCommentForm(slug, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}
