import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { GuideList } from '#contracts/guides.js';
import { apiRequest } from '#web/lib/api-client.js';
import { defineUrlFilters, urlPage, urlText } from '#web/lib/url-filters.js';

// The contract (and Zod) loads with the first request, not with the page (ADR 0032).
const loadGuideListSchema = () => import('#contracts/guides.js').then((m) => m.GuideListSchema);

export const GUIDES_PAGE_SIZE = 20;

/** The guide index's state in the URL: search words, one topic, the page. */
export const guideFilters = defineUrlFilters({ q: urlText(200), tag: urlText(80), page: urlPage(1000) });
export type GuideFilters = ReturnType<typeof guideFilters.parse>;

export const toGuideSearchParams = guideFilters.serialize;
export const parseGuideFilters = guideFilters.parse;

export function listGuides(filters: GuideFilters, signal?: AbortSignal): Promise<GuideList> {
  const params = toGuideSearchParams(filters);
  params.set('pageSize', String(GUIDES_PAGE_SIZE));
  return apiRequest(`/api/guides?${params.toString()}`, loadGuideListSchema, { signal });
}

export function useGuideList(filters: GuideFilters) {
  return useQuery({
    queryKey: ['guides', 'list', toGuideSearchParams(filters).toString()],
    queryFn: ({ signal }) => listGuides(filters, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
