import { useQuery } from '@tanstack/react-query';
import type { GuideDetail } from '#contracts/guides.js';
import { apiRequest } from '#web/lib/api-client.js';

// The contract (and Zod) loads with the first request, not with the page (ADR 0032).
const loadGuideDetailSchema = () => import('#contracts/guides.js').then((m) => m.GuideDetailSchema);

export const guideQueryKey = (slug: string) => ['guides', 'detail', slug] as const;

export function getGuide(slug: string, signal?: AbortSignal): Promise<GuideDetail> {
  return apiRequest(`/api/guides/${encodeURIComponent(slug)}`, loadGuideDetailSchema, { signal });
}

export function useGuide(slug: string, options: { isEnabled?: boolean } = {}) {
  return useQuery({
    queryKey: guideQueryKey(slug),
    queryFn: ({ signal }) => getGuide(slug, signal),
    staleTime: 60_000,
    enabled: options.isEnabled ?? true,
  });
}
