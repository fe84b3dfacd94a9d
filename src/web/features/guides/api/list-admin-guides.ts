import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '#web/lib/api-client.js';

// The contract (and Zod) loads with the first request, not with the page (ADR 0032).
const loadAdminGuideListSchema = () => import('#contracts/guides.js').then((m) => m.AdminGuideListSchema);

export function listAdminGuides(signal?: AbortSignal) {
  return apiRequest('/api/admin/guides', loadAdminGuideListSchema, { signal });
}

export function useAdminGuides(isEnabled: boolean) {
  return useQuery({
    queryKey: ['guides', 'admin'],
    queryFn: ({ signal }) => listAdminGuides(signal),
    enabled: isEnabled,
  });
}
