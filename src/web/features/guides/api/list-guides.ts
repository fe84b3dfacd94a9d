import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type GuideList, GuideListSchema } from '../../../../contracts/guides.js';
import { apiRequest } from '../../../lib/api-client.js';

export const GUIDES_PAGE_SIZE = 20;

export interface GuideFilters {
  q: string;
  tag: string;
  page: number;
}

export function toGuideSearchParams(filters: GuideFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function parseGuideFilters(params: URLSearchParams): GuideFilters {
  const page = Number(params.get('page') ?? '1');
  return {
    q: params.get('q') ?? '',
    tag: params.get('tag') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function listGuides(filters: GuideFilters, signal?: AbortSignal): Promise<GuideList> {
  const params = toGuideSearchParams(filters);
  params.set('pageSize', String(GUIDES_PAGE_SIZE));
  return apiRequest(`/api/guides?${params.toString()}`, GuideListSchema, { signal });
}

export function useGuideList(filters: GuideFilters) {
  return useQuery({
    queryKey: ['guides', 'list', toGuideSearchParams(filters).toString()],
    queryFn: ({ signal }) => listGuides(filters, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
