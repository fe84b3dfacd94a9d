import { useQuery } from '@tanstack/react-query';
import { type ApplicationList, ApplicationListSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function listOrganizationApplications(id: string, signal?: AbortSignal): Promise<ApplicationList> {
  return apiRequest(`/api/organizations/${encodeURIComponent(id)}/applications`, ApplicationListSchema, { signal });
}

export function useOrganizationApplications(id: string) {
  return useQuery({
    queryKey: boardKeys.organizationApplications(id),
    queryFn: ({ signal }) => listOrganizationApplications(id, signal),
  });
}
