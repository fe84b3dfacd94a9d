import { useInfiniteQuery } from '@tanstack/react-query';
import { COMMENTS_PAGE_SIZE, type CommentThreadList } from '#contracts/guides.js';
import { apiRequest } from '#web/lib/api-client.js';

// The contract (and Zod) loads with the first request, not with the page (ADR 0032).
const loadCommentThreadListSchema = () => import('#contracts/guides.js').then((m) => m.CommentThreadListSchema);

export const commentsQueryKey = (slug: string) => ['guides', 'comments', slug] as const;

export function listComments(slug: string, page: number, signal?: AbortSignal): Promise<CommentThreadList> {
  return apiRequest(
    `/api/guides/${encodeURIComponent(slug)}/comments?page=${page}&pageSize=${COMMENTS_PAGE_SIZE}`,
    loadCommentThreadListSchema,
    { signal },
  );
}

/** Conversations oldest first, a page at a time; "show more" appends the next page. */
export function useComments(slug: string) {
  return useInfiniteQuery({
    queryKey: commentsQueryKey(slug),
    queryFn: ({ pageParam, signal }) => listComments(slug, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.threads ? last.page + 1 : undefined),
  });
}
