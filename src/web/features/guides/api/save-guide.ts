import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type GuideDetail, GuideDetailSchema, type SaveGuideBody } from '#contracts/guides.js';
import { apiRequest } from '#web/lib/api-client.js';

/** Creates a guide when `slug` is null, otherwise saves the guide now at `slug` (the body may rename it). */
export function saveGuide(slug: string | null, body: SaveGuideBody): Promise<GuideDetail> {
  return slug === null
    ? apiRequest('/api/admin/guides', GuideDetailSchema, { method: 'POST', body })
    : apiRequest(`/api/admin/guides/${encodeURIComponent(slug)}`, GuideDetailSchema, { method: 'PUT', body });
}

export function useSaveGuide(slug: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveGuideBody) => saveGuide(slug, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['guides'] });
    },
  });
}
