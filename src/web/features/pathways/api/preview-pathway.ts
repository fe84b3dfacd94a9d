import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type Roadmap, RoadmapSchema } from '#contracts/pathways.js';
import { apiRequest } from '#web/lib/api-client.js';

export interface PreviewChoice {
  careerId: string;
  ruleSetId: string | null;
  stage: string;
  startDate: string;
}

export function previewPathway(choice: PreviewChoice, signal?: AbortSignal): Promise<Roadmap> {
  const params = new URLSearchParams({ careerId: choice.careerId, stage: choice.stage, startDate: choice.startDate });
  if (choice.ruleSetId) params.set('ruleSetId', choice.ruleSetId);
  return apiRequest(`/api/pathways/preview?${params}`, RoadmapSchema, { signal });
}

export function usePathwayPreview(choice: PreviewChoice | null) {
  return useQuery({
    queryKey: ['pathways', 'preview', choice],
    queryFn: ({ signal }) => previewPathway(choice as PreviewChoice, signal),
    enabled: choice !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
