import { useQuery } from '@tanstack/react-query';
import { AdminGuideListSchema } from '#contracts/guides.js';
import { apiRequest } from '#web/lib/api-client.js';

export function listAdminGuides(signal?: AbortSignal) {
  return apiRequest('/api/admin/guides', AdminGuideListSchema, { signal });
}

export function useAdminGuides(isEnabled: boolean) {
  return useQuery({
    queryKey: ['guides', 'admin'],
    queryFn: ({ signal }) => listAdminGuides(signal),
    enabled: isEnabled,
  });
}
