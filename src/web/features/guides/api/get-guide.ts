import { useQuery } from '@tanstack/react-query';
import { type GuideDetail, GuideDetailSchema } from '#contracts/guides.js';
import { apiRequest } from '#web/lib/api-client.js';

export const guideQueryKey = (slug: string) => ['guides', 'detail', slug] as const;

export function getGuide(slug: string, signal?: AbortSignal): Promise<GuideDetail> {
  return apiRequest(`/api/guides/${encodeURIComponent(slug)}`, GuideDetailSchema, { signal });
}

export function useGuide(slug: string, options: { isEnabled?: boolean } = {}) {
  return useQuery({
    queryKey: guideQueryKey(slug),
    queryFn: ({ signal }) => getGuide(slug, signal),
    staleTime: 60_000,
    enabled: options.isEnabled ?? true,
  });
}
