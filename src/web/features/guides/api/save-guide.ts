import { type GuideDetail, GuideDetailSchema, type SaveGuideBody } from '#contracts/guides.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';

/** Creates a guide when `slug` is null, otherwise saves the guide now at `slug` (the body may rename it). */
export function saveGuide(slug: string | null, body: SaveGuideBody): Promise<GuideDetail> {
  return slug === null
    ? apiRequest('/api/admin/guides', GuideDetailSchema, { method: 'POST', body })
    : apiRequest(`/api/admin/guides/${encodeURIComponent(slug)}`, GuideDetailSchema, { method: 'PUT', body });
}

export function useSaveGuide(slug: string | null) {
  return useInvalidatingMutation((body: SaveGuideBody) => saveGuide(slug, body), [['guides']]);
}
