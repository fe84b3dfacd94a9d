import { useQuery } from '@tanstack/react-query';
import { type OrganizationDetail, OrganizationDetailSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function getOrganization(id: string, signal?: AbortSignal): Promise<OrganizationDetail> {
  return apiRequest(`/api/organizations/${encodeURIComponent(id)}`, OrganizationDetailSchema, { signal });
}

export function useOrganization(id: string) {
  return useQuery({ queryKey: boardKeys.organization(id), queryFn: ({ signal }) => getOrganization(id, signal) });
}
